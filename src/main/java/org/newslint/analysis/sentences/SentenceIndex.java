package org.newslint.analysis.sentences;

import java.util.List;

/** Finds the sentence or paragraph around an offset by binary search over sentences in text order. */
public final class SentenceIndex {
    private SentenceIndex() {}

    /** Index of the last sentence starting at or before {@code offset}, or -1. */
    public static int atOrBefore(int offset, List<SentenceDraft> drafts) {
        int lo = 0;
        int hi = drafts.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (drafts.get(mid).sentence().range().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The paragraph of the sentence touching {@code offset}, or -1 when no sentence does. */
    public static int paragraphOf(int offset, List<SentenceDraft> drafts) {
        int i = atOrBefore(offset, drafts);
        for (int k = Math.max(0, i); k < drafts.size() && k <= i + 1; k++) {
            if (drafts.get(k).sentence().range().touches(offset)) {
                return drafts.get(k).paragraph();
            }
        }
        return -1;
    }
}
