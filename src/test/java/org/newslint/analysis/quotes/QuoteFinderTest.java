package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.testing.CaretFixture;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Quotations by their marks alone: each quotation is marked {@code quote} (closed), {@code unclosed}
 * or {@code block}, a quotation inside one {@code nested}, and a closing mark that closes nothing {@code stray}.
 */
class QuoteFinderTest {
    private static void check(String annotated) {
        check(annotated, DocumentFormat.PLAIN_TEXT);
    }

    private static void check(String annotated, DocumentFormat format) {
        CaretFixture f = CaretFixture.parse(annotated);
        QuoteFinder.Result found = QuoteFinder.find(Prose.of(new Document("file:///t", 1, f.text(), format)));
        List<CaretFixture.Mark> actual = new ArrayList<>();
        for (QuoteFinder.RawQuote q : found.quotes()) {
            actual.add(mark(q.range(), q.block() ? "block" : q.closed() ? "quote" : "unclosed"));
            for (TextRange n : q.nested()) {
                actual.add(mark(n, "nested"));
            }
        }
        for (TextRange s : found.strayClosers()) {
            actual.add(mark(s, "stray"));
        }
        Carets.assertMarks(f, actual);
    }

    private static CaretFixture.Mark mark(TextRange r, String label) {
        return new CaretFixture.Mark(r.start(), r.end(), label);
    }

    @Test
    void curlyAndStraightMarks() {
        check("""
                “We will rebuild the bridge,” Mayor Ana Berg said. She called it "a promise."
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                                                                                 ^^^^^^^^^^^^ quote
                Councillor Piet Vos said the plan was “too slow” and “far too costly.”
                                                      ^^^^^^^^^^ quote
                                                                     ^^^^^^^^^^^^^^^^^ quote""");
    }

    @Test
    void apostrophesInchMarksAndSingleQuotes() {
        check("""
                The mayor's brother, 6'2", played rock 'n' roll hits from the '90s.
                Her aide said 'we are not finished yet' and left.
                              ^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                Nobody at Lyndale’s council said 'no'.""");
    }

    @Test
    void quotationsInsideQuotations() {
        check("""
                “Patients ask me, ‘Is this the one that works?’ every day,” said Dr. Amal Okafor.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ nested
                “He called it “a disaster” twice,” Ana Berg said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                              ^^^^^^^^^^^^ nested
                “He said "no" to me,” Ana Berg said.
                ^^^^^^^^^^^^^^^^^^^^^ quote
                         ^^^^ nested""");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraph() {
        check("""
                Leo Hart said they would "reach out to every party.
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^ unclosed
                The vote is on Monday.""");
    }

    @Test
    void aSecondOpeningMarkLeavesTheFirstQuoteUnclosed() {
        check("""
                Leo Hart said “we will wait and then “we will vote,” he added.
                              ^^^^^^^^^^^^^^^^^^^^^^ unclosed
                                                     ^^^^^^^^^^^^^^^ quote""");
    }

    @Test
    void closingMarksThatCloseNothingAreStray() {
        check("""
                The council said it would wait." The vote is on Monday.
                                               ^ stray
                Berg said no.” Then she left.
                             ^ stray""");
    }

    @Test
    void marksTurnedTheWrongWayAreReadByTheirPlace() {
        check("""
                ”Fear. I am truly afraid that he will win.” ― Edwin Varga
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                Sanders said: “The real rate is 51 percent.“
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                The figure was disputed.""");
    }

    @Test
    void aParagraphReopeningTheQuoteContinuesIt() {
        // the carets run on past the first paragraph: one quotation over two
        check("""
                Ana Ruiz said the strike would go on. “We were told to wait.
                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                “If they think we will give up, they do not know us.”
                The company said nothing.""");
    }

    @Test
    void paragraphsReopeningAQuoteNoneClosesAreOneQuoteEach() {
        check("""
                "WALLACE: Will she be there?
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unclosed
                "PENCE: She will not be attending.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unclosed
                The debate is on Friday.""");
    }

    @Test
    void onlyTheOpeningStyleReopensAQuote() {
        check("""
                "Kevin was snoring.
                ^^^^^^^^^^^^^^^^^^^ unclosed
                “Here he is, babe,” she said.
                ^^^^^^^^^^^^^^^^^^^ quote""");
    }

    @Test
    void markdownBlockQuotes() {
        check("""
                Councillor Omar Haddad said at the meeting:

                > Nobody wants to close libraries. We have 'no other choice' now.
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ block
                                                           ^^^^^^^^^^^^^^^^^ nested

                > “We tried,” he said.
                  ^^^^^^^^^^^ block
                """, DocumentFormat.MARKDOWN);
    }

    @Test
    void singleQuotesPairAroundTwoWordsOrMore() {
        check("""
                The sign read ‘we can’t wait any longer’ in red letters.
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^ quote
                Her aide ('not now, not ever') walked out.
                          ^^^^^^^^^^^^^^^^^^^ quote
                He said 'no' and 'never again' twice.
                                 ^^^^^^^^^^^^^ quote""");
    }
}
