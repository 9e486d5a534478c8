package org.newslint.analysis;

import java.util.List;
import org.newslint.nlp.Sentence;
import org.newslint.text.TextRange;

/**
 * What the analysis decided about one sentence: whether it is attributed (and to whom), whether
 * it is a checkable claim, and of what kind. {@code source}, {@code cue}, {@code claimKind} and
 * {@code nonClaimReason} may be null; {@code checkWorthy} is the check-worthiness decision that
 * {@code eval claims} scores, {@code claimProbability} the model's probability behind it, NaN when
 * the model was not asked (structural non-claims, or no model).
 */
public record SentenceInfo(Sentence sentence, int paragraph, List<Attribution> attributions, boolean attributed,
                           Source source, String attributedBy, boolean claim, ClaimKind claimKind,
                           String nonClaimReason, boolean checkWorthy, double claimProbability) {
    public SentenceInfo {
        attributions = List.copyOf(attributions);
    }

    public TextRange range() {
        return sentence.range();
    }
}
