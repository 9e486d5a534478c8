package org.newslint.analysis.sourcing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Quote;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * The quotations and entity mentions of one analysis sorted by offset, so that asking about one
 * sentence costs a binary search instead of a pass over the whole article: the sourcing stage asks
 * per sentence and per word, which made a 1 MiB document quadratic (JFR: most of an edit's time in
 * {@code SourcingFeatures.wordFeatures} and {@code ClaimDescriber.insideQuote}). Every answer is in
 * the order the plain loops over {@code analysis.quotes()} and {@code analysis.entities()} gave.
 */
final class ArticleIndex {
    private final ArticleAnalysis analysis;

    /** Quotes by range start: their index in {@code analysis.quotes()}, start, end, and the running maximum end. */
    private final int[] quoteIndex;

    private final int[] quoteStart;
    private final int[] quoteEnd;
    private final int[] quoteMaxEnd;

    /** The union of the quotations' contents as disjoint sorted intervals. */
    private final int[] contentStart;

    private final int[] contentEnd;

    /**
     * Every mention, sorted by (start, entity index, mention index): its start and end, its entity's index in
     * {@code analysis.entities()} and its index in that entity's mention list (arrays, no object per mention).
     */
    private final int[] mentionStart;

    private final int[] mentionEnd;
    private final int[] mentionEntity;
    private final int[] mentionIndex;

    ArticleIndex(ArticleAnalysis analysis) {
        this.analysis = analysis;
        List<Quote> quotes = analysis.quotes();
        Integer[] order = new Integer[quotes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> quotes.get(i).range().start()));
        quoteIndex = new int[order.length];
        quoteStart = new int[order.length];
        quoteEnd = new int[order.length];
        quoteMaxEnd = new int[order.length];
        int max = Integer.MIN_VALUE;
        for (int k = 0; k < order.length; k++) {
            TextRange r = quotes.get(order[k]).range();
            quoteIndex[k] = order[k];
            quoteStart[k] = r.start();
            quoteEnd[k] = r.end();
            max = Math.max(max, r.end());
            quoteMaxEnd[k] = max;
        }

        List<TextRange> contents = new ArrayList<>();
        for (Quote q : quotes) {
            if (q.content().length() > 0) {
                contents.add(q.content());
            }
        }
        contents.sort(null);
        List<int[]> merged = new ArrayList<>();
        for (TextRange c : contents) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && c.start() <= last[1]) {
                last[1] = Math.max(last[1], c.end());
            } else {
                merged.add(new int[] {c.start(), c.end()});
            }
        }
        contentStart = merged.stream().mapToInt(m -> m[0]).toArray();
        contentEnd = merged.stream().mapToInt(m -> m[1]).toArray();

        // mentions listed entity by entity, each in its order, are in (entity, index) order: sorting their
        // (start, place in that list) as longs gives the (start, entity, index) order without a comparator
        List<Entity> entities = analysis.entities();
        int total = 0;
        for (Entity e : entities) {
            total += e.mentions().size();
        }
        int[] flatEntity = new int[total];
        int[] flatIndex = new int[total];
        TextRange[] flatRange = new TextRange[total];
        long[] byStart = new long[total];
        int k = 0;
        for (int e = 0; e < entities.size(); e++) {
            List<TextRange> ms = entities.get(e).mentions();
            for (int m = 0; m < ms.size(); m++, k++) {
                flatEntity[k] = e;
                flatIndex[k] = m;
                flatRange[k] = ms.get(m);
                byStart[k] = ((long) flatRange[k].start() << 32) | k;
            }
        }
        Arrays.sort(byStart);
        mentionStart = new int[total];
        mentionEnd = new int[total];
        mentionEntity = new int[total];
        mentionIndex = new int[total];
        for (int j = 0; j < total; j++) {
            int from = (int) byStart[j];
            mentionStart[j] = flatRange[from].start();
            mentionEnd[j] = flatRange[from].end();
            mentionEntity[j] = flatEntity[from];
            mentionIndex[j] = flatIndex[from];
        }
    }

    ArticleAnalysis analysis() {
        return analysis;
    }

    /** The quotations whose range overlaps {@code r} ({@link TextRange#overlaps}), in {@code analysis.quotes()} order. */
    List<Quote> quotesOverlapping(TextRange r) {
        int hi = firstAtLeast(quoteStart, r.end()); // candidates start before r ends
        if (hi == 0 || quoteMaxEnd[hi - 1] <= r.start()) {
            return List.of(); // none starting before r ends reaches into it
        }
        List<Integer> found = new ArrayList<>();
        for (int k = hi - 1; k >= 0 && quoteMaxEnd[k] > r.start(); k--) {
            if (quoteEnd[k] > r.start()) {
                found.add(quoteIndex[k]);
            }
        }
        found.sort(null);
        List<Quote> out = new ArrayList<>(found.size());
        for (int i : found) {
            out.add(analysis.quotes().get(i));
        }
        return out;
    }

    /** Whether {@code offset} lies inside some quotation's content. */
    boolean insideQuoteContent(int offset) {
        int k = firstAtLeast(contentStart, offset + 1) - 1; // the last interval starting at or before offset
        return k >= 0 && offset < contentEnd[k];
    }

    /**
     * Which of {@code toks} start inside some quotation's content ({@link #insideQuoteContent} of each
     * start): one binary search for the sentence, then the few content intervals it meets; a token
     * starting outside {@code sentence} (none does in practice) is looked up on its own.
     */
    BitSet tokensInQuoteContent(List<Token> toks, TextRange sentence) {
        BitSet out = new BitSet(toks.size());
        if (contentStart.length == 0) {
            return out;
        }
        // the intervals that can hold an offset of the sentence: from the last starting at or before its start
        int from = Math.max(0, firstAtLeast(contentStart, sentence.start() + 1) - 1);
        int to = firstAtLeast(contentStart, sentence.end()); // exclusive: intervals starting at or after its end
        if (from < to && contentEnd[from] <= sentence.start()) {
            from++; // the interval before the sentence ends before it: no offset of the sentence lies in it
        }
        if (from >= to
                && !toks.isEmpty()
                && sentence.contains(Token.startOf(toks, 0))
                && sentence.contains(Token.startOf(toks, toks.size() - 1))) {
            return out; // no interval meets the sentence, and every token starts inside it (starts ascend)
        }
        for (int k = 0; k < toks.size(); k++) {
            int offset = toks.get(k).start();
            boolean inside;
            if (sentence.contains(offset)) {
                inside = false;
                for (int c = from; c < to && !inside; c++) {
                    inside = contentStart[c] <= offset && offset < contentEnd[c];
                }
            } else {
                inside = insideQuoteContent(offset);
            }
            if (inside) {
                out.set(k);
            }
        }
        return out;
    }

    /**
     * The first mention (in (start, entity, mention index) order) starting at or after {@code from}; the mentions
     * starting in {@code [from, to]} are it and those after it while {@link #mentionStart} is at most {@code to}.
     */
    int firstMentionFrom(int from) {
        return firstAtLeast(mentionStart, from);
    }

    /** How many mentions there are. */
    int mentions() {
        return mentionStart.length;
    }

    int mentionStart(int k) {
        return mentionStart[k];
    }

    int mentionEnd(int k) {
        return mentionEnd[k];
    }

    /** The mention's entity, by its index in {@code analysis.entities()}. */
    int mentionEntity(int k) {
        return mentionEntity[k];
    }

    /** The mention's index in its entity's mention list. */
    int mentionIndex(int k) {
        return mentionIndex[k];
    }

    /** The first index whose value is at least {@code key} in an ascending array (its length if none). */
    private static int firstAtLeast(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
