package org.newslint.analysis;

import org.newslint.text.TextRange;

/**
 * A proper-name mention before grouping: the name without titles, the evidence for its type,
 * and descriptions found next to it. {@code trusted} is false in headlines and boilerplate,
 * where capitals prove nothing.
 */
record NameMention(TextRange range, String name, EntityType type, int evidence, String description,
                   String linkedName, boolean acronym, boolean trusted, int sentenceIndex, int firstToken,
                   int lastToken) {
    /** Evidence strengths: a gazetteer or title beats a head word, which beats a guess. */
    static final int GUESS = 1;
    static final int HEAD_WORD = 2;
    static final int STRONG = 3;
}
