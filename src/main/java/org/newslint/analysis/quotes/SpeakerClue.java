package org.newslint.analysis.quotes;

/**
 * How a quotation's speaker was found, in the order {@link SpeakerResolver} tries the clues. It is
 * also a feature of the quote model, so {@link #feature()} must stay the word the model was trained on.
 */
public enum SpeakerClue {
    /** A reporting cue with its source in a sentence the quotation touches. */
    CUE("cue"),
    /** "“…” — Dr. Ahmed Saleh": a signed quotation. */
    DASH("dash"),
    /** "Limbaugh continued: “…”", "“…,” he continued.": a clause with no reporting verb introduces or closes it. */
    INTRODUCER("introducer"),
    /** "“We are cautious.” Saleh said the data …" */
    NEXT_SENTENCE("next sentence"),
    /** A block quote or paragraph-opening quote introduced by "Haddad said at the meeting:". */
    COLON_PARAGRAPH("colon paragraph"),
    /** "Sanders made the following comment:": the subject of the introducing sentence. */
    COLON_SUBJECT("colon subject"),
    /** The quote opens a sentence right after one attributed to a named source. */
    PREVIOUS_SENTENCE("previous sentence"),
    /** The previous quote of the paragraph, or of the paragraph before a quote-only paragraph. */
    CONTINUATION("continuation"),
    /** A partial quote belongs to the subject of its sentence. */
    SUBJECT("subject"),
    /** A transcript's speaker label ("PENCE: …"). */
    LABEL("label"),
    /** No clue: the article does not say who said it. */
    NONE("none");

    private final String feature;

    SpeakerClue(String feature) {
        this.feature = feature;
    }

    public String feature() {
        return feature;
    }

    /** Clues that make a quotation someone's by its layout, whatever the quote model thinks. */
    public boolean byLayout() {
        return this == DASH || this == LABEL;
    }
}
