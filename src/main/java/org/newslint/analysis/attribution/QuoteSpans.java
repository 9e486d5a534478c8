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

    QuoteSpans(List<TextRange> quoteContents) {
        this.quoteContents = quoteContents;
    }

    boolean insideQuote(int offset) {
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
        // the last quote starting at or before offset; any earlier quote reaching past offset shows in the running max
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
        return found >= 0 && quoteMaxEnds[found] > offset;
    }

    boolean inQuote(Token t) {
        return insideQuote(t.start());
    }
}
