package org.newslint.analysis;

import java.util.List;
import org.newslint.text.TextRange;

/**
 * A quotation: {@code range} includes the quotation marks, {@code content} excludes them.
 * {@code speaker} and {@code cue} are null when the article does not say who said it.
 */
public record Quote(TextRange range, TextRange content, QuoteKind kind, boolean closed, List<TextRange> nested,
                    Source speaker, Cue cue) {
    public Quote {
        nested = List.copyOf(nested);
    }

    public Quote withSpeaker(Source newSpeaker, Cue newCue) {
        return new Quote(range, content, kind, closed, nested, newSpeaker, newCue);
    }
}
