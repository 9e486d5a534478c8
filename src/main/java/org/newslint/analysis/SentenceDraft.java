package org.newslint.analysis;

import org.newslint.nlp.Sentence;

/**
 * A tagged sentence with where it sits, before attribution and claims are decided.
 * {@code paragraphReason} says why its paragraph is not story text (heading, byline, dateline…), or is null.
 */
record SentenceDraft(Sentence sentence, int paragraph, boolean trusted, String paragraphReason) {
}
