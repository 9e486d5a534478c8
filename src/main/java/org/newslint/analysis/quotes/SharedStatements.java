package org.newslint.analysis.quotes;

import java.util.List;
import org.newslint.analysis.model.Quote;
import org.newslint.text.TextRange;

/**
 * Joins the statements of fragments that belong together, because each fragment's own rules see
 * only part of a statement: in "called him a “nasty guy,” an “anchor baby” and “sick”" every
 * fragment is one statement, and the quote model must be asked about it once, as a whole.
 */
final class SharedStatements {
    private SharedStatements() {}

    /**
     * Gives every run of consecutive quotations in one sentence whose statements overlap the union of
     * those statements, in place.
     *
     * @param sentenceOf the sentence each quotation opens in (-1: none), parallel to {@code quotes}
     */
    static void merge(List<Quote> quotes, List<Integer> sentenceOf) {
        int i = 0;
        while (i < quotes.size()) {
            if (quotes.get(i).statement() == null) {
                i++;
                continue;
            }
            int j = i;
            TextRange union = quotes.get(i).statement();
            while (j + 1 < quotes.size()
                    && sentenceOf.get(j + 1).equals(sentenceOf.get(i))
                    && sentenceOf.get(i) >= 0
                    && quotes.get(j + 1).statement() != null
                    && quotes.get(j + 1).statement().overlaps(union)) {
                j++;
                TextRange next = quotes.get(j).statement();
                union = new TextRange(Math.min(union.start(), next.start()), Math.max(union.end(), next.end()));
            }
            for (int k = i; k <= j; k++) {
                quotes.set(k, quotes.get(k).withStatement(union));
            }
            i = j + 1;
        }
    }
}
