package org.newslint.analysis.model;

/** What makes a sentence checkable; ordered from most to least specific. */
public enum ClaimKind {
    NUMBER("a figure", "Who is the source for this figure?"),
    SUPERLATIVE("a superlative", "Who says so? Superlatives such as “first” or “largest” need a source."),
    CAUSAL("a causal claim", "Who established this cause? Causal claims need a source."),
    ASSERTION("a factual assertion", "Who is the source for this statement?");

    private final String description;
    private final String question;

    ClaimKind(String description, String question) {
        this.description = description;
        this.question = question;
    }

    public String description() {
        return description;
    }

    public String question() {
        return question;
    }
}
