package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newslint.text.TextRange;

/**
 * Pairs single quotation marks, because the same mark is also an apostrophe ("rock 'n' roll", "the
 * '90s", "Trump’s"): only a span of two or more words between a mark placed to open and one placed
 * to close counts, whether nested in a double-quoted quotation or standing in a paragraph of its own.
 */
final class SingleQuotes {
    private SingleQuotes() {}

    /** Single-quoted spans of two or more words inside {@code range}; apostrophes never pair up. */
    static List<TextRange> within(String original, String text, TextRange range) {
        List<TextRange> out = new ArrayList<>();
        int open = -1;
        for (int k = range.start(); k < range.end(); k++) {
            if (text.charAt(k) != '\'') {
                continue;
            }
            char prev = k > range.start() ? text.charAt(k - 1) : ' ';
            char next = k + 1 < range.end() ? text.charAt(k + 1) : ' ';
            boolean canOpen = (Character.isWhitespace(prev) || prev == '"' || prev == '(' || k == range.start())
                    && Character.isLetter(next)
                    && original.charAt(k) != '\u2019';
            boolean canClose =
                    !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next) && original.charAt(k) != '\u2018';
            if (open < 0 && canOpen) {
                open = k;
            } else if (open >= 0 && canClose) {
                String inner = text.substring(open + 1, k).strip();
                if (inner.indexOf(' ') > 0) {
                    out.add(new TextRange(open, k + 1));
                    open = -1;
                }
            } else if (open >= 0 && canOpen && Character.isWhitespace(prev)) {
                open = k;
            }
        }
        return out;
    }

    /** A paragraph without double quotes: its single-quoted spans are quotations of their own. */
    static void addQuotes(String original, String text, TextRange r, List<QuoteFinder.RawQuote> quotes) {
        for (TextRange q : within(original, text, r)) {
            quotes.add(new QuoteFinder.RawQuote(q, new TextRange(q.start() + 1, q.end() - 1), true, false, List.of()));
        }
    }
}
