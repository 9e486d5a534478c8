package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.testing.Fixtures.analyze;
import static org.newslint.testing.Fixtures.analyzeMarkdown;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.PlainTextProse;
import org.newslint.text.Prose;

/** Suppression comments silence findings in their scope, are never prose, and an idle one is a hint. */
class SuppressionTest {
    private static final String VAGUE = "Experts say the bridge is unsafe.";

    private static List<String> rules(ArticleAnalysis a) {
        return a.findings().stream().map(Finding::rule).toList();
    }

    private static int lineOf(ArticleAnalysis a, Finding f) {
        return a.document().lineIndex().position(f.range().start()).line();
    }

    @Test
    void withoutACommentTheFindingIsThere() {
        assertThat(rules(analyze(VAGUE + "\n"))).contains("vague-source");
    }

    @Test
    void markdownDisableNextLineSilencesOnlyTheNextLineAndOnlyThatRule() {
        ArticleAnalysis a =
                analyzeMarkdown("<!-- newslint-disable-next-line vague-source -->\n" + VAGUE + "\n\n" + VAGUE + "\n");
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals("vague-source"))
                .singleElement()
                .satisfies(f -> assertThat(lineOf(a, f)).isEqualTo(3));
        assertThat(rules(a)).doesNotContain("unused-suppression");
    }

    @Test
    void disableRunsToTheMatchingEnable() {
        ArticleAnalysis a = analyzeMarkdown("<!-- newslint-disable vague-source -->\n\n" + VAGUE + "\n\n"
                + "Critics say the plan is doomed.\n\n<!-- newslint-enable vague-source -->\n\n" + VAGUE + "\n");
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals("vague-source"))
                .singleElement()
                .satisfies(f -> assertThat(lineOf(a, f)).isEqualTo(8));
    }

    @Test
    void plainTextBracketLinesWorkAndAreBlankedFromProse() {
        String text = "[newslint-disable-next-line vague-source]\n" + VAGUE + "\n";
        ArticleAnalysis a = analyze(text);
        assertThat(rules(a)).doesNotContain("vague-source", "unused-suppression");
        // the comment line is markup: no paragraph, no sentence, only spaces in the prose
        Prose prose = PlainTextProse.extract(text);
        assertThat(prose.paragraphs()).hasSize(1);
        assertThat(prose.text().substring(0, text.indexOf('\n'))).isBlank();
        // the HTML form in plain text too, and "Experts say" inside the comment is never analysed
        ArticleAnalysis html = analyze("<!-- newslint-disable-next-line vague-source Experts say -->\n" + VAGUE + "\n");
        assertThat(html.findings())
                .filteredOn(f -> f.rule().equals("vague-source"))
                .isEmpty();
    }

    @Test
    void anIdleOrMisspeltCommentIsAnUnusedSuppressionHint() {
        ArticleAnalysis a = analyzeMarkdown("<!-- newslint-disable-next-line vague-wording vague-sorce -->\n" + VAGUE
                + "\n\nThe mayor said the bridge would reopen.\n");
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals("unused-suppression"))
                .extracting(Finding::message)
                .hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("No vague-wording finding here"))
                .anySatisfy(m -> assertThat(m).contains("Unknown rule 'vague-sorce'"));
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals("unused-suppression"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.HINT));
        // the vague source itself is not silenced by a comment that names other rules
        assertThat(rules(a)).contains("vague-source");
    }

    @Test
    void aCommentWithoutRuleIdsCoversEveryRule() {
        Document doc =
                new Document("file:///a.txt", 1, "[newslint-disable]\n" + VAGUE + "\n", DocumentFormat.PLAIN_TEXT);
        ArticleAnalysis a = Checker.createDefault().check(doc, org.newslint.analysis.model.Settings.defaults());
        assertThat(a.findings()).isEmpty();
    }
}
