package org.newslint.analysis.model;

/**
 * What kind of claim a sentence makes, as a sourcing finding names it: a figure, a superlative, a
 * cause, a prediction, the writer's characterisation of someone, an action of a named actor stated
 * by the writer, or a plain statement of fact.
 */
public enum ClaimType {
    FIGURE,
    SUPERLATIVE,
    CAUSAL,
    PREDICTION,
    CHARACTERISATION,
    ACTION,
    FACT;

    /** The words a message uses: "a figure with no source", "the writer's characterisation of Clinton". */
    public String describe(String subject) {
        return switch (this) {
            case FIGURE -> "a figure with no source";
            case SUPERLATIVE -> "a superlative with no source";
            case CAUSAL -> "a causal claim with no source";
            case PREDICTION -> "a prediction with no source";
            case CHARACTERISATION -> "the writer's characterisation of " + subject;
            case ACTION -> "an action of " + subject + " stated as fact";
            case FACT -> "a statement of fact with no source";
        };
    }
}
