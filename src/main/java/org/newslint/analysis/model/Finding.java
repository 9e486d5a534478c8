package org.newslint.analysis.model;

import java.util.List;
import org.newslint.text.TextRange;

/**
 * One problem a rule found, with a message that tells the writer what to do, and places elsewhere
 * in the document that explain it ({@code related}: the nearest attribution in the paragraph).
 */
public record Finding(String rule, Severity severity, TextRange range, String message, List<Related> related) {
    public Finding {
        related = List.copyOf(related);
    }

    public Finding(String rule, Severity severity, TextRange range, String message) {
        this(rule, severity, range, message, List.of());
    }

    /** Another place in the same document that bears on the finding, and what it is. */
    public record Related(TextRange range, String message) {}
}
