package org.newslint.rules;

import org.newslint.analysis.model.Severity;
import org.newslint.text.TextRange;

/**
 * What a {@link SentenceLocal} rule says about one sentence, from the sentence alone: a finding in
 * the making (its range, default severity and message) and the document-level test it still has to
 * pass ({@link Condition}), which the rule applies on every analysis because it reads more than the
 * sentence. Offsets are relative to the sentence's window while remembered, absolute once placed.
 *
 * @param about the range the condition is about (the source of {@link Condition#UNLESS_PARAGRAPH_NAMES_A_PERSON}), or null
 */
record LocalFinding(TextRange range, Severity severity, String message, Condition condition, TextRange about) {
    /** The document-level test a finding still has to pass. */
    enum Condition {
        /** None: the sentence decides. */
        NONE,
        /** Only outside quotations (the quoted speaker's words are theirs). */
        OUTSIDE_QUOTES,
        /** Only when the paragraph names no person by name outside {@code about}. */
        UNLESS_PARAGRAPH_NAMES_A_PERSON
    }

    LocalFinding(TextRange range, Severity severity, String message, Condition condition) {
        this(range, severity, message, condition, null);
    }

    LocalFinding shifted(int by) {
        return new LocalFinding(
                LocalSentence.shift(range, by),
                severity,
                message,
                condition,
                about == null ? null : LocalSentence.shift(about, by));
    }
}
