package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;
import org.newslint.text.TextRange;

/**
 * Why a sentence that names nobody is still attributed ({@code ^^^ AttributedBy label}), or that it
 * is not ({@code ^^^ unattributed}); and the quote-span index every cue and source search consults.
 */
class UnnamedAttributionTest {
    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = Fixtures.analyze(f.text());
        List<String> actual = new ArrayList<>();
        for (SentenceInfo s : a.sentences()) {
            actual.add(f.describe(
                    s.attributed() ? s.attributedBy().label() : "unattributed",
                    s.range().start(),
                    s.range().end()));
        }
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    @Test
    void aVagueSourceAttributesTheSentenceToSomeoneUnnamed() {
        check("""
                Critics say the bridge should never have opened.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague source""");
    }

    @Test
    void aCueWhoseSourceIsNotNamed() {
        check("""
                Said to be unsafe, the bridge closed.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue without a named source""");
    }

    @Test
    void aWordOfTheAttributionCueLexicon() {
        check("""
                There are growing doubts about the bridge.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue word: doubt""");
    }

    @Test
    void aWritersOwnStatementIsUnattributed() {
        check("""
                The bridge has been closed since the flood.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed""");
    }

    @Test
    void quoteSpansAnswerWhetherAnOffsetIsQuoted() {
        QuoteSpans spans = new QuoteSpans(List.of(new TextRange(30, 40), new TextRange(5, 50), new TextRange(60, 61)));
        assertThat(spans.insideQuote(4)).isFalse();
        assertThat(spans.insideQuote(5)).isTrue();
        assertThat(spans.insideQuote(45))
                .as("inside the long quote that starts earlier")
                .isTrue();
        assertThat(spans.insideQuote(50)).as("end is exclusive").isFalse();
        assertThat(spans.insideQuote(60)).isTrue();
        assertThat(new QuoteSpans(List.of()).insideQuote(0)).isFalse();
    }
}
