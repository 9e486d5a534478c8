package org.newslint.analysis.model;

/**
 * Why a sentence counts as attributed: the kind of evidence, and the cue lemma when a word
 * carries it. {@link #label()} is the wording of the JSON {@code attributedBy} field.
 */
public record AttributedBy(Basis basis, String lemma) {
    /** The kinds of evidence, strongest first as the analysis tries them. */
    public enum Basis {
        /** A named source with this cue: "Kim said". */
        NAMED_SOURCE,
        /** The speaker of a quotation in the sentence. */
        QUOTE,
        /** A transcript's speaker label ("PENCE: …"). */
        SPEAKER_LABEL,
        /** "Experts say": attributed, to a source vague-source asks the writer to name. */
        VAGUE_SOURCE,
        /** A cue whose source is not found or not named ("who said"). */
        CUE_WITHOUT_NAMED_SOURCE,
        /** "It is believed that": someone's view, whom vague-source asks the writer to name. */
        AGENTLESS_PASSIVE,
        /** Quoted words: someone's, even when the speaker is named elsewhere. */
        QUOTATION,
        /** A word of the attribution-cue lexicon ("the poll showed"). */
        CUE_WORD,
        /** The paragraph an attributed sentence ending in a colon introduces. */
        INTRODUCED_BY_COLON,
        /** A headline quoting in single curly marks. */
        HEADLINE_QUOTATION
    }

    public static AttributedBy of(Basis basis) {
        return new AttributedBy(basis, null);
    }

    public String label() {
        return switch (basis) {
            case NAMED_SOURCE -> lemma;
            case QUOTE -> "quote";
            case SPEAKER_LABEL -> "speaker label";
            case VAGUE_SOURCE -> "vague source";
            case CUE_WITHOUT_NAMED_SOURCE -> "cue without a named source";
            case AGENTLESS_PASSIVE -> "agentless passive";
            case QUOTATION -> "quotation";
            case CUE_WORD -> "cue word: " + lemma;
            case INTRODUCED_BY_COLON -> "introduced by a colon";
            case HEADLINE_QUOTATION -> "headline quotation";
        };
    }

    /** A speaker the article names says the sentence, so its hedges and claims are that speaker's. */
    public boolean bySpeaker() {
        return basis == Basis.QUOTE || basis == Basis.SPEAKER_LABEL || basis == Basis.INTRODUCED_BY_COLON;
    }

    @Override
    public String toString() {
        return label();
    }
}
