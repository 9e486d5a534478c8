package org.newslint.nlp;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A sentence's words as a memo key: each token's text, tag, lemma and lower-case form, in order, plus
 * any number of masks over the token indexes (which tokens are quoted, say) that the memo's owner
 * computed from the sentence's surroundings. Offsets are not part of it, so the same sentence moved by
 * an edit above it has an equal key; an owner whose computation reads offsets must turn them into a
 * mask first. Other token fields ({@link Token#lemmas()}) are not compared: an owner reading them
 * cannot use this key. Equality compares the strings (the same instances from the tagging cache
 * compare at once); the hash is computed on first use, from the strings' own cached hashes.
 */
public final class SentenceKey {
    private final List<Token> tokens;
    private final BitSet[] masks;

    /**
     * Computed on first use (0: not yet; a hash that is 0 is recomputed each time), a benign race as in
     * {@link String#hashCode}: a key found by {@link Recent} is never hashed.
     */
    private int hash;

    private SentenceKey(List<Token> tokens, BitSet[] masks) {
        this.tokens = tokens;
        this.masks = masks;
    }

    /** The key of {@code tokens} with these masks (not copied: the caller must not change them afterwards). */
    public static SentenceKey of(List<Token> tokens, BitSet... masks) {
        return new SentenceKey(tokens, masks);
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The {@code i}th mask, as given. */
    public BitSet mask(int i) {
        return masks[i];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof SentenceKey k
                && hashCode() == k.hashCode()
                && Arrays.equals(masks, k.masks)
                && sameWords(tokens, k.tokens);
    }

    /**
     * Whether two token lists have the same words: as many tokens, each with the same text, tag, lemma and lower
     * case (offsets are not compared). The same list, or lists moved from one another ({@link Token#movedAlike}),
     * at once; a moved copy made otherwise shares every string, which compares by reference.
     */
    public static boolean sameWords(List<Token> a, List<Token> b) {
        if (Token.movedAlike(a, b)) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Token x = a.get(i);
            Token y = b.get(i);
            if (x != y
                    && (!same(x.text(), y.text())
                            || !same(x.pos(), y.pos())
                            || !(x.lemma() == y.lemma()
                                    || x.lemma() != null && x.lemma().equals(y.lemma()))
                            || !same(x.lower(), y.lower()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String x, String y) {
        return x == y || x.equals(y);
    }

    @Override
    public int hashCode() {
        int known = hash;
        if (known == 0) {
            int h = 1;
            for (Token t : tokens) {
                h = 31 * h + t.text().hashCode();
                h = 31 * h + t.pos().hashCode();
                h = 31 * h + Objects.hashCode(t.lemma());
            }
            known = 31 * h + Arrays.hashCode(masks);
            hash = known;
        }
        return known;
    }

    /**
     * What an owner computed for the sentences of its last analyses, by position, in front of a memo by
     * {@link SentenceKey}: an edit changes a few sentences and leaves the others where they were counted from
     * the start of the document (before it) or from its end (after it), so sentence {@code i} of {@code n} is
     * compared with the last analysis's sentence {@code i} and with the one as far from the end, and its value
     * is taken when the key is equal — the same words ({@link #sameWords}: the same token list, or a moved copy
     * sharing every string, compares by reference) and equal masks — which is all the owner's value may depend
     * on. So an unchanged sentence, moved or not, costs a few pointer comparisons: no hash, no map, no lock.
     *
     * <p>Each analysis works in a {@link Session} ({@link #begin}), which records its sentences by index and,
     * at {@link Session#end}, becomes the newest of two generations; the one before it is kept too (two documents
     * edited in turn) and asked second. A generation holds at most {@link #MOST} sentences (a longer document's
     * further sentences go to the memo) and keeps their token lists and masks alive (most token lists are the
     * tagging cache's own). Safe to share between threads: a published generation is never changed, a session
     * belongs to one analysis, and two analyses at once only replace each other's generations, which costs
     * look-ups in the memo, never a wrong value (every value found is checked against the key).
     */
    public static final class Recent<V> {
        /** The most sentences a generation holds. */
        public static final int MOST = 1 << 14;

        /** One analysis's sentences by index (the first {@code size}) of its {@code count}: token lists, masks, values. */
        private record Generation(
                List<Token>[] tokens, BitSet[][] masks, byte[] shapes, Object[] values, int size, int count) {}

        private static final Generation NONE =
                new Generation(tokenLists(0), new BitSet[0][], new byte[0], new Object[0], 0, 0);

        private volatile Generation newest = NONE;
        private volatile Generation older = NONE;

        /** An analysis of {@code sentences} sentences begins; its look-ups and additions go through the session. */
        public Session<V> begin(int sentences) {
            return new Session<>(this, newest, older, sentences);
        }

        private synchronized void publish(Generation g) {
            older = newest;
            newest = g;
        }

        /** The sentences the two kept generations hold. */
        public int size() {
            return newest.size() + older.size();
        }

        @SuppressWarnings("unchecked")
        private static List<Token>[] tokenLists(int n) {
            return (List<Token>[]) new List<?>[n];
        }

        /**
         * One analysis's use of a {@link Recent}: {@link #get} and {@link #put} by sentence index (a sentence
         * found by {@code get} is recorded as if put), then {@link #end}. Not thread-safe: one analysis, one thread.
         */
        public static final class Session<V> {
            private final Recent<V> owner;
            private final Generation newest;
            private final Generation older;
            private final int count;
            private final List<Token>[] tokens;
            private final BitSet[][] masks;
            /** Per sentence, its masks' {@link #shape}, so that empty masks compare without reading them again. */
            private final byte[] shapes;

            private final Object[] values;
            private int size;

            private Session(Recent<V> owner, Generation newest, Generation older, int count) {
                this.owner = owner;
                this.newest = newest;
                this.older = older;
                this.count = count;
                int capacity = Math.max(0, Math.min(count, MOST));
                this.tokens = tokenLists(capacity);
                this.masks = new BitSet[capacity][];
                this.shapes = new byte[capacity];
                this.values = new Object[capacity];
            }

            /**
             * The value the last two analyses recorded for sentence {@code index}'s place (counted from the start
             * or from the end) under an equal key, or null; a value found is recorded for this analysis too.
             */
            public V get(int index, SentenceKey key) {
                V value = peek(index, key);
                if (value != null) {
                    put(index, key, value);
                }
                return value;
            }

            /** As {@link #get}, but records nothing: the caller puts what the sentence gets. */
            public V peek(int index, SentenceKey key) {
                V v = find(newest, index, key);
                return v != null ? v : find(older, index, key);
            }

            @SuppressWarnings("unchecked")
            private V find(Generation g, int index, SentenceKey key) {
                if (index < g.size() && matches(g, index, key)) {
                    return (V) g.values()[index];
                }
                int fromEnd = index - count + g.count();
                if (fromEnd != index && fromEnd >= 0 && fromEnd < g.size() && matches(g, fromEnd, key)) {
                    return (V) g.values()[fromEnd];
                }
                return null;
            }

            private static boolean matches(Generation g, int k, SentenceKey key) {
                List<Token> toks = g.tokens()[k];
                if (toks == null) {
                    return false;
                }
                int shape = shape(key.masks);
                if (shape != g.shapes()[k] || shape == MIXED && !Arrays.equals(g.masks()[k], key.masks)) {
                    return false;
                }
                return sameWords(toks, key.tokens);
            }

            /** A shape that is not all empty: the masks themselves must be compared. */
            private static final byte MIXED = -1;

            /**
             * How many masks there are when all are empty ({@code Arrays.equals} of two such arrays holds exactly
             * when their counts are equal), else {@link #MIXED}.
             */
            private static byte shape(BitSet[] masks) {
                if (masks.length > Byte.MAX_VALUE) {
                    return MIXED;
                }
                for (BitSet m : masks) {
                    if (!m.isEmpty()) {
                        return MIXED;
                    }
                }
                return (byte) masks.length;
            }

            /** Records {@code value} for sentence {@code index}, with {@code key}'s token list and masks (up to {@link #MOST}). */
            public void put(int index, SentenceKey key, V value) {
                if (index >= 0 && index < tokens.length) {
                    tokens[index] = key.tokens;
                    masks[index] = key.masks;
                    shapes[index] = shape(key.masks);
                    values[index] = value;
                    size = Math.max(size, index + 1);
                }
            }

            /** This analysis is over: its sentences become the newest generation. */
            public void end() {
                owner.publish(new Generation(tokens, masks, shapes, values, size, count));
            }
        }
    }
}
