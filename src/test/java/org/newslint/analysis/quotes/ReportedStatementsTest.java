package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Statement;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;

/**
 * Every statement of an article with its kind and speaker, quoted or reported: the statement is marked
 * {@code ^^^ KIND} (direct, partial, indirect) and its speaker {@code ^^^ speaker → NAME} (the resolved
 * name). The shipped analysis runs, quote model included, as the editor sees it.
 */
class ReportedStatementsTest {
    static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = Fixtures.analyze(f.text());
        List<CaretFixture.Mark> actual = new ArrayList<>();
        for (Statement s : a.statements()) {
            actual.add(new CaretFixture.Mark(
                    s.range().start(), s.range().end(), s.kind().label()));
            if (s.speaker() != null) {
                actual.add(new CaretFixture.Mark(
                        s.speaker().range().start(), s.speaker().range().end(), "speaker → " + s.speakerName()));
            }
        }
        Carets.assertMarks(f, actual);
    }

    @Test
    void theComplementOfASpeechVerb() {
        check("""
                The minister said the plan would cost $2 billion.
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ indirect
                ^^^^^^^^^^^^ speaker → The minister""");
    }

    @Test
    void thatIsKeptAndTheListenerOfTellIsNot() {
        check("""
                Mayor Ana Berg told council members that the bridge would reopen in May.
                                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ indirect
                ^^^^^^^^^^^^^^ speaker → Ana Berg""");
    }

    @Test
    void theClauseBeforeATrailingAttribution() {
        check("""
                The bridge will reopen in May, the city said on Tuesday.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ indirect
                                               ^^^^^^^^ speaker → the city""");
    }

    @Test
    void accordingToBeforeAndAfterItsStatement() {
        check("""
                According to the police, the driver was not injured. The road was closed for hours, according to the city.
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^ indirect
                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ indirect
                             ^^^^^^^^^^ speaker → the police
                                                                                                                 ^^^^^^^^ speaker → the city""");
    }

    @Test
    void aBeliefOrAnActionIsNotAStatement() {
        check("""
                The minister believes the plan will work. The company added 300 jobs last year.""");
    }

    @Test
    void directPartialAndReportedAreToldApart() {
        check("""
                “We will rebuild the bridge,” Mayor Ana Berg said. She said the cost was “a bargain” for the city. She said repairs would start soon.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ direct
                                              ^^^^^^^^^^^^^^ speaker → Ana Berg
                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ partial
                                                                   ^^^ speaker → Ana Berg
                                                                                                                            ^^^^^^^^^^^^^^^^^^^^^^^^ indirect
                                                                                                                   ^^^ speaker → Ana Berg""");
    }

    @Test
    void aLongTitleBeforeTheNameIsKeptWhole() {
        check("""
                “The evidence is clear,” says Heart and Stroke senior manager Erin Kim.
                ^^^^^^^^^^^^^^^^^^^^^^^^ direct
                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ speaker → Erin Kim""");
    }

    @Test
    void theSubjectOfTheReportedClauseIsNotTheSpeaker() {
        check("""
                Freeland says Canada has asked the United States to “reconsider the tariffs.”
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ partial
                ^^^^^^^^ speaker → Freeland""");
    }

    @Test
    void aQuotationClosedBySpeakerAndSpeechVerbIsNeverATerm() {
        check("""
                Asked about the audit, the chief executive was brief.
                “Absolutely not,” Ellison said.
                ^^^^^^^^^^^^^^^^^ direct
                                  ^^^^^^^ speaker → Ellison""");
    }

    @Test
    void aReadMoreLinkLineIsNotAQuote() {
        check("""
                The arena will stay open, the team said.
                ^^^^^^^^^^^^^^^^^^^^^^^^ indirect
                                          ^^^^^^^^ speaker → the team

                READ MORE: ‘We are not going anywhere’: Oilers fans rally""");
    }

    @Test
    void heWroteIsTheManLastSpeakingAcrossParagraphs() {
        check("""
                Mayor John Tory spoke first at the meeting on Tuesday.

                Councillor Mike Layton disagreed. “This plan leaves out the suburbs,” Layton said.
                                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ direct
                                                                                      ^^^^^^ speaker → Mike Layton

                “We can do better than this,” he wrote.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ direct
                                              ^^ speaker → Mike Layton""");
    }
}
