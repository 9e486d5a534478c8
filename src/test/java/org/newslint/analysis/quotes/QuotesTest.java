package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.testing.Fixtures.analyze;
import static org.newslint.testing.Fixtures.analyzeMarkdown;
import static org.newslint.testing.Fixtures.checkQuote;

import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;

class QuotesTest {
    @Test
    void speakerBeforeOrAfterTheCue() {
        checkQuote("“We will not back down,” Maria Lopez said.", "back down", "Maria Lopez");
        checkQuote("\"We will not back down,\" said Maria Lopez, the union leader.", "back down", "Maria Lopez");
        checkQuote("Maria Lopez said: \"We will not back down.\"", "back down", "Maria Lopez");
    }

    @Test
    void accordingToToldAndSaidOf() {
        checkQuote("The plan is “dead on arrival,” according to Senator Ruth Adams.", "dead on arrival", "Ruth Adams");
        checkQuote("Tom Reyes told Reuters the deal was “a fair compromise.”", "fair compromise", "Tom Reyes");
        checkQuote("\"He is not ready,\" Anna Berg said of her rival.", "not ready", "Anna Berg");
    }

    @Test
    void appositivesAndRelativeClausesBetweenSpeakerAndCue() {
        checkQuote(
                "Ines Moreau, who chairs the committee, said the bill was “long overdue.”",
                "long overdue",
                "Ines Moreau");
        checkQuote(
                "Ines Moreau, the committee's chair, said the bill was “long overdue.”", "long overdue", "Ines Moreau");
        checkQuote(
                "Her deputy, Jonas Pichler, dismissed the idea, insisting they \"have barely started.\"",
                "barely started",
                "Jonas Pichler");
    }

    @Test
    void participlesPartialQuotesAndNominalSources() {
        checkQuote(
                "The ministry rejected the report, asserting that it “does not reflect reality.”",
                "reflect reality",
                "ministry");
        checkQuote(
                "Talks resumed, with North Korean officials praising the “mysteriously wonderful” chemistry.",
                "mysteriously wonderful",
                "North Korean officials");
        checkQuote(
                "A spokesperson for the ministry said the figures were “under review.”",
                "under review",
                "A spokesperson for the ministry");
    }

    @Test
    void pronounsResolveToTheNearestEarlierPerson() {
        String text = "Maria Lopez leads the union.\n\"We are ready,\" she said.";
        Quote q = checkQuote(text, "We are ready", "Maria Lopez");
        assertThat(q.speaker().text()).isEqualTo("she");
        assertThat(q.speaker().entityId()).isNotNull();
    }

    @Test
    void continuationsKeepTheSpeaker() {
        String text =
                "\"We tried everything,\" said Paul Roy. \"Nothing worked.\"\n" + "\"We will try again next year.\"";
        checkQuote(text, "Nothing worked", "Paul Roy");
        checkQuote(text, "try again next year", "Paul Roy");
        checkQuote("Paul Roy said the talks failed. \"We were told to wait.\"", "told to wait", "Paul Roy");
    }

    @Test
    void multiParagraphQuotesRunUntilTheClosingMark() {
        String text = "Ana Ruiz said the strike would go on. “We were told to wait. Then we waited again.\n"
                + "“If they think we will give up, they do not know us.”\nThe company said nothing.";
        ArticleAnalysis a = analyze(text);
        assertThat(a.quotes()).hasSize(1);
        Quote q = a.quotes().get(0);
        assertThat(q.closed()).isTrue();
        assertThat(q.range().of(text)).startsWith("“We were told").endsWith("do not know us.”");
        assertThat(q.speaker().displayName()).isEqualTo("Ana Ruiz");
    }

    @Test
    void unclosedQuoteEndsAtItsParagraph() {
        String text = "Leo Hart said they would \"reach out to every party.\nThe vote is on Monday.";
        ArticleAnalysis a = analyze(text);
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.closed()).isFalse();
            assertThat(q.range().end()).isLessThanOrEqualTo(text.indexOf('\n'));
        });
    }

    @Test
    void anUnclosedQuoteAtTheStartOfALongFileEndsWithItsParagraph() {
        // (a following paragraph that opened with a quotation mark would continue the quote, as wire style has it)
        String paragraph =
                "Anna Berg, the mayor, said: \"We will win this.\" The port handles 14 million containers a year.\n";
        String text = "\"Unclosed at the very start\n" + paragraph.repeat(400);
        ArticleAnalysis a = analyze(text);
        assertThat(a.quotes().get(0).closed()).isFalse();
        assertThat(a.quotes().get(0).range().end()).isLessThanOrEqualTo(text.indexOf('\n'));
        assertThat(a.quotes()).hasSize(401).filteredOn(q -> q.speaker() != null).hasSize(400);
    }

    @Test
    void apostrophesAreNotQuotes() {
        ArticleAnalysis a = analyze("The candidate's band played rock 'n' roll hits from the '90s at Trump’s rally.");
        assertThat(a.quotes()).isEmpty();
        assertThat(a.strayQuoteMarks()).isEmpty();
    }

    @Test
    void nestedSingleQuotesStayInsideTheirQuote() {
        ArticleAnalysis a =
                analyze("“Patients ask me, ‘Is this the one that works?’ every day,” said Dr. Amal Haddad.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.nested()).hasSize(1);
            assertThat(q.speaker().displayName()).isEqualTo("Amal Haddad");
        });
    }

    @Test
    void speakerAfterADash() {
        checkQuote("“We are cautious.” — Dr. Ahmed Saleh, the lead investigator", "We are cautious", "Ahmed Saleh");
    }

    @Test
    void partialQuotesAreMarkedAsSuch() {
        ArticleAnalysis a = analyze("President Ann Cole threatened to unleash “fire and fury” against the rebels.");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
            assertThat(q.speaker().displayName()).isEqualTo("Ann Cole");
        });
    }

    @Test
    void markdownBlockQuotesTakeTheSpeakerIntroducedBeforeThem() {
        String md = "Councillor Omar Haddad said at the meeting:\n\n> Nobody wants to close libraries.\n";
        ArticleAnalysis a = analyzeMarkdown(md);
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.BLOCK);
            assertThat(q.speaker().displayName()).isEqualTo("Omar Haddad");
        });
    }

    @Test
    void quotesWithoutAnyoneSayingThemHaveNoSpeaker() {
        checkQuote(
                "The report was published on Monday.\n“For many families, this changes winter.”",
                "changes winter",
                null);
    }

    @Test
    void typographicMarksTurnedTheWrongWayAreReadByTheirPlace() {
        // a closing glyph opening a paragraph, and an opening glyph closing one
        checkQuote("”Fear. I am truly afraid that he will win.” ― Edwin G. Monroy", "truly afraid", "Edwin G. Monroy");
        String text = "Sanders said: “The real unemployment rate is 51 percent.“\nThe figure was disputed.";
        ArticleAnalysis a = analyze(text);
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.closed()).isTrue();
            assertThat(q.range().of(text)).endsWith("51 percent.“");
        });
    }

    @Test
    void paragraphsThatReopenAQuoteNoneClosesAreOneQuoteEach() {
        String text = "\"WALLACE: Let's start with the debate. Will she be there?\n"
                + "\"PENCE: Well, look, she will not be attending.\n"
                + "\"WALLACE: Thank you, Governor.\n";
        ArticleAnalysis a = analyze(text);
        assertThat(a.quotes()).hasSize(3).allSatisfy(q -> assertThat(q.closed()).isFalse());
        checkQuote(text, "PENCE: Well", "PENCE");
        checkQuote(text, "Thank you", "WALLACE");
    }

    @Test
    void onlyAMarkOfTheOpeningStyleReopensAQuoteInTheNextParagraph() {
        String text = "\"Kevin was snoring.\n“Here he is, babe,” she said.";
        ArticleAnalysis a = analyze(text);
        assertThat(a.quotes()).hasSize(2);
        assertThat(a.quotes().get(1).range().of(text)).isEqualTo("“Here he is, babe,”");
        assertThat(a.quotes().get(1).closed()).isTrue();
    }

    @Test
    void aDashAfterANoBreakSpaceNamesTheSpeaker() {
        checkQuote(
                "“What can I say? That’s just my opinion.”\u00A0― Karen Bobadilla.", "my opinion", "Karen Bobadilla");
    }

    @Test
    void aClauseIntroducingTheQuoteWithAColonOrCommaNamesTheSpeaker() {
        checkQuote("Rush Limbaugh continued: “They are demanding this.”", "demanding this", "Rush Limbaugh");
        String text = "“The rationales do not hold,” said Terry Strada, a widow.\n"
                + "She continued, “All we are asking for is a day in court.”";
        checkQuote(text, "day in court", "Terry Strada");
        checkQuote(
                "On July 6, 2015, Bernie Sanders made the following comment:\n“For young people, the rate is 33 percent.”",
                "young people",
                "Bernie Sanders");
    }

    @Test
    void partyAndStateAfterANameDoNotEndTheSentenceOrSpeak() {
        checkQuote("“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.", "dog whistle", "Gwen Moore");
        checkQuote(
                "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said.",
                "veto",
                "Mitch McConnell");
    }

    @Test
    void doubleQuotesInsideAQuoteAreNestedNotAnEnd() {
        String text =
                "\"PENCE: Well, look, she apparently thinks this is an episode of “Shark Tank.” But this is America.\n";
        ArticleAnalysis a = analyze(text);
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.range().of(text)).endsWith("But this is America.");
            assertThat(q.nested())
                    .singleElement()
                    .satisfies(n -> assertThat(n.of(text)).isEqualTo("“Shark Tank.”"));
        });
        String sameStyle = "“He called it “a disaster” twice,” Ana Berg said.";
        assertThat(analyze(sameStyle).quotes())
                .singleElement()
                .satisfies(q -> assertThat(q.range().of(sameStyle)).isEqualTo("“He called it “a disaster” twice,”"));
        checkQuote("“He said \"no\" to me,” Ana Berg said.", "to me", "Ana Berg");
        // a straight mark placed to close still closes a typographic opening
        checkQuote("“We will win,\" Ana Berg said.", "We will win", "Ana Berg");
    }
}
