package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Source;
import org.newslint.testing.CaretFixture;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.Prose;

/** Transcript speaker labels, marked {@code ^^^ label N} with the index of the paragraph they open. */
class SpeakerLabelsTest {
    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        Prose prose = Prose.of(new Document("file:///fixture.txt", 1, f.text(), DocumentFormat.PLAIN_TEXT));
        Map<Integer, Source> labels = SpeakerLabels.find(prose);
        assertThat(labels.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> f.describe(
                                "label " + e.getKey(),
                                e.getValue().range().start(),
                                e.getValue().range().end()))
                        .toList())
                .containsExactlyElementsOf(f.expected());
    }

    @Test
    void aCapitalisedNameAndAColonOpenALabelledParagraph() {
        check("""
                JENSEN: The dam will hold for another century.
                ^^^^^^ label 0

                MARIA JENSEN: We inspected it in May.
                ^^^^^^^^^^^^ label 1

                O'NEILL-VARGA: Nobody told us.
                ^^^^^^^^^^^^^ label 2""");
    }

    @Test
    void anOpeningQuotationMarkMayComeFirst() {
        check("""
                “JENSEN: The dam will hold.”
                 ^^^^^^ label 0""");
    }

    /** Mixed case, more than three words, a single letter or nothing after the colon: no label. */
    @Test
    void otherColonsAreNoLabels() {
        check("""
                Jensen: The dam will hold.

                THE MAYOR OF LYNDALE TOWN: The dam will hold.

                Q: Will the dam hold?

                NOTE:

                The dam will hold: JENSEN said so.""");
    }
}
