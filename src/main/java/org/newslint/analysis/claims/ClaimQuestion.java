package org.newslint.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.nlp.SentenceKey;
import org.newslint.nlp.Token;
import org.newslint.nlp.claims.ClaimFeatures;

/**
 * A sentence put to the check-worthiness model: the rules accepted it, or objected only to its
 * voice ({@link NonClaimReason#modelMayOverrule()}). Its {@link #features()} are what the model sees,
 * in use and in {@code newslint train claims}, which reads the questions an analysis asked.
 */
public record ClaimQuestion(List<Token> tokens, ClaimKind kind, NonClaimReason ruleReason) {
    /**
     * @param tokens a sentence's tokens, which {@code nlp.Sentence} keeps unmodifiable: viewed read-only, not copied
     *     (a copy would read every token of every claim sentence on each analysis, moved ones included)
     */
    public ClaimQuestion {
        tokens = java.util.Collections.unmodifiableList(tokens);
    }

    public List<String> features() {
        List<String> features = new ArrayList<>(ClaimFeatures.of(tokens));
        features.add("r:kind=" + kind);
        features.add("r:reason=" + (ruleReason == null ? "none" : ruleReason.label()));
        return features;
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

    /**
     * The key under which the model's probability is remembered: words, tags, lemmas, kind and rule
     * reason — everything {@link #features()} reads ({@code ClaimFeatures} reads each token's text,
     * tag and lemma, nothing of its offsets).
     */
    Object memoKey() {
        return new MemoKey(SentenceKey.of(tokens), kind, ruleReason);
    }

    private record MemoKey(SentenceKey words, ClaimKind kind, NonClaimReason ruleReason) {}
}
