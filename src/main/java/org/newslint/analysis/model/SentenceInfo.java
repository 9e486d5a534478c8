package org.newslint.analysis.model;

import java.util.List;
import org.newslint.nlp.Sentence;
import org.newslint.text.TextRange;

/**
 * What the analysis decided about one sentence: whether it is attributed (and to whom, and on
 * what evidence), whether it is a checkable claim, and of what kind. {@code source},
 * {@code attributedBy}, {@code claimKind} and {@code nonClaimReason} may be null: a sentence is
 * attributed exactly when it has an {@code attributedBy}, and a claim exactly when it has no
 * {@code nonClaimReason}. {@code checkWorthy} is the check-worthiness decision that {@code eval claims}
 * scores, {@code claimProbability} the model's probability behind it, NaN when the model was not
 * asked (structural non-claims, or no model).
 */
public record SentenceInfo(
        Sentence sentence,
        int paragraph,
        List<Attribution> attributions,
        Source source,
        AttributedBy attributedBy,
        ClaimKind claimKind,
        NonClaimReason nonClaimReason,
        boolean checkWorthy,
        double claimProbability) {
    public SentenceInfo {
        attributions = List.copyOf(attributions);
    }

    public boolean attributed() {
        return attributedBy != null;
    }

    public boolean claim() {
        return nonClaimReason == null;
    }

    public TextRange range() {
        return sentence.range();
    }
}
