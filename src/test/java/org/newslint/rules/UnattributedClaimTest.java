package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.rules.RuleFixtures.checkMessagesByRules;

import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Severity;
import org.newslint.testing.Fixtures;

/**
 * unattributed-claim's fallback without a sourcing model, over caret fixtures: a whole sentence that
 * claims something and cites no one, a warning for figures, superlatives, causes and check-worthy
 * assertions, information otherwise. {@link SourcingDecisionTest} covers the model-driven decision.
 */
class UnattributedClaimTest {
    /** The claim rules' fallback, used when no sourcing model is shipped. */
    private static void check(String annotated) {
        Fixtures.checkFindingsByRules(annotated, UnattributedClaim.ID);
    }

    @Test
    void claimsWithNoSource() {
        check("""
                The ferry carries 1.2 million passengers a year.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                It is the oldest ferry on the coast.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                The ferry stopped because the engine failed.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                The ferry has a new captain.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim""");
    }

    /** A source, even a vague one (vague-source asks about it), questions, headings, labels, opinions, refusals. */
    @Test
    void attributedOrNotAClaim() {
        check("""
                The ferry carries 1.2 million passengers a year, its operator said.
                According to the harbour authority, it is the oldest ferry on the coast.
                The ferry carries 1.2 million passengers a year, Oda Lunde said. It added two routes in 2021.
                Experts say the ferry is the oldest on the coast.
                Will the ferry sail tomorrow?
                Ferry Service Resumes In Tovik
                Read more:
                I think the ferry is too old.
                The operator declined to comment.""");
    }

    @Test
    void severityAndMessageByKindOfClaim() {
        checkMessagesByRules(UnattributedClaim.ID, """
                The ferry carries 1.2 million passengers a year.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WARNING Unattributed claim (a figure). Who is the source for this figure?
                It is the oldest ferry on the coast.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WARNING Unattributed claim (a superlative). Who says so? Superlatives such as “first” or “largest” need a source.
                The ferry stopped because the engine failed.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WARNING Unattributed claim (a causal claim). Who established this cause? Causal claims need a source.
                The ferry has a new captain.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ INFORMATION Unattributed claim (a factual assertion). Who is the source for this statement?""");
    }

    /** The check-worthiness model ranks this assertion high, so it is a warning though it has no figure. */
    @Test
    void checkWorthyAssertionsAreWarnings() {
        checkMessagesByRules(UnattributedClaim.ID, """
                Three surveys show that ferries are safe.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ WARNING Unattributed claim (a factual assertion). Who is the source for this statement?""");
    }

    @Test
    void theRuleIsAWarningByDefault() {
        UnattributedClaim rule = new UnattributedClaim();
        assertThat(rule.id()).isEqualTo("unattributed-claim");
        assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(rule.description())
                .isEqualTo("A factual claim with no source: add who says so (\"X said\", \"according to Y\").");
    }
}
