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
        if (!(o instanceof SentenceKey k)
                || hashCode() != k.hashCode()
                || tokens.size() != k.tokens.size()
                || !Arrays.equals(masks, k.masks)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = k.tokens.get(i);
            if (a != b
                    && (!a.text().equals(b.text())
                            || !a.pos().equals(b.pos())
                            || !Objects.equals(a.lemma(), b.lemma())
                            || !a.lower().equals(b.lower()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two sentences have the same tokens as far as a key compares them (text, tag, lemma, lower case;
     * not offsets): the keys of the two with equal masks are equal. Shifted copies share their strings.
     */
    static boolean sameWords(List<Token> a, List<Token> b) {
        if (Token.movedAlike(a, b)) {
            return true;
        }
        int n = a.size();
        if (n != b.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            Token x = a.get(i);
            Token y = b.get(i);
            if (x != y
                    && (!same(x.text(), y.text())
                            || !same(x.pos(), y.pos())
                            || !Objects.equals(x.lemma(), y.lemma())
                            || !same(x.lower(), y.lower()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String a, String b) {
        return a == b || a.equals(b);
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
     * What an owner computed for the sentences of its last analyses, by the identity of their token
     * lists, in front of a memo by {@link SentenceKey}: the tagging cache answers a paragraph an edit did
     * not move with the same {@link Sentence} objects, so an unchanged sentence is found by a pointer
     * instead of a hash over its tokens. A token list is immutable (as are its tokens and their strings),
     * so the same list object has the same content; the owner's masks are compared too, so a value is
     * returned only for the same tokens and equal masks — an equal {@link SentenceKey}.
     *
     * <p>Each analysis works in a {@link Session} ({@link #begin}), which records its sentences in text
     * order in arrays and, at {@link Session#end}, becomes the newest of two generations; the one before
     * it is kept too (two documents edited in turn). A sentence is looked up in the two generations by
     * position, not by hash: the same token list has the same offsets (tokens carry them), so it is the
     * entry right after the last one found, or the one a binary search finds by its first token's
     * offset, compared by reference. So an unchanged sentence costs a few int and pointer comparisons,
     * no hash, no lock and no map insertion. A generation holds at most {@link #MOST} sentences (a
     * longer document's further sentences go to the memo) and keeps those token lists alive (most are
     * the tagging cache's own; the others are an edit's moved copies). Safe to share between threads: a
     * published generation is never changed, a session belongs to one analysis, and two analyses at once
     * only replace each other's generations, which costs look-ups in the memo, never a wrong value.
     */
    public static final class Recent<V> {
        /** The most sentences a generation holds. */
        public static final int MOST = 1 << 14;

        /** One analysis's sentences in text order: token lists, their first offsets (ascending), masks, values. */
        private record Generation(
                List<Token>[] tokens, int[] starts, BitSet[][] masks, Object[] values, int size, int textLength) {}

        private static final Generation NONE =
                new Generation(tokenLists(0), new int[0], new BitSet[0][], new Object[0], 0, -1);

        private volatile Generation newest = NONE;
        private volatile Generation older = NONE;

        /** An analysis of about {@code sentences} sentences begins; its look-ups and additions go through the session. */
        public Session<V> begin(int sentences) {
            return begin(sentences, -1);
        }

        /**
         * As {@link #begin(int)}, for a text of {@code textLength} characters: a sentence that an edit moved by
         * the difference between this length and a generation's is then looked for at its old place too.
         */
        public Session<V> begin(int sentences, int textLength) {
            return new Session<>(this, newest, older, Math.min(Math.max(sentences, 16), MOST), textLength);
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
         * One analysis's use of a {@link Recent}: {@link #get} and {@link #put} in sentence order (a
         * sentence found by {@code get} is recorded as if put), then {@link #end}. Not thread-safe: one
         * analysis, one thread.
         */
        public static final class Session<V> {
            private final Recent<V> owner;
            private final Generation newest;
            private final Generation older;
            /** Where the next sentence is expected in each generation (the entry after the last found). */
            private int nextInNewest;

            private int nextInOlder;
            private List<Token>[] tokens;
            private int[] starts;
            private BitSet[][] masks;
            private Object[] values;
            private int size;
            private final int textLength;
            /** How far a sentence after a one-place edit has moved since each generation (0: unknown or none). */
            private final int shiftSinceNewest;

            private final int shiftSinceOlder;

            private Session(Recent<V> owner, Generation newest, Generation older, int capacity, int textLength) {
                this.owner = owner;
                this.newest = newest;
                this.older = older;
                this.textLength = textLength;
                this.shiftSinceNewest = shift(textLength, newest);
                this.shiftSinceOlder = shift(textLength, older);
                this.tokens = tokenLists(capacity);
                this.starts = new int[capacity];
                this.masks = new BitSet[capacity][];
                this.values = new Object[capacity];
            }

            /**
             * The value recorded for a key with this very token list and equal masks by one of the last two
             * analyses, or null; a value found is recorded for this analysis too.
             */
            public V get(SentenceKey key) {
                V value = peek(key);
                if (value != null) {
                    put(key, value);
                }
                return value;
            }

            /** As {@link #get}, but records nothing: the caller puts what the sentence gets. */
            @SuppressWarnings("unchecked")
            public V peek(SentenceKey key) {
                List<Token> toks = key.tokens;
                if (toks.isEmpty()) {
                    return null;
                }
                int start = toks.get(0).start();
                int k = find(newest, nextInNewest, toks, start, shiftSinceNewest);
                Generation in = newest;
                if (k >= 0) {
                    nextInNewest = k + 1;
                } else {
                    k = find(older, nextInOlder, toks, start, shiftSinceOlder);
                    in = older;
                    if (k < 0) {
                        return null;
                    }
                    nextInOlder = k + 1;
                }
                return Arrays.equals(in.masks()[k], key.masks) ? (V) in.values()[k] : null;
            }

            /** Records {@code value} for {@code key}'s token list and masks (unless the generation is full). */
            public void put(SentenceKey key, V value) {
                if (!key.tokens.isEmpty()) {
                    add(key.tokens, key.tokens.get(0).start(), key.masks, value);
                }
            }

            /** This analysis is over: its sentences become the newest generation. */
            public void end() {
                owner.publish(new Generation(tokens, starts, masks, values, size, textLength));
            }

            private void add(List<Token> toks, int start, BitSet[] m, Object value) {
                if (size > 0 && start <= starts[size - 1]) {
                    return; // not in text order (a caller's mistake or a second pass): left to the memo
                }
                if (size == tokens.length) {
                    if (size >= MOST) {
                        return;
                    }
                    int grown = Math.min(MOST, size * 2);
                    tokens = Arrays.copyOf(tokens, grown);
                    starts = Arrays.copyOf(starts, grown);
                    masks = Arrays.copyOf(masks, grown);
                    values = Arrays.copyOf(values, grown);
                }
                tokens[size] = toks;
                starts[size] = start;
                masks[size] = m;
                values[size] = value;
                size++;
            }

            private static int shift(int textLength, Generation g) {
                return textLength < 0 || g.textLength() < 0 ? 0 : textLength - g.textLength();
            }

            /**
             * The index in {@code g} of {@code toks} (first token at {@code start}) or of a list with the same words
             * ({@link #sameWords}: an equal key but for the masks, which the caller compares), trying {@code expected}
             * first, then the entry at {@code start}, then the one at {@code start - shift} (where a sentence after
             * the edit stood before it); -1 if none.
             */
            private static int find(Generation g, int expected, List<Token> toks, int start, int shift) {
                if (expected < g.size() && (g.tokens()[expected] == toks || sameWords(g.tokens()[expected], toks))) {
                    return expected;
                }
                int k = Arrays.binarySearch(g.starts(), 0, g.size(), start);
                if (k >= 0 && (g.tokens()[k] == toks || sameWords(g.tokens()[k], toks))) {
                    return k;
                }
                if (shift == 0) {
                    return -1;
                }
                k = Arrays.binarySearch(g.starts(), 0, g.size(), start - shift);
                return k >= 0 && sameWords(g.tokens()[k], toks) ? k : -1;
            }
        }
    }
}
