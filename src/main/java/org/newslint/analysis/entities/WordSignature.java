package org.newslint.analysis.entities;

/**
 * A 128-bit Bloom signature of a sentence's words: each word sets one bit in each of two 64-bit halves, chosen
 * from its mixed hash. A word whose two bits are not both set is certainly not in the sentence; one whose bits are
 * set may be (with about 20 words, wrongly for about 7 % of words), so the caller then compares the words. It lets
 * {@link LastEntities} clear an unchanged sentence of the few words that became or stopped being names without
 * reading its tokens.
 */
final class WordSignature {
    private WordSignature() {}

    /** The word's hash, mixed so that its top bits depend on all of it. */
    static int mix(String word) {
        return word.hashCode() * 0x9E3779B9;
    }

    static long low(int mixed) {
        return 1L << (mixed >>> 26);
    }

    static long high(int mixed) {
        return 1L << ((mixed >>> 20) & 63);
    }
}
