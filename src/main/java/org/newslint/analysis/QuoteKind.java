package org.newslint.analysis;

/** Direct quotes stand alone, partial quotes are fragments woven into a sentence, block quotes are Markdown blocks. */
public enum QuoteKind {
    DIRECT, PARTIAL, BLOCK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
