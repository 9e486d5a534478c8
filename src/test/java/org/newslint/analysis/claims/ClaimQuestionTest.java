package org.newslint.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.NonClaimReason;

/** The claim and check-worthiness decision from a model probability, the kind and the rules' objection. */
class ClaimQuestionTest {
    private static ClaimQuestion candidate(ClaimKind kind, NonClaimReason reason) {
        return new ClaimQuestion(List.of(), kind, reason);
    }

    @Test
    void withAModelTheProbabilityDecidesCheckWorthiness() {
        assertThat(candidate(ClaimKind.ASSERTION, null).isCheckWorthy(0.39, 0.4))
                .isFalse();
        assertThat(candidate(ClaimKind.ASSERTION, null).isCheckWorthy(0.40, 0.4))
                .isTrue();
        assertThat(candidate(ClaimKind.SUPERLATIVE, null).isCheckWorthy(0.2, 0.4))
                .isFalse();
    }

    @Test
    void anUnrankedAssertionStaysAClaimButAFirstPersonSentenceNeedsTheModel() {
        assertThat(candidate(ClaimKind.ASSERTION, null).isClaim(0.01, 0.4)).isTrue();
        assertThat(candidate(ClaimKind.NUMBER, NonClaimReason.FIRST_PERSON).isClaim(0.1, 0.4))
                .isFalse();
        assertThat(candidate(ClaimKind.NUMBER, NonClaimReason.FIRST_PERSON).isClaim(0.5, 0.4))
                .isTrue();
        assertThat(candidate(ClaimKind.NUMBER, NonClaimReason.FIRST_PERSON).isCheckWorthy(0.5, 0.4))
                .isTrue();
    }

    @Test
    void withoutAModelTheRulesDecide() {
        double none = Double.NaN;
        assertThat(candidate(ClaimKind.NUMBER, null).isCheckWorthy(none, 0.4)).isTrue();
        assertThat(candidate(ClaimKind.ASSERTION, null).isCheckWorthy(none, 0.4))
                .isFalse();
        assertThat(candidate(ClaimKind.ASSERTION, null).isClaim(none, 0.4)).isTrue();
        assertThat(candidate(ClaimKind.NUMBER, NonClaimReason.OPINION).isClaim(none, 0.4))
                .isFalse();
    }
}
