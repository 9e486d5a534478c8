package org.newslint.analysis.entities;

import java.util.List;
import org.newslint.analysis.model.EntityType;

/**
 * What {@link EntityGrouper} decided, apart from the mentions it decided on: the groups as positions in
 * the mention list and the key that says when a decision can be reused. {@link EntityOutput} builds the entities
 * from the groups and the current mentions (their ranges and descriptions, which the decisions do not read).
 */
final class Groupings {
    private Groupings() {}

    /**
     * Everything the grouping decisions read of the mentions, in order: names, linked names, rule types and
     * evidence, model types, trust, acronym flags, and each mention's sentence as its rank among the sentences
     * that have mentions (decisions compare sentence indices only with each other: a sentence added or removed
     * elsewhere changes no decision). Not the ranges nor the descriptions, which only the output reads.
     */
    static final class Key {
        private final List<NameMention> mentions;
        private final int[] sentenceRanks;
        /** Computed when first asked for (comparing with the last analysis's key needs none). */
        private int hash;

        private boolean hashed;

        Key(List<NameMention> mentions) {
            this.mentions = mentions;
            this.sentenceRanks = new int[mentions.size()];
            int rank = -1;
            int lastSentence = Integer.MIN_VALUE;
            boolean inOrder = true;
            for (int i = 0; i < mentions.size(); i++) {
                int si = mentions.get(i).sentenceIndex();
                inOrder &= si >= lastSentence;
                if (i == 0 || si != lastSentence) {
                    rank++;
                    lastSentence = si;
                }
                sentenceRanks[i] = rank;
            }
            if (!inOrder) {
                // never in text order, but then the indices themselves (no non-decreasing ranks equal them)
                for (int i = 0; i < mentions.size(); i++) {
                    sentenceRanks[i] = mentions.get(i).sentenceIndex();
                }
            }
        }

        @Override
        public int hashCode() {
            if (!hashed) {
                hash = computeHash();
                hashed = true;
            }
            return hash;
        }

        private int computeHash() {
            int h = mentions.size();
            for (int i = 0; i < mentions.size(); i++) {
                NameMention m = mentions.get(i);
                h = 31 * h + m.name().hashCode();
                h = 31 * h + java.util.Objects.hashCode(m.linkedName());
                h = 31 * h + java.util.Objects.hashCode(m.type());
                h = 31 * h + m.evidence().hashCode();
                h = 31 * h + java.util.Objects.hashCode(m.modelType());
                h = 31 * h + (m.trusted() ? 1 : 0) + (m.acronym() ? 2 : 0);
                h = 31 * h + sentenceRanks[i];
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key k)
                    || (k.hashed && hashed && k.hash != hash)
                    || k.mentions.size() != mentions.size()) {
                return false;
            }
            if (!java.util.Arrays.equals(k.sentenceRanks, sentenceRanks)) {
                return false;
            }
            for (int i = 0; i < mentions.size(); i++) {
                NameMention a = mentions.get(i);
                NameMention b = k.mentions.get(i);
                if (a == b) {
                    continue;
                }
                if (!a.name().equals(b.name())
                        || !java.util.Objects.equals(a.linkedName(), b.linkedName())
                        || a.type() != b.type()
                        || a.evidence() != b.evidence()
                        || a.modelType() != b.modelType()
                        || a.trusted() != b.trusted()
                        || a.acronym() != b.acronym()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One entity as grouping formed it: its mentions' positions in the list grouped, in the order they
     * joined, its type and canonical name. The groups are kept in the order grouping left them, before
     * they are sorted by first mention.
     */
    record Formed(int[] members, EntityType type, String name) {}
}
