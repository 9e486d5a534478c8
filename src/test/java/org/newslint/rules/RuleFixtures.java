package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;

/**
 * Rule fixtures whose caret labels are the whole finding, {@code ^^^ SEVERITY message}, for the
 * tests that pin what a rule says as well as where ({@link Fixtures#checkFindings} pins spans only).
 */
final class RuleFixtures {
    private RuleFixtures() {}

    /** Every finding of {@code ruleId} in the fixture text, as severity and message under its span. */
    static void checkMessages(String ruleId, String annotated) {
        checkMessages(ruleId, annotated, Fixtures::analyze);
    }

    /** {@link #checkMessages} without the sourcing model: unattributed-claim by the claim rules alone. */
    static void checkMessagesByRules(String ruleId, String annotated) {
        checkMessages(ruleId, annotated, Fixtures::analyzeByRules);
    }

    private static void checkMessages(
            String ruleId, String annotated, java.util.function.Function<String, ArticleAnalysis> analyze) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = analyze.apply(f.text());
        List<String> actual = a.findings().stream()
                .filter(x -> x.rule().equals(ruleId))
                .map(x -> f.describe(
                        x.severity() + " " + x.message(),
                        x.range().start(),
                        x.range().end()))
                .toList();
        assertThat(actual).as("all findings: " + a.findings()).containsExactlyInAnyOrderElementsOf(f.expected());
    }
}
