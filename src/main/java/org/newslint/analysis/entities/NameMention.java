package org.newslint.analysis.entities;

import org.newslint.analysis.model.EntityType;
import org.newslint.text.TextRange;

/**
 * A proper-name mention before grouping: the name without titles, the rule-based evidence for its
 * type, the trained model's type (null without one), and descriptions found next to it. {@code trusted} is false in headlines and boilerplate,
 * where capitals prove nothing.
 */
public record NameMention(
        TextRange range,
        String name,
        EntityType type,
        int evidence,
        String description,
        String linkedName,
        boolean acronym,
        boolean trusted,
        int sentenceIndex,
        int firstToken,
        int lastToken,
        EntityType modelType) {
    /** Evidence strengths: a gazetteer or title beats a head word, which beats a guess. */
    public static final int GUESS = 1;

    public static final int HEAD_WORD = 2;
    public static final int STRONG = 3;

    /** Vote weights: one gazetteer, title or dateline outweighs any number of weaker cues. */
    public static int weight(int evidence) {
        return switch (evidence) {
            case STRONG -> 100;
            case HEAD_WORD -> 4;
            case GUESS -> 1;
            default -> 0;
        };
    }

    /** The trained model's vote for one mention: above a guess, below a head word. */
    public static final int MODEL_WEIGHT = 3;
}
