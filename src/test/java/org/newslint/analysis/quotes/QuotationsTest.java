package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.testing.CaretFixture;

/**
 * The quote stage as a whole: what the quote model is asked about. Each statement it is asked
 * about is marked with the clue that found its speaker and how many quotations share it; titles
 * in quotation marks and block quotes are never asked about.
 */
class QuotationsTest {
    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        check(f, StageInput.of(f.text()));
    }

    private static void checkMarkdown(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        check(f, StageInput.ofMarkdown(f.text()));
    }

    private static void check(CaretFixture f, StageInput in) {
        List<CaretFixture.Mark> actual = new ArrayList<>();
        for (QuoteCandidate c : in.quotations().candidates()) {
            actual.add(new CaretFixture.Mark(
                    c.statement().start(),
                    c.statement().end(),
                    c.clue().feature() + " x" + (c.last() - c.first() + 1)));
        }
        Carets.assertMarks(f, actual);
    }

    @Test
    void fragmentsOfOneStatementAreAskedAboutOnce() {
        check("""
                Tom Reyes called the mayor a "poor planner," a "spendthrift" and "careless" at the rally.
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ subject x3
                “We will rebuild,” Ana Berg said, “and we will do it by spring.”
                ^^^^^^^^^^^^^^^^^^ cue x1
                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue x1""");
    }

    @Test
    void titlesInQuotationMarksAreLeftOut() {
        check("""
                Ana Berg watched “Shark Tank” and read “The Lyndale Ledger” on the train.
                She called the show “a lesson in greed” on Monday.
                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ subject x1""");
    }

    @Test
    void aTranscriptLabelGivesTheSpeaker() {
        check("""
                WALLACE: Will the governor attend the debate?
                PENCE: “We will not be there,” and that is final.
                       ^^^^^^^^^^^^^^^^^^^^^^^ label x1""");
    }

    @Test
    void blockQuotesAreNeverAskedAbout() {
        checkMarkdown("""
                Councillor Omar Haddad said at the meeting:

                > Nobody wants to close the libraries of this town.

                “We have no other choice,” he said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^ cue x1
                """);
    }
}
