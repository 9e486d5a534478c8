package org.newslint.analysis.entities;

import java.util.List;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameSpan;

/**
 * Everything {@link EntityFinder}'s mention finder reads of one sentence, with offsets relative to its first token (the
 * argument is in {@link EntityMemory}'s comment), in flat arrays that compare quickly (a remembered
 * sentence's strings are usually the very strings of the tagging cache). A key made during an analysis
 * points into that analysis's text; {@link #owned} copies the characters so that a remembered key
 * holds no document.
 */
final class SentenceKey {
    /** Per token: start and end relative to the first token's start. */
    private final int[] offsets;

    private final String[] words;
    private final String[] lowers;
    private final String[] tags;
    /** The original characters from the tokens' first start to their last end: {@code text[from, to)}. */
    private final String text;

    private final int from;
    private final int to;
    /** Where the characters start relative to the first token: {@code min start - base}. */
    private final int lead;

    private final long[] capitalised;
    private final boolean trusted;
    private final NonClaimReason reason;
    /** The name finder's spans: relative start and end, and type. */
    private final int[] nameOffsets;

    private final String[] nameTypes;
    private final int hash;
    /** The first token's start in the analysis this key was made in. */
    final int base;

    SentenceKey(
            List<Token> toks,
            String text,
            java.util.function.Predicate<String> capitalisedWord,
            boolean trusted,
            NonClaimReason reason,
            List<NameSpan> names) {
        int n = toks.size();
        long[] capitalised = new long[(n + 63) >>> 6];
        this.base = toks.get(0).start();
        this.offsets = new int[2 * n];
        this.words = new String[n];
        this.lowers = new String[n];
        this.tags = new String[n];
        int min = Integer.MAX_VALUE;
        int max = 0;
        int h = 1;
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            offsets[2 * i] = t.start() - base;
            offsets[2 * i + 1] = t.end() - base;
            words[i] = t.text();
            lowers[i] = t.lower();
            tags[i] = t.pos();
            if (capitalisedWord.test(words[i])) {
                capitalised[i >>> 6] |= 1L << i;
            }
            min = Math.min(min, t.start());
            max = Math.max(max, t.end());
            h = 31 * (31 * h + offsets[2 * i + 1]) + words[i].hashCode();
        }
        this.text = text;
        this.from = min;
        this.to = max;
        this.lead = min - base;
        this.capitalised = capitalised;
        this.trusted = trusted;
        this.reason = reason;
        this.nameOffsets = new int[2 * names.size()];
        this.nameTypes = new String[names.size()];
        for (int i = 0; i < names.size(); i++) {
            nameOffsets[2 * i] = names.get(i).start() - base;
            nameOffsets[2 * i + 1] = names.get(i).end() - base;
            nameTypes[i] = names.get(i).type();
        }
        h = 31 * h + java.util.Arrays.hashCode(capitalised);
        h = 31 * h + java.util.Arrays.hashCode(nameOffsets);
        h = 31 * h + (trusted ? 1 : 0);
        this.hash = 31 * h + (reason == null ? -1 : reason.ordinal());
    }

    private SentenceKey(SentenceKey k, String ownText) {
        this.offsets = k.offsets;
        this.words = k.words;
        this.lowers = k.lowers;
        this.tags = k.tags;
        this.text = ownText;
        this.from = 0;
        this.to = ownText.length();
        this.lead = k.lead;
        this.capitalised = k.capitalised;
        this.trusted = k.trusted;
        this.reason = k.reason;
        this.nameOffsets = k.nameOffsets;
        this.nameTypes = k.nameTypes;
        this.hash = k.hash;
        this.base = k.base;
    }

    /** This key holding only its own sentence's characters. */
    SentenceKey owned() {
        return new SentenceKey(this, text.substring(from, to));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof SentenceKey k
                && k.hash == hash
                && k.trusted == trusted
                && k.reason == reason
                && k.lead == lead
                && k.to - k.from == to - from
                && java.util.Arrays.equals(k.offsets, offsets)
                && java.util.Arrays.equals(k.capitalised, capitalised)
                && java.util.Arrays.equals(k.nameOffsets, nameOffsets)
                && same(k.words, words)
                && same(k.lowers, lowers)
                && same(k.tags, tags)
                && same(k.nameTypes, nameTypes)
                && text.regionMatches(from, k.text, k.from, to - from);
    }

    /** Equal string arrays, the same string objects (the usual case) compared without reading them. */
    private static boolean same(String[] a, String[] b) {
        return java.util.Arrays.equals(a, b); // String.equals answers the same object at once
    }
}
