package org.newslint.analysis;

import java.util.List;
import org.newslint.text.TextRange;

/**
 * A reported statement the quote model is asked about (is it really someone's quotation?), as
 * the analysis saw it before the model decided: its span and the model's features, so that
 * {@code newslint train quotes} trains and tunes on exactly what the analysis decides.
 * {@code alwaysKept} marks the statements the model is not asked about in use (signed quotations,
 * transcript turns, five words or more with no speaker): tuning counts them as kept.
 */
public record QuoteCandidate(TextRange statement, List<String> features, boolean alwaysKept) {
    public QuoteCandidate {
        features = List.copyOf(features);
    }
}
