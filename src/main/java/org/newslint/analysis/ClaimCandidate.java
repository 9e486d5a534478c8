package org.newslint.analysis;

import java.util.List;

/**
 * A sentence the check-worthiness model is asked about, as the analysis saw it: the model's
 * features, the rules' claim kind, and the rules' objection if any ("first person"), so that
 * {@code newslint train claims} trains and tunes on exactly what the analysis decides.
 */
public record ClaimCandidate(List<String> features, ClaimKind kind, String ruleReason) {
    public ClaimCandidate {
        features = List.copyOf(features);
    }

    /**
     * Whether the sentence is worth checking: with a model, when its probability reaches the
     * threshold; without one (NaN), when the rules had no objection and found a figure, a
     * superlative or a causal claim.
     */
    public boolean isCheckWorthy(double probability, double threshold) {
        if (Double.isNaN(probability)) {
            return ruleReason == null && kind != ClaimKind.ASSERTION;
        }
        return probability >= threshold;
    }

    /**
     * Whether the sentence is a claim at all: the rules had no objection (claims the model does not
     * rank stay claims, as information-level notes), or they objected only to its voice ("first
     * person", "opinion") and the model finds it check-worthy ("we've lost 700,000 jobs").
     */
    public boolean isClaim(double probability, double threshold) {
        return ruleReason == null || isCheckWorthy(probability, threshold);
    }
}
