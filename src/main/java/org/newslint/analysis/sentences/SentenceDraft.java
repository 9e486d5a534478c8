package org.newslint.analysis.sentences;

import org.newslint.analysis.model.NonClaimReason;
import org.newslint.nlp.Sentence;

/**
 * A tagged sentence with where it sits, before attribution and claims are decided.
 * {@code paragraphReason} says why its paragraph is not story text (heading, byline, dateline…), or is null.
 */
public record SentenceDraft(Sentence sentence, int paragraph, NonClaimReason paragraphReason) {
    /** Whether capitalised words here are names: story text, a byline's author, a dateline's place, a label. */
    public boolean trusted() {
        return paragraphReason == null || paragraphReason.namesAreTrusted();
    }
}
