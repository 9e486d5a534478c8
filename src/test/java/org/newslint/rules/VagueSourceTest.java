package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.rules.RuleFixtures.checkMessages;

import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Severity;
import org.newslint.testing.Fixtures;

/**
 * vague-source over caret fixtures: which weasel matches and Attributor sources it flags, which it
 * leaves to a quoted or a named speaker, and what it says ({@code ^^^ SEVERITY message}).
 */
class VagueSourceTest {
    private static void check(String annotated) {
        Fixtures.checkFindings(annotated, VagueSource.ID);
    }

    private static void checkMessage(String annotated) {
        checkMessages(VagueSource.ID, annotated);
    }

    @Test
    void everyPatternFamilyAndAttributedSource() {
        check("""
                Critics say the ferry is unsafe.
                ^^^^^^^^^^^ vague-source
                It is believed that the ferry sank in a storm.
                ^^^^^^^^^^^^^^ vague-source
                Research shows that ferries are safe.
                ^^^^^^^^^^^^^^ vague-source
                The minister reportedly resigned on Monday.
                             ^^^^^^^^^^ vague-source
                Experts told the council that the water was brown.
                ^^^^^^^^^^^^ vague-source
                According to some historians, the mill burned in 1740.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                Some officials said the fares would rise.
                ^^^^^^^^^^^^^^^^^^^ vague-source
                The ferry left at noon.""");
    }

    /** The match and the Attributor's source overlap: flagged once. A vague subject never yields to a second source. */
    @Test
    void oneFindingPerPhraseAndSeveralPerSentence() {
        check("""
                Critics say the ferry is reportedly unsafe.
                ^^^^^^^^^^^ vague-source
                                         ^^^^^^^^^^ vague-source
                Many historians have noted that the mill was older.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source""");
    }

    /** A quoted speaker's wording, a hedge a named or anonymous source owns, headings and questions. */
    @Test
    void wordingSomeoneElseOwnsOrThatClaimsNothing() {
        check("""
                "Some people say the ferry is late," Oda Lunde said.
                The ferry is expected to return on Friday, two harbour sources said.
                                                           ^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                Skipper Arne Vik has said that the ferry is allegedly unsafe.
                Ferry Critics Say Fares Are Too High
                Do experts say the pier is unsafe?
                Scientists considered the following:
                Reuters sources said the fares would rise.""");
    }

    /** Quotations and introductions are not claims, but the vague source outside the quote is still judged. */
    @Test
    void quotationsAndIntroductionsAreStillJudged() {
        check("""
                Critics say the ferry is "a floating ruin that should be scrapped at once and never sail again."
                ^^^^^^^^^^^ vague-source
                The office opened on Monday. The council published the timetable after weeks of delay, and critics say residents can send comments through several channels, such as:
                                                                                                           ^^^^^^^^^^^ vague-source""");
    }

    /** Unnamed sources are information, unless the paragraph names a person and the source does not say it is unnamed. */
    @Test
    void anonymousSources() {
        check("""
                Officials said the ferry would not sail.
                ^^^^^^^^^^^^^^ vague-source
                Two officials said the fares would rise.
                ^^^^^^^^^^^^^^^^^^ vague-source

                Officials said the ferry would not sail. Transport Minister Oda Lunde said the storm was too strong.

                A source familiar with the plan said the fares would rise. Oda Lunde declined to comment.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source

                An insider said the fares would rise. Oda Lunde declined to comment.
                ^^^^^^^^^^^^^^^ vague-source

                Officials said the fares would rise. Oda Lunde declined to comment.""");
    }

    @Test
    void messagesByKind() {
        checkMessage("""
                Critics say the ferry is unsafe.
                ^^^^^^^^^^^ WARNING Vague source (“Critics say”): who are the “critics”? Name them, or cut the claim.
                Many historians have noted that the mill was older.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^ WARNING Vague source (“Many historians have noted”): which ones? Name them, or cut the claim.
                Some argue that the ferry is unsafe.
                ^^^^^^^^^^ WARNING Vague source (“Some argue”): which ones? Name them, or cut the claim.
                It is believed that the ferry sank in a storm.
                ^^^^^^^^^^^^^^ WARNING Agentless passive (“It is believed”): Who believes this? Name the source.
                Research shows that ferries are safe.
                ^^^^^^^^^^^^^^ WARNING Vague source (“Research shows”): Which research? Cite it.
                The minister reportedly resigned on Monday.
                             ^^^^^^^^^^ WARNING Unsourced “reportedly”: Reported by whom? Name the source.
                Experts told the council that the water was brown.
                ^^^^^^^^^^^^ WARNING Vague source (“Experts told”): which ones? Name the source, or cut the claim.
                The ferry is expected to return on Friday, two harbour sources said.
                                                           ^^^^^^^^^^^^^^^^^^^^^^^^ INFORMATION Anonymous source (“two harbour sources said”): check that it meets your newsroom's policy on unnamed sources.""");
    }

    /** Excerpts stop at 49 characters and an ellipsis; "many of" ends the phrase "according to many". */
    @Test
    void longPhrasesAreShortenedInTheMessage() {
        checkMessage("""
                According to some experienced local fishing experts, the pier is unsafe.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WARNING Vague source (“According to some experienced local fishing exper…”): According to whom? Name the source.
                Many experienced fishing experts in the northern harbours say the pier is unsafe.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WARNING Vague source (“Many experienced fishing experts in the northern…”): which ones? Name them, or cut the claim.
                According to many of the most experienced local fishing experts, the pier is unsafe.
                ^^^^^^^^^^^^^^^^^ WARNING Vague source (“According to many”): According to whom? Name the source.""");
    }

    /** "weasel", "anonymous" or null (named), from the source's words alone. */
    @Test
    void kindsOfSourceText() {
        VagueSource rule = new VagueSource();
        String[][] rows = {
            {"experts", "weasel"},
            {"some residents", "weasel"},
            {"many legal experts", "weasel"},
            {"officials", "anonymous"},
            {"two party sources", "anonymous"},
            {"a source familiar with the talks", "anonymous"},
            {"Reuters sources", null},
            {"Oda Lunde", null},
            {"the mayor", null},
            {"one of the many people who were on the ferry that night", null},
        };
        for (String[] row : rows) {
            assertThat(rule.vagueKind(row[0])).as(row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void theRuleIsAWarningByDefault() {
        VagueSource rule = new VagueSource();
        assertThat(rule.id()).isEqualTo("vague-source");
        assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(rule.description())
                .isEqualTo("A vague or anonymous source (\"experts say\", \"it is believed\"): name who says so.");
    }
}
