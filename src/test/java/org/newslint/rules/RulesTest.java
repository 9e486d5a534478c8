package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.testing.Fixtures.analyze;
import static org.newslint.testing.Fixtures.analyzeByRules;
import static org.newslint.testing.Fixtures.checkFindings;
import static org.newslint.testing.Fixtures.checkFindingsByRules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;

class RulesTest {
    @Test
    void registryIsAlphabeticalKebabCaseAndDocumented() {
        List<String> ids = Rules.ALL.stream().map(Rule::id).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        for (String id : ids) {
            assertThat(Path.of("docs/rules/" + id + ".md"))
                    .as("documentation page for " + id)
                    .exists();
        }
    }

    /**
     * Every code a diagnostic can carry has the page its codeDescription links to (the rules and the
     * analysis limit), every page is for such a code, and the link is the page under the base.
     */
    @Test
    void everyDiagnosticCodeLinksToItsPage() throws Exception {
        List<String> codes =
                new java.util.ArrayList<>(Rules.ALL.stream().map(Rule::id).toList());
        codes.add(Checker.LIMIT_RULE_ID);
        try (var pages = Files.list(Path.of("docs/rules"))) {
            assertThat(pages.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")))
                    .containsExactlyInAnyOrderElementsOf(codes);
        }
        for (String code : codes) {
            assertThat(RuleDocs.documented(code)).as(code).isTrue();
            assertThat(Path.of(RuleDocs.path(code))).exists();
            assertThat(RuleDocs.url(Settings.defaults(), code)).isEqualTo(RuleDocs.DEFAULT_BASE + code + ".md");
        }
        assertThat(RuleDocs.documented("no-such-rule")).isFalse();
        // the schema editors complete .newslint.json with states the same default
        assertThat(com.google.gson.JsonParser.parseString(Files.readString(Path.of("docs/newslint.schema.json")))
                        .getAsJsonObject()
                        .getAsJsonObject("properties")
                        .getAsJsonObject("rulesDocumentationUrl")
                        .get("default")
                        .getAsString())
                .isEqualTo(RuleDocs.DEFAULT_BASE);
        assertThat(RuleDocs.url("https://wiki.example/rules", "vague-source"))
                .isEqualTo("https://wiki.example/rules/vague-source.md");
        assertThat(RuleDocs.url(Settings.defaults().withRulesDocumentationUrl("file:///srv/docs/"), "vague-source"))
                .isEqualTo("file:///srv/docs/vague-source.md");
    }

    /** The VS Code extension's settings schema refuses unknown keys, so it must list exactly the registered rules. */
    @Test
    void theVsCodeSettingsSchemaListsEveryRule() throws Exception {
        var schema = com.google.gson.JsonParser.parseString(Files.readString(Path.of("editors/vscode/package.json")))
                .getAsJsonObject()
                .getAsJsonObject("contributes")
                .getAsJsonObject("configuration")
                .getAsJsonObject("properties")
                .getAsJsonObject("newslint.rules")
                .getAsJsonObject("properties");
        assertThat(schema.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Rules.ALL.stream().map(Rule::id).toList());
    }

    @Test
    void unattributedClaimsByKind() {
        checkFindingsByRules("""
                The port handles 14 million containers a year.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                The port handles 14 million containers a year, its operator said.
                It is the busiest port in the region.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                According to the port authority, it is the busiest port in the region.
                Is the strike over?
                Read Next:
                Image via Shutterstock
                """);
        ArticleAnalysis a =
                analyzeByRules("The port handles 14 million containers a year.\nThe strike began on Monday.");
        assertThat(a.findings()).extracting(f -> f.severity()).containsExactly(Severity.WARNING, Severity.INFORMATION);
        assertThat(a.findings().get(0).message()).contains("figure");
    }

    @Test
    void attributionCarriesThroughPronounsAndAdditions() {
        checkFindingsByRules("""
                The agency said the talks had failed. It added that no new date had been set.
                Despite this, the talks resumed a week later.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                """);
    }

    @Test
    void stancesActionsAndQuotedWordsOfASourceAreAttributed() {
        checkFindingsByRules("""
                Senator Cruz endorsed Trump on Friday after 14 months of criticism.
                The senator voiced doubts about the 3 percent figure.
                The governor proposed a 3 percent cut in the sales tax.
                Bonuses were $500 every three months, The Wall Street Journal reports.
                He read the 12 annual Pentagon reports.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                "We were told nothing for 14 days. Nobody from the council called us," Anna Berg said.
                Experts say the dispute could cost 40 million kroner.
                ^^^^^^^^^^^ vague-source
                The repairs are expected to cost 4.2 million pounds.
                            ^^^^^^^^^^^^^^^ vague-source
                The film "13th" opened in 2016 on 40 screens.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                The union represents 12,000 dockworkers in sympathy action cases.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                """, "unattributed-claim", "vague-source");
        ArticleAnalysis a = analyzeByRules("The senator voiced doubts about the 3 percent figure.");
        assertThat(a.sentences().get(0).attributedBy().label()).isEqualTo("cue word: doubt");
    }

    @Test
    void transcriptSpeakerLabelsAttributeTheirParagraph() {
        checkFindingsByRules("""
                WALLACE: Will the governor attend the debate tomorrow night?
                PENCE: The governor will not attend. The campaign has 40 staff in the state.
                The debate starts at 9 p.m. with 12 questions.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                What Happened: The mayor left office in 2019.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                """);
    }

    @Test
    void studiesAndNewsroomsThatFindSomethingAreSources() {
        checkFindingsByRules("""
                Donations hit $1.1 billion through August, a USA TODAY analysis of campaign reports shows.
                The Charlotte Observer found that 1 in 4 residents lived in distressed neighbourhoods.
                Donations hit $1.1 billion through August.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                """);
    }

    @Test
    void vagueAndAnonymousSources() {
        checkFindings("""
                Experts say the dispute could spread.
                ^^^^^^^^^^^ vague-source
                It is believed that the company will raise prices.
                ^^^^^^^^^^^^^^ vague-source
                The deal is close, two party sources said.
                                   ^^^^^^^^^^^^^^^^^^^^^^ vague-source
                Critics argue that the law goes too far.
                ^^^^^^^^^^^^^ vague-source
                Anna Berg, the mayor, said the bridge would reopen.
                """, "vague-source");
        checkFindings("""
                Officials said the bridge would close on Monday.
                ^^^^^^^^^^^^^^ vague-source

                Officials said the bridge would close on Monday. Transport Minister Anna Berg said the repairs would take a month.

                A source familiar with the talks said the deal was close. Anna Berg declined to comment.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                """, "vague-source");
        ArticleAnalysis a = analyze("The deal is close, two party sources said.");
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals("vague-source"))
                .extracting(f -> f.severity())
                .containsExactly(Severity.INFORMATION);
    }

    @Test
    void vagueWordingTheWriterOwns() {
        checkFindings("""
                Many residents left the valley after the flood.
                ^^^^ vague-wording
                The dam may fail in a heavy storm.
                        ^^^ vague-wording
                The bridge is the most dangerous crossing in the county.
                              ^^^^^^^^^^^^^^^^^^ vague-wording
                The plan is generally popular with farmers.
                            ^^^^^^^^^ vague-wording
                The repairs seem to have worked.
                            ^^^^ vague-wording
                The mayor said many residents may leave.
                Some 40 families left, and many of the 300 pupils moved school.
                The permits may be renewed every May.
                It is certain that the road will close.
                How many people live there?
                The buses ran on time for the most part, and the drivers could not strike.
                "Many of us may never come back," Anna Berg said.
                Experts say the dam may fail.
                ^^^^^^^^^^^ vague-source
                """, "vague-source", "vague-wording");
        ArticleAnalysis a = analyze("Many residents left the valley.");
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals("vague-wording"))
                .extracting(f -> f.severity() + " " + f.message())
                .containsExactly("HINT Vague quantity (“Many”): how many? Give the figure, or who counted.");
    }

    @Test
    void vagueSubjectsOfSayingAndBelieving() {
        checkFindings("""
                Some argue that the tax will never be collected.
                ^^^^^^^^^^ vague-source
                Many felt the verdict came too late.
                ^^^^^^^^^ vague-source
                Many biographers have noted that he borrowed the melody.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                Contrary to what many in the city claim, the bridge is safe.
                                 ^^^^^^^^^^^^^^^^^^^^^^ vague-source
                Scholars have suggested an earlier date for the temple.
                ^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                There are historians who believe the treaty was forged.
                          ^^^^^^^^^^^^^^^^^^^^^^ vague-source
                """, "vague-source");
    }

    @Test
    void specificGroupsAndNamedMembersAreNotVague() {
        checkFindings("""
                Some 40 people were injured in the blast.
                Many of the 300 passengers said the crew acted quickly.
                Critics, including Senator Jane Doe, argue that the law goes too far.
                Critics say the law goes too far, among them Senator Jane Doe.
                The critics said they would appeal.
                Most of them said the strike would continue.
                In some cases each participant agrees to the terms.
                The king several times threatened to abdicate.
                Many people saw the fire from the bridge.
                """, "vague-source");
    }

    @Test
    void agentlessPassivesOfSayingAndBelieving() {
        checkFindings("""
                The platypus is generally regarded as nocturnal.
                             ^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                Pensacola's music scene is considered very active.
                                        ^^^^^^^^^^^^^ vague-source
                It has been suggested that the fire was set deliberately.
                ^^^^^^^^^^^^^^^^^^^^^ vague-source
                The ship is said to have sunk in a storm.
                         ^^^^^^^^^^ vague-source
                He is thought by some to have been an informer.
                   ^^^^^^^^^^^^^^^^^^^^^ vague-source
                It seems widely accepted that the map is a forgery.
                         ^^^^^^^^^^^^^^^ vague-source
                The codename belonged to a spy alleged to have passed secrets.
                                               ^^^^^^^^^^ vague-source
                """, "vague-source");
    }

    @Test
    void passivesThatNameTheAgentOrMeanSomethingElseAreNotFlagged() {
        checkFindings("""
                The charge was alleged by the prosecutor, Anna Berg.
                This area of water is known as the South Deep.
                Bottlenose dolphins are often seen in the river.
                The election was held in March.
                Residents are supposed to pay the fee by Friday.
                The abuses should be recognized as intolerable.
                He hopes to be considered for the job.
                No injuries were reported.
                """, "vague-source");
    }

    @Test
    void vagueReferencesAndAttributionAdverbs() {
        checkFindings("""
                Studies have shown that the drug lowers blood pressure.
                ^^^^^^^^^^^^^^^^^^ vague-source
                Legend has it that the well never runs dry.
                ^^^^^^^^^^^^^ vague-source
                Contrary to popular belief, bats are not blind.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                The minister reportedly resigned on Monday.
                             ^^^^^^^^^^ vague-source
                Iverson had arguably his finest season.
                            ^^^^^^^^ vague-source
                A study by Anna Berg of Lund University shows that the drug works.
                The studies show a clear effect.
                Two polls show the race is tied.
                """, "vague-source");
        ArticleAnalysis a = analyze("Studies have shown that the drug lowers blood pressure.");
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals("vague-source"))
                .extracting(f -> f.severity() + " " + f.message())
                .containsExactly("WARNING Vague source (“Studies have shown”): Which studies? Cite them.");
    }

    @Test
    void quotedSpeakersOwnWeaselWordsAreTheirs() {
        checkFindings("""
                "Some people say we were too slow," Anna Berg said.
                """, "vague-source");
    }

    @Test
    void quotesWithoutSpeakersAndUnbalancedMarks() {
        checkFindings("""
                The report came out on Monday.
                "This changes everything for families in the north."
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote-without-speaker
                The so-called "experts" were wrong, Anna Berg said.
                Leo Hart said they would "reach out to everyone.
                                         ^ unbalanced-quote
                The vote is on Monday.
                """, "quote-without-speaker", "unbalanced-quote");
    }

    @Test
    void disabledRulesAndSeverityOverridesApply() {
        var settings =
                Settings.defaults().with("unattributed-claim", false, null).with("vague-source", true, Severity.ERROR);
        var a = Checker.createDefault()
                .check(
                        org.newslint.text.Document.of(
                                "The port handles 14 million containers a year.\nExperts say it will grow."),
                        settings);
        assertThat(a.findings()).extracting(f -> f.rule() + ":" + f.severity()).containsExactly("vague-source:ERROR");
    }

    @Test
    void oddInputNeverThrows() throws Exception {
        for (String text : List.of(
                "",
                "\n\n\n",
                "\"",
                "“",
                "”",
                "'''",
                "\u0000\u0001\u0002binary\u0003\u0004\u0005\u0006",
                "a".repeat(5000),
                "\"".repeat(2000),
                "Mr.",
                "U.S.",
                "—",
                "\uD83D\uDE00 \uD83D")) {
            ArticleAnalysis a = analyze(text);
            assertThat(a).isNotNull();
        }
        ArticleAnalysis binary = analyze("\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007text");
        assertThat(binary.findings()).extracting(f -> f.rule()).containsExactly(Checker.LIMIT_RULE_ID);
        String huge = "The port handles 14 million containers a year.\n".repeat(30_000);
        ArticleAnalysis big = Checker.createDefault()
                .check(
                        org.newslint.text.Document.of(huge),
                        new Settings(java.util.Set.of(), java.util.Map.of(), 10_000));
        assertThat(big.findings().get(0).rule()).isEqualTo(Checker.LIMIT_RULE_ID);
        assertThat(big.sentences()).allMatch(s -> s.range().end() <= 10_000);
        assertThat(Files.exists(Path.of("pom.xml"))).isTrue();
    }
}
