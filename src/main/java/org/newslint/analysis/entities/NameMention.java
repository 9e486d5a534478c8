package org.newslint.analysis.entities;

import org.newslint.analysis.model.EntityType;
import org.newslint.text.TextRange;

/**
 * A proper-name mention before grouping: the name without titles, the rule-based evidence for its
 * type, the trained model's type (null without one), and descriptions found next to it. {@code trusted} is false in headlines and boilerplate,
 * where capitals prove nothing. {@code nameKey} and {@code linkedKey} are the grouping keys of the name and the
 * linked name ({@link GroupIndexes#key}), worked out when the mention is found and carried when it is moved, so
 * that grouping again after an edit looks none up.
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
        EntityType modelType,
        String nameKey,
        String linkedKey) {
    /** A mention with its keys worked out from the names. */
    public NameMention(
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
        this(
                range,
                name,
                type,
                evidence,
                description,
                linkedName,
                acronym,
                trusted,
                sentenceIndex,
                firstToken,
                lastToken,
                modelType,
                GroupIndexes.key(name),
                linkedName == null ? null : GroupIndexes.key(linkedName));
    }

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
                modelType,
                nameKey,
                linkedKey);
    }

    /** The trained model's vote for one mention: above a guess, below a head word. */
    public static final int MODEL_WEIGHT = 3;
}
