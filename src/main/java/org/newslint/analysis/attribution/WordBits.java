package org.newslint.analysis.attribution;

import java.util.Map;

/**
 * A fixed map from word to a small set of bits, for the lookups attribution makes for nearly every
 * token and lemma: an open-addressing table of the words and their bits, probed with the String's
 * own (cached) hash code, with no boxing and no node objects. {@link #get} answers exactly what
 * {@code map.getOrDefault(word, 0)} answers for the map it was built from.
 */
final class WordBits {
    private final String[] words;
    private final int[] bits;
    private final int mask;

    WordBits(Map<String, Integer> map) {
        int size = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
        words = new String[size];
        bits = new int[size];
        mask = size - 1;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            int i = spread(e.getKey().hashCode()) & mask;
            while (words[i] != null) {
                i = (i + 1) & mask;
            }
            words[i] = e.getKey();
            bits[i] = e.getValue();
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The word's bits, 0 when it is not listed. */
    int get(String word) {
        int h = word.hashCode();
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            String w = words[i];
            if (w == null) {
                return 0;
            }
            if (w == word || w.hashCode() == h && w.equals(word)) {
                return bits[i];
            }
        }
    }
}
