package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns found names back into per-token tags in the scheme the gold file uses (IOB1 or IOB2), so a
 * predictions file can be re-scored by conlleval or compared line by line with the gold tags.
 */
public final class Tags {
    private Tags() {}

    /** Tags for {@code n} tokens; IOB1 writes B- only where a name directly follows one of the same type. */
    public static List<String> of(List<NameSpan> spans, int n, boolean iob1) {
        List<String> tags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tags.add("O");
        }
        int prevEnd = -1;
        String prevType = null;
        for (NameSpan s : spans) {
            boolean touching = s.firstToken() == prevEnd && s.type().equals(prevType);
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                boolean first = i == s.firstToken();
                tags.set(i, (first && (!iob1 || touching) ? "B-" : "I-") + s.type());
            }
            prevEnd = s.endToken();
            prevType = s.type();
        }
        return tags;
    }

    /** True unless some entity opens with B- after O or another type (IOB2); IO data counts as IOB1. */
    public static boolean looksIob1(List<ConllCorpus.Sentence> sentences) {
        for (ConllCorpus.Sentence s : sentences) {
            String prev = "O";
            for (String t : s.tags()) {
                if (t.startsWith("B-")
                        && !(prev.length() > 2 && prev.substring(2).equals(t.substring(2)))) {
                    return false;
                }
                prev = t;
            }
        }
        return true;
    }
}
