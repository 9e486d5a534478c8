package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.testing.CaretFixture;
import org.newslint.text.Document;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Quotations found by their marks alone: {@code ^^^ quote} (closed), {@code ^^^ unclosed},
 * {@code ^^^ block}, {@code ^^^ nested} inside a quotation and {@code ^^^ stray} for a closing mark
 * that closes nothing.
 */
class QuoteFinderTest {
    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        QuoteFinder.Result r = QuoteFinder.find(Prose.of(Document.of(f.text())));
        List<String> actual = new ArrayList<>();
        for (QuoteFinder.RawQuote q : r.quotes()) {
            String kind = q.block() ? "block" : q.closed() ? "quote" : "unclosed";
            actual.add(f.describe(kind, q.range().start(), q.range().end()));
            for (TextRange n : q.nested()) {
                actual.add(f.describe("nested", n.start(), n.end()));
            }
        }
        for (TextRange s : r.strayClosers()) {
            actual.add(f.describe("stray", s.start(), s.end()));
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(f.expected());
    }

    @Test
    void curlyAndStraightQuotationMarks() {
        check("""
                “We will rebuild,” she said, and he called it "a fiasco".
                ^^^^^^^^^^^^^^^^^^ quote
                                                              ^^^^^^^^^^ quote""");
    }

    @Test
    void aQuotationInsideAQuotation() {
        check("""
                “She told me ‘never again’ and left,” he said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                             ^^^^^^^^^^^^^ nested""");
    }

    @Test
    void anUnclosedQuotationEndsWithItsParagraph() {
        check("""
                “We will rebuild the bridge, she said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unclosed
                The council met on Monday.""");
    }

    @Test
    void aClosingMarkThatClosesNothingIsStray() {
        check("""
                The council met on Monday.” Nobody came.
                                          ^ stray""");
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        check("""
                The council’s plan isn’t ready, the mayor’s aide said.""");
    }
}
