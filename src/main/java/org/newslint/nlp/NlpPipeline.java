package org.newslint.nlp;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.newslint.text.TextRange;

/** Splits a paragraph into tagged sentences; the seam between the analysis and any NLP toolkit. */
public interface NlpPipeline {
    /**
     * @param text      the whole normalised prose text (offsets are into it)
     * @param paragraph the part of {@code text} to analyse
     */
    List<Sentence> sentences(String text, TextRange paragraph);

    /**
     * As {@link #sentences(String, TextRange)}, for a paragraph that replaces {@code earlier}, sentences of
     * {@code earlierText} (an edited paragraph's last version): a pipeline whose tokens for a sentence are a
     * function of that sentence's characters alone may answer a sentence with exactly the characters of one
     * of {@code earlier} with that sentence's tokens, shifted. The default tags afresh.
     */
    default List<Sentence> sentences(String text, TextRange paragraph, String earlierText, List<Sentence> earlier) {
        return sentences(text, paragraph);
    }

    /**
     * Says that a document of {@code paragraphs} paragraphs is about to be tagged, so a pipeline that
     * remembers paragraphs can hold them all (a cache smaller than one document never hits).
     */
    default void expectParagraphs(int paragraphs) {}

    /** From this many paragraphs to tag at once, they are tagged on every core (a long document's first analysis). */
    int PARALLEL_FROM = 128;

    /**
     * The sentences of several parts of {@code text}, in order, as {@link #sentences(String, TextRange)}
     * gives them one by one; from {@link #PARALLEL_FROM} parts on they are tagged in parallel (the result
     * is the same: each part is tagged on its own).
     *
     * @throws CancellationException when {@code cancelled} turns true between parts
     */
    default List<List<Sentence>> sentences(String text, List<TextRange> parts, BooleanSupplier cancelled) {
        return inOrder(parts, part -> sentences(text, part), cancelled);
    }

    /** {@code tag} applied to every part, in parallel from {@link #PARALLEL_FROM} parts on; results in order. */
    static <T> List<List<Sentence>> inOrder(List<T> parts, Function<T, List<Sentence>> tag, BooleanSupplier cancelled) {
        Function<T, List<Sentence>> checked = part -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("superseded");
            }
            return tag.apply(part);
        };
        return parts.size() >= PARALLEL_FROM
                ? parts.parallelStream().map(checked).toList()
                : parts.stream().map(checked).toList();
    }
}
