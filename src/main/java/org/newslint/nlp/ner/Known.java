package org.newslint.nlp.ner;

import java.util.Arrays;

/**
 * A distinct sentence for {@link RememberedSentences}: its tokens, word ids, what it adds to the document's contexts,
 * and signatures of its word and context ids ({@link WordStates#clean}). Never modified.
 */
final class Known {
    final Tokens tokens;
    /** Per token, its word id. */
    final int[] ids;
    /** Per token, the id of its context (its lower case) if it is capitalised, else -1. */
    final int[] context;
    /** Per capitalised token in order, the ids of the four {@link DocumentContext#features} it adds. */
    final int[] adds;
    /** Per capitalised token in order, its context id. */
    final int[] keys;
    /** {@link WordStates#wordBit} of its word ids and {@link WordStates#keyBit} of its context ids; {@link WordStates#foldBit} of the latter. */
    final long sig0;

    final long sig1;
    final long foldSig;

    Known(Tokens tokens, int[] ids, int[] context, int[] adds) {
        this.tokens = tokens;
        this.ids = ids;
        this.context = context;
        this.adds = adds;
        this.keys = new int[adds.length / 4];
        int c = 0;
        long[] sig = new long[2];
        long fold = 0;
        for (int ck : context) {
            if (ck >= 0) {
                keys[c++] = ck;
                int b = WordStates.keyBit(ck);
                sig[b >>> 6] |= 1L << b;
                fold |= 1L << WordStates.foldBit(ck);
            }
        }
        for (int id : ids) {
            int b = WordStates.wordBit(id);
            sig[b >>> 6] |= 1L << b;
        }
        this.sig0 = sig[0];
        this.sig1 = sig[1];
        this.foldSig = fold;
    }

    /** A sentence's tokens as a key: equal contents are equal. */
    static final class Tokens {
        final String[] words;
        final int hash;

        Tokens(String[] words) {
            this.words = words;
            this.hash = Arrays.hashCode(words);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tokens t && t.hash == hash && Arrays.equals(t.words, words);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
