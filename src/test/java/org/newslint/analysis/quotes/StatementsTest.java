package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.testing.Fixtures.analyze;
import static org.newslint.testing.Fixtures.checkStatement;

import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;

/** The reported statement a quotation belongs to: what PolNeAR calls its Content. */
class StatementsTest {
    @Test
    void aStandaloneQuotationIsItsOwnStatement() {
        checkStatement("“We will not back down,” Maria Lopez said.", "back down", "“We will not back down,”");
        checkStatement("Maria Lopez said: \"We will not back down.\"", "back down", "\"We will not back down.\"");
        checkStatement(
                "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said.",
                "veto",
                "“Our assumption is that the veto will be overridden,”");
    }

    @Test
    void aFragmentAfterACueTakesTheCuesComplement() {
        checkStatement(
                "Donald Trump said that there have been “thousands of shootings” in Chicago this year alone.",
                "thousands",
                "that there have been “thousands of shootings” in Chicago this year alone");
        checkStatement(
                "Carly Fiorina told reporters that \"John Kasich is throwing votes away.\"",
                "throwing votes",
                "that \"John Kasich is throwing votes away.\"");
        checkStatement(
                "Ana Berg said the plan was “a disaster” for the city.",
                "disaster",
                "the plan was “a disaster” for the city");
    }

    @Test
    void theComplementStopsAtACoordinatedPredicateASemicolonOrAFurtherCue() {
        checkStatement(
                "Donald Trump said Machado was “disgusting” and encouraged Americans to look her up.",
                "disgusting",
                "Machado was “disgusting”");
        checkStatement(
                "Ana Berg said the plan was “a disaster” for the city; the mayor disagreed.",
                "disaster",
                "the plan was “a disaster” for the city");
        checkStatement(
                "The senator said the bill was “dead on arrival” in the House, but she did not say why.",
                "dead on",
                "the bill was “dead on arrival” in the House");
        // a bare verb after "and" continues what the modal governs: still the statement
        checkStatement(
                "Ana Berg said the city would “fight the closure” and keep the depot open until May.",
                "fight the closure",
                "the city would “fight the closure” and keep the depot open until May");
    }

    @Test
    void aFragmentBeforeATrailingCueTakesTheClauseBeforeIt() {
        checkStatement(
                "The rejection of the treaty signals “the beginning of the end” for the EU, said Geert Wilders.",
                "beginning",
                "The rejection of the treaty signals “the beginning of the end” for the EU");
        checkStatement(
                "The plan is “dead on arrival,” according to Senator Ruth Adams.",
                "dead on arrival",
                "The plan is “dead on arrival,”");
    }

    @Test
    void aFragmentNoCueIntroducesBelongsToWhatTheSpeakersVerbGoverns() {
        checkStatement(
                "Hillary Clinton called Wells Fargo’s behavior “outrageous” on Tuesday.",
                "outrageous",
                "Wells Fargo’s behavior “outrageous”");
        checkStatement(
                "Donald Trump openly admires Vladimir Putin as a “strong leader,” comparing him favorably to Obama.",
                "strong leader",
                "Vladimir Putin as a “strong leader,”");
        // a that-clause after the speaker's verb holds the fragment, however deep
        checkStatement(
                "After the debate, PolitiFact did a fact-check on Donald Trump’s claim that there have been "
                        + "“thousands of shootings” in Chicago this year.",
                "thousands",
                "that there have been “thousands of shootings” in Chicago this year");
    }

    @Test
    void aListOfFragmentsIsOneStatement() {
        String text = "Donald Trump called the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"";
        String statement = "the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"";
        checkStatement(text, "nasty guy", statement);
        checkStatement(text, "anchor baby", statement);
        checkStatement(text, "sick", statement);
    }

    @Test
    void aShortFragmentNobodySaidIsATermNotAStatement() {
        checkStatement("The so-called “deep state” is a favourite theme of the campaign.", "deep state", null);
        ArticleAnalysis a = analyze("Pundits debated the “deep state” all week.");
        assertThat(a.quotes())
                .singleElement()
                .satisfies(q -> assertThat(q.statement()).isNull());
    }

    @Test
    void aFragmentAfterACoordinatedPredicateBelongsToThatPredicate() {
        checkStatement(
                "Donald Trump said Machado was “disgusting” and encouraged Americans to “check out” her old tape.",
                "check out",
                "encouraged Americans to “check out” her old tape");
        checkStatement(
                "Bill Clinton made the criticism while showing support for Hillary Clinton’s “public option” on Monday.",
                "public option",
                "support for Hillary Clinton’s “public option”");
    }

    @Test
    void aFragmentWithNoCueOrSpeakerBeforeItRunsToTheEndOfItsClause() {
        checkStatement(
                "A cashier who “steals a handful of twenties from the till” is held accountable; the executives were not.",
                "handful",
                "“steals a handful of twenties from the till” is held accountable");
        checkStatement(
                "The motion calls the merger “a betrayal of every worker in the valley” for the second time; the vote is on Monday.",
                "betrayal",
                "“a betrayal of every worker in the valley” for the second time");
    }

    @Test
    void theListenersOfATellingVerbAreNotPartOfTheStatement() {
        checkStatement(
                "The president told African-Americans this weekend he would consider it a “personal insult” if they stayed home.",
                "personal",
                "he would consider it a “personal insult” if they stayed home");
    }

    @Test
    void theClauseAfterAFragmentStopsAtAnAsideADashOrTheFragmentsOwnComma() {
        // an adverb before the participle
        checkStatement(
                "The president told voters he would consider it a “personal insult” if they stayed home, "
                        + "implicitly putting his name on the line.",
                "personal insult",
                "he would consider it a “personal insult” if they stayed home");
        // a concession and an appositive comment are the writer's, not the speaker's
        checkStatement(
                "Ana Berg said the war was “a terrible mistake” for the region, although she backs the troops.",
                "terrible mistake",
                "the war was “a terrible mistake” for the region");
        checkStatement(
                "Tom Reyes said the person would “not get hurt” at the rally, a swipe at the recent scuffles.",
                "not get hurt",
                "the person would “not get hurt” at the rally");
        // a horizontal bar or spaced en dash ends the clause as an em dash does
        checkStatement(
                "Ana Berg described the mayor as a “con artist” \u2015 just as she did in 2012.",
                "con artist",
                "the mayor as a “con artist”");
        checkStatement(
                "Ana Berg described the mayor as a “con artist” \u2013 just as she did in 2012.",
                "con artist",
                "the mayor as a “con artist”");
        // the comma inside the marks closes the clause before a participle
        checkStatement(
                "Democrats said the immunity was only “partial,” meaning it protected the aides from little.",
                "partial",
                "the immunity was only “partial,”");
    }

    @Test
    void aQuotationAfterThatAndACommaIsWovenIntoTheClause() {
        checkStatement(
                "Spokeswoman Ruth Adams said that, “Of course the mayor is going to defend himself” against the critics.",
                "Of course",
                "that, “Of course the mayor is going to defend himself” against the critics");
        // set off by a comma, but still inside the that-clause of its cue
        checkStatement(
                "The senator said that if the bridge closes, “the whole valley is cut off.”",
                "whole valley",
                "that if the bridge closes, “the whole valley is cut off.”");
        // a comma after a cue with no that-clause still introduces a quotation that stands alone
        checkStatement(
                "The senator added, “The whole valley is cut off.”", "whole valley", "“The whole valley is cut off.”");
    }
}
