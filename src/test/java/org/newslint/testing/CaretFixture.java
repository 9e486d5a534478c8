package org.newslint.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixture text with its expected spans written underneath, the convention of DESIGN.md §4: a line
 * of spaces and carets ({@code ^^^ label}) marks the columns of the text line above it. Marks are
 * compared as {@code "label start..end «text»"} strings, so a failure shows the spans side by side.
 */
public record CaretFixture(String text, List<Mark> marks) {
    /** One expected span and its label. */
    public record Mark(int start, int end, String label) {}

    public static CaretFixture parse(String annotated) {
        List<String> textLines = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        int offset = 0;
        int previousLineStart = 0;
        for (String line : annotated.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("^")) {
                int from = line.indexOf('^');
                int to = line.lastIndexOf('^') + 1;
                marks.add(new Mark(
                        previousLineStart + from,
                        previousLineStart + to,
                        line.substring(to).strip()));
                continue;
            }
            textLines.add(line);
            previousLineStart = offset;
            offset += line.length() + 1;
        }
        return new CaretFixture(String.join("\n", textLines), List.copyOf(marks));
    }

    /** The expected marks, described. */
    public List<String> expected() {
        return marks.stream().map(m -> describe(m.label(), m.start(), m.end())).toList();
    }

    /** A span found by the code under test, described as {@link #expected()} describes the marks. */
    public String describe(String label, int start, int end) {
        return label + " " + start + ".." + end + " «" + text.substring(start, end) + "»";
    }
}
