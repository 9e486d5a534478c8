package org.newslint.analysis.model;

/**
 * Direct quotes stand alone, partial quotes are fragments woven into a sentence, block quotes are
 * Markdown blocks; terms are quoted words nobody is said to have said (a scare quote, a title, a
 * word used as a word), with no speaker and no statement.
 */
public enum QuoteKind {
    DIRECT,
    PARTIAL,
    BLOCK,
    TERM;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
