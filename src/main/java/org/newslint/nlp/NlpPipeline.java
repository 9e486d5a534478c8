package org.newslint.nlp;

import java.util.List;
import org.newslint.text.TextRange;

/** Splits a paragraph into tagged sentences; the seam between the analysis and any NLP toolkit. */
public interface NlpPipeline {
    /**
     * @param text      the whole normalised prose text (offsets are into it)
     * @param paragraph the part of {@code text} to analyse
     */
    List<Sentence> sentences(String text, TextRange paragraph);

    /**
     * Says that a document of {@code paragraphs} paragraphs is about to be tagged, so a pipeline that
     * remembers paragraphs can hold them all (a cache smaller than one document never hits).
     */
    default void expectParagraphs(int paragraphs) {}
}
