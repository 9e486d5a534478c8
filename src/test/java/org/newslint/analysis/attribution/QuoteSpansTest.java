package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.testing.CaretFixture;
import org.newslint.text.TextRange;

/** Which offsets are quoted: the runs of offsets {@link Attributor#insideQuote} answers yes for, marked {@code ^^^ quoted}. */
class QuoteSpansTest {
    private static void check(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        assertThat(runs(stage.fixture, stage.attributor::insideQuote))
                .containsExactlyElementsOf(stage.fixture.expected());
    }

    private static List<String> runs(CaretFixture f, java.util.function.IntPredicate quoted) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= f.text().length(); i++) {
            boolean in = i < f.text().length() && quoted.test(i);
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                runs.add(f.describe("quoted", start, i));
                start = -1;
            }
        }
        return runs;
    }

    /** The content between the marks is quoted; the marks themselves are not. */
    @Test
    void theContentOfEachQuotationIsQuoted() {
        check("""
                “We cannot afford it,” said Maria Jensen, and Tomas Varga called it “a disgrace.”
                 ^^^^^^^^^^^^^^^^^^^^ quoted
                                                                                     ^^^^^^^^^^^ quoted""");
    }

    @Test
    void aQuotationAcrossSentencesIsQuotedThroughout() {
        check("""
                “The dam will hold. The town knows it.” Nobody doubts it.
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quoted""");
    }

    @Test
    void textWithoutQuotationMarksHasNothingQuoted() {
        check("""
                The dam will hold, Maria Jensen said.""");
    }

    /** An offset inside a long quotation stays quoted after a shorter one nested in it ends: the running maximum. */
    @Test
    void nestedAndOverlappingRangesAreQuotedToTheFurthestEnd() {
        QuoteSpans spans = new QuoteSpans(List.of(new TextRange(20, 25), new TextRange(2, 12), new TextRange(4, 6)));
        CaretFixture f = CaretFixture.parse("""
                0123456789012345678901234567
                  ^^^^^^^^^^ quoted
                                    ^^^^^ quoted""");
        assertThat(runs(f, spans::insideQuote)).containsExactlyElementsOf(f.expected());
    }

    @Test
    void noQuotationsMeansNothingIsQuoted() {
        QuoteSpans spans = new QuoteSpans(List.of());
        assertThat(spans.insideQuote(0)).isFalse();
        assertThat(spans.insideQuote(100)).isFalse();
    }

    @Test
    void noneInsideAStretchIsEveryOffsetOfItOutside() {
        java.util.Random random = new java.util.Random(3);
        int none = 0;
        int said = 0;
        for (int round = 0; round < 300; round++) {
            List<TextRange> contents = new ArrayList<>();
            for (int q = random.nextInt(5); q > 0; q--) {
                int start = random.nextInt(60);
                contents.add(new TextRange(start, start + random.nextInt(12)));
            }
            for (int ask = 0; ask < 20; ask++) {
                int from = random.nextInt(70);
                int to = from + random.nextInt(15);
                QuoteSpans one = new QuoteSpans(contents);
                boolean allOutside = true;
                for (int o = from; o <= to; o++) {
                    allOutside &= !one.insideQuote(o);
                }
                boolean answer = new QuoteSpans(contents).noneInside(from, to);
                if (answer) {
                    assertThat(allOutside).as("%s, %d..%d", contents, from, to).isTrue();
                    said++;
                }
                none += allOutside ? 1 : 0;
            }
        }
        assertThat(said)
                .as("stretches with nothing quoted that one lookup clears")
                .isGreaterThan(none * 9 / 10);
    }
}
