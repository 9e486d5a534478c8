package org.newslint.analysis;

import java.util.List;
import org.newslint.nlp.Sentence;
import org.newslint.text.TextRange;

/**
 * What the analysis decided about one sentence: whether it is attributed (and to whom), whether
 * it is a checkable claim, and of what kind. {@code source}, {@code cue}, {@code claimKind} and
 * {@code nonClaimReason} may be null.
 */
public record SentenceInfo(Sentence sentence, int paragraph, List<Attribution> attributions, boolean attributed,
                           Source source, String attributedBy, boolean claim, ClaimKind claimKind,
                           String nonClaimReason) {
    public SentenceInfo {
        attributions = List.copyOf(attributions);
    }

    public TextRange range() {
        return sentence.range();
    }
}
