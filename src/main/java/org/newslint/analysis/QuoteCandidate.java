package org.newslint.analysis;

import java.util.List;
import org.newslint.text.TextRange;

/**
 * A reported statement the quote model is asked about (is it really someone's quotation?), as
 * the analysis saw it before the model decided: its span and the model's features, so that
 * {@code newslint train quotes} trains and tunes on exactly what the analysis decides.
 */
public record QuoteCandidate(TextRange statement, List<String> features) {
    public QuoteCandidate {
        features = List.copyOf(features);
    }
}
