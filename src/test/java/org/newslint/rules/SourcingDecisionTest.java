package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;
import org.newslint.analysis.model.Sourcing;
import org.newslint.testing.Fixtures;

/**
 * unattributed-claim and public-record-claim as the shipped sourcing model decides them: a warning
 * where an editor would ask "says who?", nothing on headlines, bylines, quotations, speech acts and
 * questions. Clear-cut cases only; {@code eval sourcing} measures the model on labelled articles.
 */
class SourcingDecisionTest {
    private static final String ARTICLE = """
            Tarrow Mill To Close After 80 Years
            By Ana Berg
            The Tarrow mill will close in March, its owner, Nordvik Paper, said on Tuesday.
            "We have lost money for five years," chief executive Lars Holm told reporters.
            The mill is the largest employer in the valley and its closure will devastate the local economy.
            Mayor Tomas Varga has criticised the decision.
            He said the town had not been consulted.
            What will happen to the workers?""";

    @Test
    void aWarningWhereAnEditorWouldAskSaysWhoAndNothingOnAttributedOrNonClaims() {
        Fixtures.checkFindings("""
                Tarrow Mill To Close After 80 Years
                By Ana Berg
                The Tarrow mill will close in March, its owner, Nordvik Paper, said on Tuesday.
                "We have lost money for five years," chief executive Lars Holm told reporters.
                The mill is the largest employer in the valley and its closure will devastate the local economy.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                Mayor Tomas Varga has criticised the decision.
                He said the town had not been consulted.
                What will happen to the workers?""", UnattributedClaim.ID, PublicRecordClaim.ID);
    }

    @Test
    void theWarningSaysWhatKindOfClaimItIs() {
        ArticleAnalysis a = Fixtures.analyze(ARTICLE);
        List<Finding> warnings = a.findings().stream()
                .filter(f -> f.rule().equals(UnattributedClaim.ID))
                .toList();
        assertThat(warnings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message())
                    .isEqualTo("Unattributed claim: a superlative with no source. Who says so? Add the source"
                            + " (\"…, X said\", \"according to Y\").");
        });
    }

    @Test
    void everySentenceCarriesItsDecisionAndProbabilities() {
        ArticleAnalysis a = Fixtures.analyze(ARTICLE);
        assertThat(a.sentences()).allSatisfy(s -> {
            assertThat(s.sourcing()).isNotNull();
            assertThat(s.sourcing().needsSource()).isBetween(0.0, 1.0);
            assertThat(s.sourcing().claim()).isBetween(0.0, 1.0);
        });
        assertThat(a.sentences().get(0).sourcing().need()).isEqualTo(Sourcing.Need.NONE);
    }

    @Test
    void withoutTheModelTheClaimRulesDecide() {
        ArticleAnalysis a = Fixtures.analyzeByRules(ARTICLE);
        assertThat(a.sentences()).allSatisfy(s -> assertThat(s.sourcing()).isNull());
        assertThat(a.findings()).noneMatch(f -> f.rule().equals(PublicRecordClaim.ID));
    }

    @Test
    void theNearestAttributionInTheParagraphIsRelatedInformation() {
        String text = "The Tarrow mill will close in March, its owner, Nordvik Paper, said on Tuesday. The mill is the"
                + " largest employer in the valley and its closure will devastate the local economy.";
        ArticleAnalysis a = Fixtures.analyze(text);
        Finding warning = a.findings().stream()
                .filter(f -> f.rule().equals(UnattributedClaim.ID))
                .findFirst()
                .orElseThrow();
        assertThat(warning.related()).singleElement().satisfies(r -> {
            assertThat(r.range().of(text))
                    .startsWith("The Tarrow mill will close")
                    .endsWith("said on Tuesday.");
            assertThat(r.message()).contains("Nordvik Paper");
        });
    }
}
