package org.newslint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim and check-worthiness decision from a model probability, the kind and the rules' objection. */
class ClaimCandidateTest {
    private static ClaimCandidate candidate(ClaimKind kind, String reason) {
        return new ClaimCandidate(List.of("w=x"), kind, reason);
    }

    @Test
    void withAModelTheProbabilityDecidesCheckWorthiness() {
        assertThat(candidate(ClaimKind.ASSERTION, null).isCheckWorthy(0.39, 0.4)).isFalse();
        assertThat(candidate(ClaimKind.ASSERTION, null).isCheckWorthy(0.40, 0.4)).isTrue();
        assertThat(candidate(ClaimKind.SUPERLATIVE, null).isCheckWorthy(0.2, 0.4)).isFalse();
    }

    @Test
    void anUnrankedAssertionStaysAClaimButAFirstPersonSentenceNeedsTheModel() {
        assertThat(candidate(ClaimKind.ASSERTION, null).isClaim(0.01, 0.4)).isTrue();
        assertThat(candidate(ClaimKind.NUMBER, "first person").isClaim(0.1, 0.4)).isFalse();
        assertThat(candidate(ClaimKind.NUMBER, "first person").isClaim(0.5, 0.4)).isTrue();
        assertThat(candidate(ClaimKind.NUMBER, "first person").isCheckWorthy(0.5, 0.4)).isTrue();
    }

    @Test
    void withoutAModelTheRulesDecide() {
        double none = Double.NaN;
        assertThat(candidate(ClaimKind.NUMBER, null).isCheckWorthy(none, 0.4)).isTrue();
        assertThat(candidate(ClaimKind.ASSERTION, null).isCheckWorthy(none, 0.4)).isFalse();
        assertThat(candidate(ClaimKind.ASSERTION, null).isClaim(none, 0.4)).isTrue();
        assertThat(candidate(ClaimKind.NUMBER, "opinion").isClaim(none, 0.4)).isFalse();
    }
}
