package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Settings;
import org.newslint.testing.CaretFixture;
import org.newslint.text.Document;

/**
 * Who said each quotation, one fixture per clue of {@link SpeakerResolver}: the quotation is marked
 * {@code ^^^ quote CLUE} (the clue the resolver used) and its speaker {@code ^^^ speaker → NAME}.
 */
class SpeakersTest {
    private static final Analyzer ANALYZER =
            Analyzer.Config.builder().quoteModel(null).analyzer();

    static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        var trace = ANALYZER.trace(Document.of(f.text()), Settings.defaults(), () -> false);
        ArticleAnalysis a = trace.result();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            actual.add(f.describe(
                    "quote " + clueOf(trace.quoteCandidates(), i),
                    q.range().start(),
                    q.range().end()));
            if (q.speaker() != null) {
                actual.add(f.describe(
                        "speaker → " + q.speaker().displayName(),
                        q.speaker().range().start(),
                        q.speaker().range().end()));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(f.expected());
    }

    /** The clue of the statement quote {@code i} belongs to ("-" for a block quote, which is asked nothing). */
    private static String clueOf(List<QuoteCandidate> candidates, int i) {
        for (QuoteCandidate c : candidates) {
            if (c.first() <= i && i <= c.last()) {
                return c.clue().feature();
            }
        }
        return "-";
    }

    @Test
    void aCueInTheSentence() {
        check("""
                “We will rebuild the bridge,” Mayor Ana Berg said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                              ^^^^^^^^^^^^^^ speaker → Ana Berg""");
    }

    @Test
    void aSignatureAfterADash() {
        check("""
                “Nothing has been decided about the old station yet.” — Rosa Lind
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote dash
                                                                        ^^^^^^^^^ speaker → Rosa Lind""");
    }

    @Test
    void aClauseThatIntroducesTheQuoteWithAColon() {
        check("""
                Ana Berg was blunt: “The bridge is finished.”
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^ quote introducer
                ^^^^^^^^ speaker → Ana Berg""");
    }

    @Test
    void theSpeakerOpensTheNextSentence() {
        check("""
                “We are cautious.” Tomas Varga said the tests would take a month.
                ^^^^^^^^^^^^^^^^^^ quote next sentence
                                   ^^^^^^^^^^^ speaker → Tomas Varga""");
    }

    @Test
    void aQuoteOpeningASentenceAfterAnAttributedOne() {
        check("""
                Tomas Varga said the tests would take a month. “We are cautious about the results.”
                ^^^^^^^^^^^ speaker → Tomas Varga
                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote previous sentence""");
    }

    /** The speaker is marked twice under the first line: once for each quotation it says. */
    @Test
    void aQuoteOnlyParagraphContinuesTheQuoteBeforeIt() {
        check("""
                “We are cautious,” Tomas Varga said.
                ^^^^^^^^^^^^^^^^^^ quote cue
                                   ^^^^^^^^^^^ speaker → Tomas Varga
                                   ^^^^^^^^^^^ speaker → Tomas Varga

                “The results will take a month.”
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote continuation""");
    }

    @Test
    void aFragmentBelongsToTheSubjectOfItsSentence() {
        check("""
                Ana Berg unveiled a plan to end the “bridge fiasco” within a year.
                ^^^^^^^^ speaker → Ana Berg
                                                    ^^^^^^^^^^^^^^^ quote subject""");
    }

    @Test
    void aQuoteNobodyIsSaidToHaveSaidHasNoSpeaker() {
        check("""
                The council meets on Monday.

                “Nothing has been decided about the old station yet.”
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote none""");
    }
}
