package org.newslint.analysis.model;

/**
 * How a statement is reported: {@code DIRECT}, the speaker's words in quotation marks and nothing
 * else ("“We will win,” she said"); {@code PARTIAL}, reported speech with some of the speaker's words
 * quoted ("said the plan was “a disaster” for workers"); {@code INDIRECT}, reported speech without
 * quotation marks ("The minister said the plan would cost $2 billion", "according to the police, …").
 */
public enum StatementKind {
    DIRECT,
    PARTIAL,
    INDIRECT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the speaker's own words are quoted (direct or partial), not only reported. */
    public boolean quoted() {
        return this != INDIRECT;
    }
}
