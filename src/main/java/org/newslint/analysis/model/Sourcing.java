package org.newslint.analysis.model;

import org.newslint.text.TextRange;

/**
 * The sourcing decision for one sentence: would an editor ask "says who?" ({@link Need#NEEDS_SOURCE}, or with less confidence {@link
 * Need#PROBABLY_NEEDS_SOURCE}),
 * is it checkable but public record ({@link Need#PUBLIC_RECORD}), or neither. {@code needsSource} and
 * {@code claim} are the model's probabilities; {@code type} says what kind of claim it is, about
 * {@code subject} (the named actor, or null), and {@link #description()} in words ("a figure with no
 * source", "the writer's characterisation of Clinton"); {@code nearestAttribution} is the closest
 * attributed sentence of the same paragraph, or null, with {@code nearestSource} its source's words.
 */
public record Sourcing(
        Need need,
        double needsSource,
        double claim,
        ClaimType type,
        String subject,
        TextRange nearestAttribution,
        String nearestSource) {
    /** What kind of claim it is, in the words of a message. */
    public String description() {
        return type.describe(subject);
    }

    /** What the sentence needs from the writer. */
    public enum Need {
        /** The writer's own checkable claim with no source: a warning. */
        NEEDS_SOURCE,
        /** Probably the writer's claim with no source, with less confidence: information. */
        PROBABLY_NEEDS_SOURCE,
        /** Checkable, but public record by news convention: at most a hint. */
        PUBLIC_RECORD,
        /** Attributed, not a claim, or not worth a finding. */
        NONE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
