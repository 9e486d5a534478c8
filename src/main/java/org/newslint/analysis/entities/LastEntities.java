package org.newslint.analysis.entities;

import java.util.List;
import java.util.Set;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameSpan;
import org.newslint.text.CommonEnds;

/**
 * The last analysis {@link EntityFinder} made with an {@link EntityMemory}, so that the next one (an edit)
 * takes an unchanged sentence's mentions from it by comparing references and integers instead of
 * building, hashing and looking up a {@link SentenceKey}, and its grouping when the mentions' grouping
 * key is equal.
 *
 * <p>A sentence of the new analysis is compared with the one at the same place in the last (counted from
 * the start before the first sentence whose tokens differ, from the end after the last). Its mentions are
 * the last one's, moved by the distance {@code d} between the two, when everything its {@link SentenceKey}
 * holds is equal: each token's text, lower case and tag (the same strings, or equal ones) and its offsets
 * moved by {@code d}; the paragraph's reason (trust follows from it); the name finder's spans moved by
 * {@code d} with the same types; for each word, whether the document writes it as a name (equal unless the
 * word is one of the words that set gained or lost since: a sentence's {@link WordSignature} says in two bit
 * tests that it holds none of them, and only a sentence it cannot clear has its words compared); and the
 * original characters the tokens span,
 * which are equal when they lie wholly in the part of the text before the edit (d = 0) or wholly in the
 * part after it (d = the change in length), as found by comparing the two texts once per analysis ({@link CommonEnds}).
 *
 * <p>Holds one document's text, tokens, spans and mentions (references to the last analysis's objects).
 */
final class LastEntities {
    final String original;
    final List<Token>[] tokens;
    final NonClaimReason[] reasons;
    final List<NameSpan>[] names;
    /** Each sentence's mentions as the last analysis found them (absolute offsets). */
    final List<NameMention>[] mentions;
    /** Each sentence's {@link WordSignature} and the extent of its tokens relative to its first token's start. */
    final SentenceFacts facts;

    /** The name words of these sentences; the next analysis updates them in place. */
    final NameWords words;

    final Groupings.Key key;
    final List<Groupings.Formed> formed;
    final EntityOutput.Built output;

    LastEntities(
            String original,
            List<Token>[] tokens,
            NonClaimReason[] reasons,
            List<NameSpan>[] names,
            List<NameMention>[] mentions,
            SentenceFacts facts,
            NameWords words,
            Groupings.Key key,
            List<Groupings.Formed> formed,
            EntityOutput.Built output) {
        this.original = original;
        this.tokens = tokens;
        this.reasons = reasons;
        this.names = names;
        this.mentions = mentions;
        this.facts = facts;
        this.words = words;
        this.key = key;
        this.formed = formed;
        this.output = output;
    }

    /**
     * Per sentence, what the comparison reads instead of its tokens: a {@link WordSignature} of the token texts and
     * the smallest start and largest end of its tokens, relative to its first token's start. A sentence with the
     * last analysis's tokens ({@link #sameTokens}) takes the last one's facts.
     */
    static final class SentenceFacts {
        final long[] signatures;
        final int[] extents;

        SentenceFacts(int n) {
            signatures = new long[2 * n];
            extents = new int[2 * n];
        }

        void copy(int k, SentenceFacts from, int j) {
            signatures[2 * k] = from.signatures[2 * j];
            signatures[2 * k + 1] = from.signatures[2 * j + 1];
            extents[2 * k] = from.extents[2 * j];
            extents[2 * k + 1] = from.extents[2 * j + 1];
        }

        void compute(int k, List<Token> toks) {
            if (toks.isEmpty()) {
                return;
            }
            long low = 0;
            long high = 0;
            int base = toks.get(0).start();
            int from = Integer.MAX_VALUE;
            int to = Integer.MIN_VALUE;
            for (Token t : toks) {
                int h = WordSignature.mix(t.text());
                low |= WordSignature.low(h);
                high |= WordSignature.high(h);
                from = Math.min(from, t.start());
                to = Math.max(to, t.end());
            }
            signatures[2 * k] = low;
            signatures[2 * k + 1] = high;
            extents[2 * k] = from - base;
            extents[2 * k + 1] = to - base;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> List<T>[] lists(int n) {
        return new List[n];
    }

    /** One new analysis compared with the last. */
    static final class Comparison {
        private final LastEntities last;
        private final int n;
        private final int m;
        private final int prefix;
        private final int suffix;
        /** The texts are equal before {@code samePrefix} and in their last {@code sameSuffix} characters. */
        private final int samePrefix;

        private final int sameSuffix;
        private final int newLength;
        private final int lengthChange;
        /** The words written as names in one of the two analyses but not in the other. */
        private final Set<String> capitalisedChanged;
        /** Their signature bits, two per word ({@link WordSignature}). */
        private final long[] changedBits;

        /**
         * The new analysis of {@code n} sentences, whose first {@code prefix} and last {@code suffix} have the last
         * analysis's tokens ({@link #sameTokens}) and whose name words differ from the last in {@code changed}.
         */
        Comparison(LastEntities last, String original, int n, int prefix, int suffix, Set<String> changed) {
            this.last = last;
            this.n = n;
            this.m = last.tokens.length;
            this.prefix = prefix;
            this.suffix = suffix;
            CommonEnds ends = CommonEnds.of(last.original, original);
            this.samePrefix = ends.prefix();
            this.sameSuffix = ends.suffix();
            this.newLength = original.length();
            this.lengthChange = ends.delta();
            this.capitalisedChanged = changed;
            this.changedBits = new long[2 * changed.size()];
            int i = 0;
            for (String w : changed) {
                int h = WordSignature.mix(w);
                changedBits[i++] = WordSignature.low(h);
                changedBits[i++] = WordSignature.high(h);
            }
        }

        /** Whether sentence {@code j} of the last analysis may hold a word of {@link #capitalisedChanged}. */
        private boolean mayHoldChanged(int j) {
            long low = last.facts.signatures[2 * j];
            long high = last.facts.signatures[2 * j + 1];
            for (int i = 0; i < changedBits.length; i += 2) {
                if ((low & changedBits[i]) != 0 && (high & changedBits[i + 1]) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** The place of sentence {@code k} in the last analysis, if its tokens are equal there, else -1. */
        int was(int k) {
            return k < prefix ? k : k >= n - suffix ? k - n + m : -1;
        }

        /**
         * The mentions of sentence {@code k} (absolute, in sentence {@code k}), taken from the last analysis
         * when everything the mention finder reads of it is equal (see the class comment), or null.
         */
        List<NameMention> mentions(int k, SentenceDraft draft, List<NameSpan> spans) {
            int j = was(k);
            if (j < 0 || draft.paragraphReason() != last.reasons[j]) {
                return null;
            }
            List<Token> now = draft.sentence().tokens();
            List<Token> then = last.tokens[j];
            int base = Token.startOf(now, 0);
            int d = base - Token.startOf(then, 0);
            if (mayHoldChanged(j)) {
                for (Token t : now) {
                    if (capitalisedChanged.contains(t.text())) {
                        return null;
                    }
                }
            }
            int from = base + last.facts.extents[2 * j];
            int to = base + last.facts.extents[2 * j + 1];
            boolean sameCharacters =
                    (d == 0 && to <= samePrefix) || (d == lengthChange && from >= newLength - sameSuffix);
            if (!sameCharacters || !sameSpans(spans, last.names[j], d)) {
                return null;
            }
            List<NameMention> found = last.mentions[j];
            if (d == 0 && j == k) {
                return found;
            }
            List<NameMention> out = new java.util.ArrayList<>(found.size());
            for (NameMention mention : found) {
                out.add(mention.moved(d, k));
            }
            return out;
        }
    }

    /** Equal tokens but for a move of all of them by the same distance (the strings compared by reference first). */
    static boolean sameTokens(List<Token> a, List<Token> b) {
        if (Token.movedAlike(a, b)) {
            return true;
        }
        int n = a.size();
        if (n != b.size() || n == 0) {
            return n == b.size();
        }
        int d = a.get(0).start() - b.get(0).start();
        for (int i = 0; i < n; i++) {
            Token x = a.get(i);
            Token y = b.get(i);
            if (x.start() - y.start() != d
                    || x.end() - y.end() != d
                    || !same(x.text(), y.text())
                    || !same(x.lower(), y.lower())
                    || !same(x.pos(), y.pos())) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String a, String b) {
        return a == b || a.equals(b);
    }

    /** The name finder's spans of a sentence equal but for a move by {@code d}. */
    private static boolean sameSpans(List<NameSpan> a, List<NameSpan> b, int d) {
        if (a == b && d == 0) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            NameSpan x = a.get(i);
            NameSpan y = b.get(i);
            if (x.start() - y.start() != d
                    || x.end() - y.end() != d
                    || !x.type().equals(y.type())) {
                return false;
            }
        }
        return true;
    }
}
