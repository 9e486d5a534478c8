package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Quote;
import org.newslint.testing.CaretFixture;

/**
 * The reported statement each quotation belongs to (PolNeAR's Content), as the statement rules
 * set it before the quote model is asked: the carets mark each statement once, however many
 * quotations share it; a quotation with no statement (a term or scare quote) is marked {@code term}.
 */
class StatementSpansTest {
    private static void check(String annotated) {
        check(
                CaretFixture.parse(annotated),
                StageInput.of(CaretFixture.parse(annotated).text()));
    }

    private static void checkMarkdown(String annotated) {
        check(
                CaretFixture.parse(annotated),
                StageInput.ofMarkdown(CaretFixture.parse(annotated).text()));
    }

    private static void check(CaretFixture f, StageInput in) {
        Set<CaretFixture.Mark> actual = new LinkedHashSet<>();
        for (Quote q : in.quotations().quotes()) {
            actual.add(
                    q.statement() == null
                            ? new CaretFixture.Mark(q.range().start(), q.range().end(), "term")
                            : new CaretFixture.Mark(
                                    q.statement().start(), q.statement().end(), "statement"));
        }
        Carets.assertMarks(f, new ArrayList<>(actual));
    }

    @Test
    void standingAloneAfterAColonOrOpeningItsSentence() {
        check("""
                Ana Berg said: “The fee is far too high.”
                               ^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                “We will fight it,” she said.
                ^^^^^^^^^^^^^^^^^^^ statement
                “The fee is unfair,” Councillor Piet Vos, a Green, said on Monday.
                ^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void aBlockQuoteIsItsOwnStatement() {
        checkMarkdown("""
                Councillor Omar Haddad said at the meeting:

                > Nobody wants to close libraries, he said.
                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                """);
    }

    @Test
    void beforeATrailingCueTheClauseFromItsSentenceStart() {
        check("""
                The new depot is “a waste of money” for the town, Ana Berg said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                (The toll is “plainly unfair” to drivers, Berg said.)
                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                The plan was “a gift to developers” in the 2019 budget, said Tom Reyes.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void aClauseBetweenTheFragmentAndTheTrailingCueKeepsItApart() {
        // "opened" makes "once the bridge opened," a clause, not a phrase the cue attributes: the start is unknown
        check("""
                The fee was “fair to nobody” once the bridge opened, Tom Reyes said.
                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
        // a stance cue after the fragment ("rejecting") is the nearest: the clause before it is the statement
        check("""
                Berg called the fee “fair to nobody” on Monday, rejecting the plan, Tom Reyes said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void aDanglingConjunctionBeforeTheNextCueIsTrimmed() {
        check("""
                The fee is “too high” and Berg said so.
                           ^^^^^^^^^^ statement""");
    }

    @Test
    void afterACueTheComplementFromThatOrTheFirstWord() {
        check("""
                Ana Berg told reporters that the fee was “far too high” for drivers.
                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Tom Reyes said the depot would be “a waste of money” for years.
                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                According to Ana Berg, the toll is “plainly unfair” to drivers.
                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void theListenersOfATellingVerbAreLeftOut() {
        check("""
                Berg told voters on Monday she would call it a “grave error” if the toll passed.
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg warned the council it was “a grave error” to pass the toll.
                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void aFragmentInASecondConjunctStartsAtThatConjunct() {
        check("""
                Tom Reyes said the depot was “too big” and urged the council to “start again” next year.
                               ^^^^^^^^^^^^^^^^^^^^^^^ statement
                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void withoutACueTheVerbTheSpeakerGoverns() {
        check("""
                Governor Ann Cole called the toll “a tax on the poor” at the rally.
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Governor Ann Cole made the point while showing support for the “rural fund” plan.
                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                The Ledger ran a check on Ann Cole’s claim that there are “thousands of empty homes” in Lyndale.
                                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void withNoCueOrSpeakerBeforeItFromTheQuotationToItsClauseEnd() {
        check("""
                A driver who “pays the fee twice over” is punished; the others are not.
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void theClauseEndsAtASemicolonADashOrAFurtherCue() {
        check("""
                Berg said the toll was “a tax on the poor” in her view; the mayor disagreed.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was “a tax on the poor” in her view -- the mayor disagreed.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was “a tax on the poor” in her view - the mayor disagreed.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was “a tax on the poor” in her view — the mayor disagreed.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was “a tax on the poor” in her view, Reyes said.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void theClauseEndsAtASecondPredicateButNotAtABareVerb() {
        check("""
                Berg said the toll was “a tax on the poor” and walked out of the hall.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the council would “scrap the toll” and refund every driver by May.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void theClauseEndsAtAnAsideAfterAComma() {
        check("""
                Berg said the toll was “a tax on the poor” at heart, which the mayor denies.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was “a tax on the poor” at heart, although she pays it.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was “a tax on the poor” at heart, a jab at the mayor.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was “a tax on the poor” at heart, leaving the hall early.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was “a tax on the poor” at heart, openly mocking the mayor.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg said the toll was only “temporary,” meaning it would end in May.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
        // pinned, not endorsed: the tagger reads "citing" as an adjective here, so the aside runs on
        check("""
                Berg said the toll was “a tax on the poor” at heart, citing new figures.
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void aSmallClauseWithoutAVerbEndsWithItsLastListedQuotation() {
        check("""
                Tom Reyes called the mayor a "poor planner," a "spendthrift" and "careless" at the rally.
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void aThatClauseSetOffByACommaStillHoldsTheQuotation() {
        check("""
                Berg said that if the bridge closes, “the whole valley is cut off from the coast.”
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement
                Berg added, “The whole valley is cut off from the coast.”
                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }

    @Test
    void aShortFragmentNobodySaidIsATerm() {
        check("""
                The so-called “rural fund” was never paid out.
                              ^^^^^^^^^^^^ term
                The fund paid for “rural roads and bridges” in the valley.
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ statement""");
    }
}
