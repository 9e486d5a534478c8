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
}
