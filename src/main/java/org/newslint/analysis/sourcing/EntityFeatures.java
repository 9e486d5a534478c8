package org.newslint.analysis.sourcing;

import java.util.List;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.text.TextRange;

/**
 * The sourcing features that name the entities a sentence mentions outside quotations ("entity=PERSON", and
 * "entity-early=PERSON" within its first 40 characters), read from the {@link ArticleIndex}'s mention arrays
 * without an object per mention; part of {@link SourcingFeatures}, the last features of a sentence's list.
 */
final class EntityFeatures {
    private static final String[] ENTITY = SourcingFeatures.prefixed("entity=", EntityType.values());
    private static final String[] ENTITY_EARLY = SourcingFeatures.prefixed("entity-early=", EntityType.values());

    private EntityFeatures() {}

    /** Per entity, in entity order, its first mention (in its own order) inside the sentence and outside quotations. */
    static void add(ArticleIndex a, SentenceInfo s, List<TextRange> quoted, List<String> f) {
        int start = s.range().start();
        int end = s.range().end();
        // the chosen mention (by index in the index) per entity, kept sorted by entity: a sentence names few
        int[] chosen = null;
        int count = 0;
        for (int k = a.firstMentionFrom(start); k < a.mentions() && a.mentionStart(k) <= end; k++) {
            if (a.mentionEnd(k) > end || SourcingFeatures.inside(quoted, a.mentionStart(k))) {
                continue; // not inside the sentence (s.range().contains(m.range())), or quoted
            }
            int entity = a.mentionEntity(k);
            int at = 0;
            while (at < count && a.mentionEntity(chosen[at]) < entity) {
                at++;
            }
            if (at < count && a.mentionEntity(chosen[at]) == entity) {
                if (a.mentionIndex(k) < a.mentionIndex(chosen[at])) {
                    chosen[at] = k; // the entity's first mention in its own order
                }
                continue;
            }
            if (chosen == null) {
                chosen = new int[4];
            } else if (count == chosen.length) {
                chosen = java.util.Arrays.copyOf(chosen, count * 2);
            }
            System.arraycopy(chosen, at, chosen, at + 1, count - at);
            chosen[at] = k;
            count++;
        }
        for (int c = 0; c < count; c++) {
            int k = chosen[c];
            Entity e = a.analysis().entities().get(a.mentionEntity(k));
            f.add(ENTITY[e.type().ordinal()]);
            if (a.mentionStart(k) - start < 40) {
                f.add(ENTITY_EARLY[e.type().ordinal()]);
            }
        }
    }
}
