package org.newslint.analysis.model;

import java.util.List;
import org.newslint.text.TextRange;

/**
 * Everything the article says about one person, organisation or place: its fullest name, type,
 * other names it goes by, descriptions (titles, appositives) and every mention.
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        List<String> aliases,
        List<String> descriptions,
        List<TextRange> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        descriptions = List.copyOf(descriptions);
        mentions = List.copyOf(mentions);
    }

    public TextRange firstMention() {
        return mentions.get(0);
    }
}
