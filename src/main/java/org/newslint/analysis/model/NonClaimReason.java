package org.newslint.analysis.model;

/**
 * Why a sentence is not a claim to check: its paragraph is not story text (a heading, a byline),
 * or the sentence asserts nothing the writer owns (a question, a quotation, a first-person view).
 * {@link #label()} is the wording reports and the JSON {@code nonClaimReason} field use.
 */
public enum NonClaimReason {
    HEADING("heading"),
    BYLINE("byline"),
    DATELINE("dateline"),
    BOILERPLATE("boilerplate"),
    /** "Read Next:", "Related:": a short paragraph that introduces a link or list. */
    LABEL("label"),
    QUESTION("question"),
    /** "Readers can filter them with a command such as:" */
    INTRODUCTION("introduction"),
    NO_VERB("no verb"),
    QUOTATION("quotation"),
    OPINION("opinion"),
    FIRST_PERSON("first person"),
    /** "The company declined to comment." */
    NO_COMMENT("no comment");

    private final String label;

    NonClaimReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reasons of the sentence's voice, which the check-worthiness model may overrule; the others are final. */
    public boolean modelMayOverrule() {
        return this == FIRST_PERSON || this == OPINION;
    }

    /** Reasons a paragraph gets whose names are still real mentions (a byline's author, a dateline's place). */
    public boolean namesAreTrusted() {
        return this == LABEL || this == BYLINE || this == DATELINE;
    }
}
