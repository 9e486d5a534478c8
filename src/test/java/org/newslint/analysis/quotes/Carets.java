package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newslint.testing.CaretFixture;

/**
 * Compares what a quote stage found with the marks of a {@link CaretFixture}, and on a mismatch
 * shows the fixture as the code under test would have written it, so a failure reads like the test.
 */
final class Carets {
    private Carets() {}

    static void assertMarks(CaretFixture fixture, List<CaretFixture.Mark> actual) {
        List<String> described = actual.stream()
                .map(m -> fixture.describe(m.label(), m.start(), m.end()))
                .toList();
        assertThat(described)
                .as("actually:\n" + annotate(fixture.text(), actual))
                .containsExactlyInAnyOrderElementsOf(fixture.expected());
    }

    /** {@code text} with a caret line under the line each mark starts on. */
    static String annotate(String text, List<CaretFixture.Mark> marks) {
        List<CaretFixture.Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(CaretFixture.Mark::start).thenComparingInt(CaretFixture.Mark::end));
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            out.append(line).append('\n');
            int lineEnd = lineStart + line.length();
            for (CaretFixture.Mark m : sorted) {
                if (m.start() >= lineStart && m.start() <= lineEnd) {
                    out.append(" ".repeat(m.start() - lineStart))
                            .append("^".repeat(Math.max(1, m.end() - m.start())))
                            .append(' ')
                            .append(m.label())
                            .append('\n');
                }
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }
}
