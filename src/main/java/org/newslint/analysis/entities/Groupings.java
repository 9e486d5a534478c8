package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.text.TextRange;

/**
 * What {@link EntityGrouper} decided, apart from the mentions it decided on: the groups as positions in
 * the mention list, the key that says when a decision can be reused, and the entities built from the
 * groups and the current mentions (their ranges and descriptions, which the decisions do not read).
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

    /** The entities of the formed groups, ordered by first mention, each mention in text order. */
    static EntityFinder.Result output(List<Formed> formed, List<NameMention> all) {
        // each group's first start worked out once, not at every comparison of the sort
        int[] firsts = new int[formed.size()];
        Integer[] order = new Integer[formed.size()];
        for (int g = 0; g < firsts.length; g++) {
            firsts[g] = firstStart(formed.get(g), all);
            order[g] = g;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(firsts[a], firsts[b]));
        List<Formed> groups = new ArrayList<>(formed.size());
        for (Integer g : order) {
            groups.add(formed.get(g));
        }
        List<Entity> entities = new ArrayList<>();
        TreeMap<Integer, EntityFinder.MentionRef> refs = new TreeMap<>();
        int counter = 0;
        for (Formed g : groups) {
            String id = "e" + (++counter);
            EntityType type = g.type();
            String name = g.name();
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> descriptions = new LinkedHashSet<>();
            List<TextRange> ranges = new ArrayList<>();
            List<NameMention> mentions = new ArrayList<>(g.members().length);
            for (int i : g.members()) {
                mentions.add(all.get(i));
            }
            mentions.sort((a, b) -> a.range().compareTo(b.range()));
            for (NameMention m : mentions) {
                if (!m.name().equals(name)) {
                    aliases.add(m.name());
                }
                if (m.linkedName() != null && !m.linkedName().equals(name)) {
                    aliases.add(m.linkedName());
                }
                if (m.description() != null) {
                    for (String d : m.description().split("\u0000")) {
                        descriptions.add(d);
                    }
                }
                ranges.add(m.range());
                refs.put(m.range().start(), new EntityFinder.MentionRef(m.range(), id, type));
            }
            entities.add(new Entity(id, name, type, new ArrayList<>(aliases), new ArrayList<>(descriptions), ranges));
        }
        return new EntityFinder.Result(entities, refs);
    }

    private static int firstStart(Formed g, List<NameMention> all) {
        int min = Integer.MAX_VALUE;
        for (int i : g.members()) {
            min = Math.min(min, all.get(i).range().start());
        }
        return min;
    }
}
