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
        Evidence evidence,
        String description,
        String linkedName,
        boolean acronym,
        boolean trusted,
        int sentenceIndex,
        int firstToken,
        int lastToken,
        EntityType modelType) {
    /** How strongly the rules type a mention: a gazetteer, title or dateline beats a head word, which beats a guess. */
    public enum Evidence {
        NONE(0),
        GUESS(1),
        HEAD_WORD(4),
        STRONG(100);

        private final int weight;

        Evidence(int weight) {
            this.weight = weight;
        }

        /** The vote this evidence gives its type: one strong cue outweighs any number of weaker ones. */
        public int weight() {
            return weight;
        }
    }

    /** This mention moved by {@code by} characters, in sentence {@code sentence}. */
    NameMention moved(int by, int sentence) {
        return new NameMention(
                new TextRange(range.start() + by, range.end() + by),
                name,
                type,
                evidence,
                description,
                linkedName,
                acronym,
                trusted,
                sentence,
                firstToken,
                lastToken,
                modelType);
    }

    /** The trained model's vote for one mention: above a guess, below a head word. */
    public static final int MODEL_WEIGHT = 3;
}
