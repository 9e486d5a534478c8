package org.newslint.analysis;

import org.newslint.nlp.Sentence;

/** A tagged sentence with where it sits, before attribution and claims are decided. */
record SentenceDraft(Sentence sentence, int paragraph, boolean trusted) {
}
