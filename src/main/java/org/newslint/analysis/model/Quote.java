package org.newslint.analysis.model;

import java.util.List;
import org.newslint.text.TextRange;

/**
 * A quotation: {@code range} includes the quotation marks, {@code content} excludes them.
 * {@code statement} is the reported statement the quotation belongs to: the quote itself when it
 * stands alone, the whole reported clause when it is a fragment woven into one ("said that there
 * have been “thousands of shootings” in Chicago"); it always contains {@code range}, and is null for
 * a fragment nobody is said to have said (a scare quote, a term, a nickname: the “experts”).
 * {@code speaker} and {@code cue} are null when the article does not say who said it.
 */
public record Quote(
        TextRange range,
        TextRange content,
        QuoteKind kind,
        boolean closed,
        List<TextRange> nested,
        Source speaker,
        Cue cue,
        TextRange statement) {
    public Quote {
        nested = List.copyOf(nested);
        if (statement != null && !statement.contains(range)) {
            statement = range;
        }
    }

    /** A quote whose statement is, until known, the quotation itself. */
    public Quote(
            TextRange range,
            TextRange content,
            QuoteKind kind,
            boolean closed,
            List<TextRange> nested,
            Source speaker,
            Cue cue) {
        this(range, content, kind, closed, nested, speaker, cue, range);
    }

    public Quote withSpeaker(Source newSpeaker, Cue newCue) {
        return new Quote(range, content, kind, closed, nested, newSpeaker, newCue, statement);
    }

    public Quote withStatement(TextRange newStatement) {
        return new Quote(range, content, kind, closed, nested, speaker, cue, newStatement);
    }
}
