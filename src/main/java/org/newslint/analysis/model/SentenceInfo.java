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
 * asked (structural non-claims, or no model). {@code sourcing} is the sourcing decision, null
 * before it is made or without a sourcing model.
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
        double claimProbability,
        Sourcing sourcing) {
    public SentenceInfo {
        attributions = List.copyOf(attributions);
    }

    /** A sentence before the sourcing decision (or without a sourcing model). */
    public SentenceInfo(
            Sentence sentence,
            int paragraph,
            List<Attribution> attributions,
            Source source,
            AttributedBy attributedBy,
            ClaimKind claimKind,
            NonClaimReason nonClaimReason,
            boolean checkWorthy,
            double claimProbability) {
        this(
                sentence,
                paragraph,
                attributions,
                source,
                attributedBy,
                claimKind,
                nonClaimReason,
                checkWorthy,
                claimProbability,
                null);
    }

    /** This sentence with the sourcing decision made. */
    public SentenceInfo withSourcing(Sourcing decided) {
        return new SentenceInfo(
                sentence,
                paragraph,
                attributions,
                source,
                attributedBy,
                claimKind,
                nonClaimReason,
                checkWorthy,
                claimProbability,
                decided);
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
