package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.rules.RuleFixtures.checkMessages;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;

/**
 * quote-without-speaker over caret fixtures: closed statements nobody is said to have said, but not
 * terms, scare quotes or partial quotes of one or two words.
 */
class QuoteWithoutSpeakerTest {
    private static void check(String annotated) {
        Fixtures.checkFindings(annotated, QuoteWithoutSpeaker.ID);
    }

    /**
     * The rule alone on the fixture's quotes, each made a speakerless quote of {@code kind} (closed as
     * found), so its own filter is pinned whatever the quote model would have called them.
     */
    private static void checkAs(QuoteKind kind, String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = Fixtures.analyze(f.text());
        List<Quote> quotes = a.quotes().stream()
                .map(q -> new Quote(q.range(), q.content(), kind, q.closed(), q.nested(), null, null))
                .toList();
        ArticleAnalysis forced = new ArticleAnalysis(
                a.document(),
                a.prose(),
                a.sentences(),
                quotes,
                a.entities(),
                List.of(),
                a.strayQuoteMarks(),
                a.limitNote());
        List<String> actual = new QuoteWithoutSpeaker()
                .check(new RuleContext(forced, Settings.defaults())).stream()
                        .map(x -> f.describe(
                                x.rule(), x.range().start(), x.range().end()))
                        .toList();
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    @Test
    void speakerlessStatements() {
        check("""
                The ferry was late again on Monday.
                "This ferry is a floating ruin and everyone in Tovik knows it."
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote-without-speaker
                The ferry was "late again and again, as it always is in winter."
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote-without-speaker
                The ferry was "a disgrace" and "a danger to all of us".
                                               ^^^^^^^^^^^^^^^^^^^^^^^ quote-without-speaker""");
    }

    /** Spoken quotes, terms and scare quotes, and a quote left open (unbalanced-quote's). */
    @Test
    void attributedTermsAndOpenQuotes() {
        check("""
                The ferry was "a floating ruin," Oda Lunde said.
                "The ferry is late again," Oda Lunde said, "and nobody tells us why."
                The so-called "express" ferry took four hours.
                The ferry was "very late" again.
                Passengers described the ferry as "a disgrace".
                "The ferry is late again and nobody tells us why.""");
    }

    /** Partial quotes of one or two words are skipped, longer ones are not; direct quotes never are. */
    @Test
    void theLengthOfAPartialQuote() {
        checkAs(QuoteKind.PARTIAL, """
                The ferry was "unsafe" again.
                The ferry was "unsafe, slow" again.
                The ferry was "unsafe, slow, late" again.
                              ^^^^^^^^^^^^^^^^^^^^ quote-without-speaker""");
        checkAs(QuoteKind.DIRECT, """
                The ferry was "unsafe" again.
                              ^^^^^^^^ quote-without-speaker""");
        checkAs(QuoteKind.TERM, """
                The ferry was "unsafe, slow, late" again.""");
    }

    @Test
    void message() {
        checkMessages(QuoteWithoutSpeaker.ID, """
                "This ferry is a floating ruin and everyone in Tovik knows it."
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WARNING Quote without a speaker: who said “This ferry is a floating ruin and every…”? Name the speaker.
                The ferry was "a danger to all of us".
                              ^^^^^^^^^^^^^^^^^^^^^^^ WARNING Quote without a speaker: who said “a danger to all of us”? Name the speaker.""");
    }

    @Test
    void theRuleIsAWarningByDefault() {
        QuoteWithoutSpeaker rule = new QuoteWithoutSpeaker();
        assertThat(rule.id()).isEqualTo("quote-without-speaker");
        assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(rule.description()).isEqualTo("A quotation with no speaker: say who said it.");
    }
}
