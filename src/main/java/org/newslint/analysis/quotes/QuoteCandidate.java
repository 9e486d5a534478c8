package org.newslint.analysis.quotes;

import java.util.List;
import org.newslint.text.TextRange;

/**
 * One reported statement, as the quote model is asked about it (is it someone's quotation, or a
 * term or scare quote?): the quotations sharing it (indexes {@code first..last} of the quote
 * list), how their speaker was found, the statement's span and the model's features.
 * {@code alwaysKept} marks the statements the model is never asked about in use (signed
 * quotations, transcript turns, five words or more with no speaker). {@code newslint train quotes}
 * trains and tunes on exactly these.
 */
public record QuoteCandidate(
        int first, int last, SpeakerClue clue, TextRange statement, List<String> features, boolean alwaysKept) {
    public QuoteCandidate {
        features = List.copyOf(features);
    }
}
