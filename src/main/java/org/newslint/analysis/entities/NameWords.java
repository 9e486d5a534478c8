package org.newslint.analysis.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.nlp.Token;

/**
 * The words a document writes as names in mid-sentence (a token after a sentence's first one tagged as a proper
 * noun), with how often, so that an editor's analysis can update the last analysis's words from the sentences an
 * edit replaced instead of reading every token of the document again. {@link #words()} is exactly the set
 * {@link EntityFinder} builds from all the sentences: a word is in it while its count is above zero.
 *
 * <p>Not thread-safe: an {@link EntityMemory} hands the last analysis's words to one analysis at a time.
 */
final class NameWords {
    private final Map<String, int[]> counts = new HashMap<>();
    /** How many of the words do not start with a capital (a tagger's odd proper noun). */
    private int uncapitalised;

    /** The words of all these sentences. */
    static NameWords of(List<SentenceDraft> sentences) {
        NameWords words = new NameWords();
        for (SentenceDraft d : sentences) {
            words.add(d.sentence().tokens(), null);
        }
        return words;
    }

    /** The words, as a set that follows later changes. */
    Set<String> words() {
        return counts.keySet();
    }

    /** Whether a word of the set does not start with a capital. */
    boolean anyUncapitalised() {
        return uncapitalised > 0;
    }

    /**
     * Counts a sentence's words in; {@code before}, if not null, records for each word touched whether it was
     * in the set before its first change (see {@link #changedSince}).
     */
    void add(List<Token> toks, Map<String, Boolean> before) {
        count(toks, 1, before);
    }

    /** Counts a sentence's words out (a sentence {@link #add} counted in); {@code before} as there. */
    void remove(List<Token> toks, Map<String, Boolean> before) {
        count(toks, -1, before);
    }

    private void count(List<Token> toks, int by, Map<String, Boolean> before) {
        for (int i = 1; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isProperNoun()) {
                continue;
            }
            String w = t.text();
            int[] count = counts.get(w);
            if (count == null && by < 0) {
                throw new IllegalStateException("a sentence counted out that was never counted in: " + w);
            }
            if (before != null) {
                before.putIfAbsent(w, count != null);
            }
            if (count == null) {
                counts.put(w, new int[] {by});
                uncapitalised += startsWithCapital(w) ? 0 : 1;
            } else if ((count[0] += by) == 0) {
                counts.remove(w);
                uncapitalised -= startsWithCapital(w) ? 0 : 1;
            }
        }
    }

    /** Of the words touched since {@code before} was empty, those that joined or left the set. */
    Set<String> changedSince(Map<String, Boolean> before) {
        Set<String> changed = new java.util.HashSet<>();
        for (Map.Entry<String, Boolean> e : before.entrySet()) {
            if (e.getValue() != counts.containsKey(e.getKey())) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    static boolean startsWithCapital(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
