package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.text.TextRange;

/**
 * Joining the statements of fragments: consecutive quotations of one sentence whose statements
 * overlap all take the union. Each quotation is written as "sentence:start..end" of its statement
 * ("-" for none); its own range is the first two characters of its statement.
 */
class SharedStatementsTest {
    private static List<String> merge(String... quotes) {
        List<Quote> list = new ArrayList<>();
        List<Integer> sentences = new ArrayList<>();
        for (String q : quotes) {
            String[] parts = q.split(":");
            sentences.add(Integer.parseInt(parts[0]));
            TextRange statement = parts[1].equals("-") ? null : range(parts[1]);
            int start = statement == null ? Integer.parseInt(parts[2]) : statement.start();
            TextRange range = new TextRange(start, start + 2);
            list.add(new Quote(range, range, QuoteKind.PARTIAL, true, List.of(), null, null, statement));
        }
        SharedStatements.merge(list, sentences);
        return list.stream()
                .map(q -> q.statement() == null
                        ? "-"
                        : q.statement().start() + ".." + q.statement().end())
                .toList();
    }

    private static TextRange range(String s) {
        int[] ends =
                Arrays.stream(s.split("\\.\\.")).mapToInt(Integer::parseInt).toArray();
        return new TextRange(ends[0], ends[1]);
    }

    @Test
    void overlappingStatementsInOneSentenceTakeTheirUnion() {
        assertThat(merge("0:10..30", "0:20..50", "0:45..60")).containsExactly("10..60", "10..60", "10..60");
    }

    @Test
    void aGapEndsTheRun() {
        assertThat(merge("0:10..30", "0:20..40", "0:50..60")).containsExactly("10..40", "10..40", "50..60");
    }

    @Test
    void statementsOfDifferentSentencesStayApart() {
        assertThat(merge("0:10..30", "1:20..50")).containsExactly("10..30", "20..50");
    }

    @Test
    void quotationsOutsideAnySentenceStayApart() {
        assertThat(merge("-1:10..30", "-1:20..50")).containsExactly("10..30", "20..50");
    }

    @Test
    void aTermBetweenBreaksTheRun() {
        assertThat(merge("0:10..30", "0:-:25", "0:20..50")).containsExactly("10..30", "-", "20..50");
    }

    @Test
    void onlyTheRunSoFarIsCompared() {
        // the third overlaps the union of the first two, though not the first alone
        assertThat(merge("0:10..20", "0:15..40", "0:35..45")).containsExactly("10..45", "10..45", "10..45");
    }
}
