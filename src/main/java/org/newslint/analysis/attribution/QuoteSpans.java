package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Whether an offset lies inside quoted words. Every stage of attribution asks this for nearly every
 * token (words inside a quotation are the speaker's, never a cue or a source of the writer's), so the
 * quote contents are indexed once for a binary search.
 */
final class QuoteSpans {
    private final List<TextRange> quoteContents;
    /** Quote contents sorted by start, with the running maximum end; built on the first lookup. */
    private int[] quoteStarts;

    private int[] quoteMaxEnds;
    /**
     * The index the last lookup found: the stages ask for offsets in text order, so the answer is usually
     * that index or the next. Only a hint: it is checked before use, so a stale value (another thread's)
     * costs a binary search, never a wrong answer.
     */
    private int hint = -1;
    /** Where the offsets asked are recorded (null: nowhere). */
    private final Reads reads;

    QuoteSpans(List<TextRange> quoteContents) {
        this(quoteContents, null);
    }

    QuoteSpans(List<TextRange> quoteContents, Reads reads) {
        this.quoteContents = quoteContents;
        this.reads = reads;
    }

    /** The quotations' contents, as given. */
    List<TextRange> contents() {
        return quoteContents;
    }

    boolean insideQuote(int offset) {
        if (reads != null) {
            reads.at(offset); // the answer hangs on the quotations that cover the offset
        }
        index();
        // the last quote starting at or before offset; any earlier quote reaching past offset shows in the running max
        int found = lastStartingAtOrBefore(offset);
        return found >= 0 && quoteMaxEnds[found] > offset;
    }

    /**
     * True only when {@link #insideQuote} is false for every offset from {@code from} to {@code to}: the last
     * quotation starting at or before {@code to}, and so every earlier one (the running maximum of their ends), ends
     * at or before {@code from}, and one starting later covers none of them. False says nothing (an empty quotation
     * inside the stretch, for one): ask offset by offset. Records the read at {@code from}, the lowest of those
     * offsets, as asking for each would.
     */
    boolean noneInside(int from, int to) {
        if (reads != null) {
            reads.at(from);
        }
        index();
        int found = lastStartingAtOrBefore(to);
        return found < 0 || quoteMaxEnds[found] <= from;
    }

    private void index() {
        if (quoteStarts == null) {
            List<TextRange> sorted = new ArrayList<>(quoteContents);
            sorted.sort(null);
            quoteStarts = new int[sorted.size()];
            quoteMaxEnds = new int[sorted.size()];
            int maxEnd = -1;
            for (int i = 0; i < sorted.size(); i++) {
                quoteStarts[i] = sorted.get(i).start();
                maxEnd = Math.max(maxEnd, sorted.get(i).end());
                quoteMaxEnds[i] = maxEnd;
            }
        }
    }

    /** The last index whose quote starts at or before {@code offset}, or -1: the hint or the next when they are it. */
    private int lastStartingAtOrBefore(int offset) {
        int[] starts = quoteStarts;
        int h = hint;
        for (int c = h; c <= h + 1 && c < starts.length; c++) {
            if ((c < 0 || starts[c] <= offset) && (c + 1 == starts.length || starts[c + 1] > offset)) {
                hint = c;
                return c;
            }
        }
        int lo = 0;
        int hi = quoteStarts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quoteStarts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        hint = found;
        return found;
    }

    boolean inQuote(Token t) {
        return insideQuote(t.start());
    }
}
