package org.newslint.analysis.entities;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.text.TextRange;

/**
 * The entities of the formed groups ({@link Groupings.Formed}) over the current mentions: ordered by first mention,
 * each with its mentions' ranges in text order, its aliases and descriptions, and the index from each mention's
 * start to its entity.
 *
 * <p>An editor's analysis passes the last output ({@link Built}). When the decisions are the very same list (the
 * same grouping key, so every mention's name and linked name are equal, see {@link Groupings.Key}) and every
 * mention's description is equal too, each entity's aliases and descriptions — read only from those — are the
 * last entity's lists; the groups' order and each group's mentions in text order are the last ones when the new
 * starts still put them in the order a sort would (checked, else sorted again). Only the ranges are new.
 */
final class EntityOutput {
    private EntityOutput() {}

    /**
     * An output with what the next one may reuse: the decisions and mentions it was built from, the groups in
     * output order, and per group (by its place in {@code formed}) its member positions in text order and its entity.
     */
    record Built(
            EntityFinder.Result result,
            List<Groupings.Formed> formed,
            List<NameMention> mentions,
            int[] order,
            int[][] inTextOrder,
            Entity[] byGroup) {}

    /** The entities of {@code formed} over {@code all} mentions, reusing what {@code last} (or null) allows. */
    static Built of(List<Groupings.Formed> formed, List<NameMention> all, Built last) {
        boolean sameNames = last != null && last.formed == formed && sameDescriptions(last.mentions, all);
        int groups = formed.size();
        int[] firsts = new int[groups];
        for (int g = 0; g < groups; g++) {
            firsts[g] = firstStart(formed.get(g), all);
        }
        int[] order = sameNames && inOrder(last.order, firsts) ? last.order : order(firsts);
        List<Entity> entities = new ArrayList<>(groups);
        int[][] inTextOrder = new int[groups][];
        Entity[] byGroup = new Entity[groups];
        MentionIndex index = new MentionIndex(all.size());
        int counter = 0;
        for (int g : order) {
            Groupings.Formed group = formed.get(g);
            String id = id(++counter);
            // the aliases and descriptions are read in this order: the last entity's lists only with the last order
            boolean reuse = sameNames && inTextOrder(last.inTextOrder[g], all);
            int[] sorted = reuse ? last.inTextOrder[g] : sorted(group, all);
            inTextOrder[g] = sorted;
            TextRange[] ranges = new TextRange[sorted.length];
            for (int k = 0; k < sorted.length; k++) {
                NameMention m = all.get(sorted[k]);
                ranges[k] = m.range();
                index.add(sorted[k], new EntityFinder.MentionRef(m.range(), id, group.type()));
            }
            Entity was = reuse ? last.byGroup[g] : null;
            Entity entity = was != null
                    ? new Entity(id, group.name(), group.type(), was.aliases(), was.descriptions(), List.of(ranges))
                    : entity(id, group.name(), group.type(), sorted, all, ranges);
            byGroup[g] = entity;
            entities.add(entity);
        }
        return new Built(new EntityFinder.Result(entities, index.map()), formed, all, order, inTextOrder, byGroup);
    }

    private static Entity entity(
            String id, String name, EntityType type, int[] sorted, List<NameMention> all, TextRange[] ranges) {
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> descriptions = new LinkedHashSet<>();
        for (int p : sorted) {
            NameMention m = all.get(p);
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
        }
        return new Entity(id, name, type, List.copyOf(aliases), List.copyOf(descriptions), List.of(ranges));
    }

    /** Equal descriptions mention by mention (the same strings, as a moved mention keeps them, or equal ones). */
    private static boolean sameDescriptions(List<NameMention> a, List<NameMention> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Objects.equals(a.get(i).description(), b.get(i).description())) {
                return false;
            }
        }
        return true;
    }

    private static int firstStart(Groupings.Formed g, List<NameMention> all) {
        int min = Integer.MAX_VALUE;
        for (int i : g.members()) {
            min = Math.min(min, all.get(i).range().start());
        }
        return min;
    }

    /** The groups by first start; on a tie, by their place in the list (the order a stable sort leaves). */
    private static int[] order(int[] firsts) {
        Integer[] boxed = new Integer[firsts.length];
        for (int g = 0; g < boxed.length; g++) {
            boxed[g] = g;
        }
        Arrays.sort(boxed, Comparator.comparingInt(g -> firsts[g]));
        int[] order = new int[boxed.length];
        for (int g = 0; g < order.length; g++) {
            order[g] = boxed[g];
        }
        return order;
    }

    /** Whether {@link #order} of {@code firsts} would give {@code order}. */
    private static boolean inOrder(int[] order, int[] firsts) {
        if (order.length != firsts.length) {
            return false;
        }
        for (int k = 1; k < order.length; k++) {
            int a = order[k - 1];
            int b = order[k];
            if (firsts[a] > firsts[b] || firsts[a] == firsts[b] && a > b) {
                return false;
            }
        }
        return true;
    }

    /** A group's member positions in the text order of their ranges (a stable sort of the order they joined). */
    private static int[] sorted(Groupings.Formed g, List<NameMention> all) {
        Integer[] boxed = new Integer[g.members().length];
        for (int k = 0; k < boxed.length; k++) {
            boxed[k] = g.members()[k];
        }
        Arrays.sort(boxed, (a, b) -> all.get(a).range().compareTo(all.get(b).range()));
        int[] sorted = new int[boxed.length];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = boxed[k];
        }
        return sorted;
    }

    /** Whether the positions' ranges strictly increase, so that any sort of them gives this order. */
    private static boolean inTextOrder(int[] positions, List<NameMention> all) {
        for (int k = 1; k < positions.length; k++) {
            if (all.get(positions[k - 1])
                            .range()
                            .compareTo(all.get(positions[k]).range())
                    >= 0) {
                return false;
            }
        }
        return true;
    }

    private static final String[] IDS = new String[512];

    private static String id(int n) {
        if (n >= IDS.length) {
            return "e" + n;
        }
        String id = IDS[n];
        if (id == null) {
            id = "e" + n;
            IDS[n] = id; // a benign race: equal strings
        }
        return id;
    }

    /**
     * The index from each grouped mention's start to its entity. The refs arrive group by group; a map in which a
     * later ref for the same start replaced an earlier one is what the index means. When the grouped mentions'
     * starts strictly increase in list order (the usual case: mentions are found in text order, and none share a
     * start), the map is built from them in one sorted pass instead of by insertion.
     */
    private static final class MentionIndex {
        private final EntityFinder.MentionRef[] byPosition;
        private final List<EntityFinder.MentionRef> inArrival = new ArrayList<>();

        MentionIndex(int mentions) {
            byPosition = new EntityFinder.MentionRef[mentions];
        }

        void add(int position, EntityFinder.MentionRef ref) {
            byPosition[position] = ref;
            inArrival.add(ref);
        }

        TreeMap<Integer, EntityFinder.MentionRef> map() {
            int count = 0;
            int lastStart = -1;
            for (EntityFinder.MentionRef ref : byPosition) {
                if (ref == null) {
                    continue;
                }
                if (ref.range().start() <= lastStart) {
                    return inserted();
                }
                lastStart = ref.range().start();
                count++;
            }
            EntityFinder.MentionRef[] refs = new EntityFinder.MentionRef[count];
            int k = 0;
            for (EntityFinder.MentionRef ref : byPosition) {
                if (ref != null) {
                    refs[k++] = ref;
                }
            }
            return new TreeMap<>(new SortedRefs(refs));
        }

        private TreeMap<Integer, EntityFinder.MentionRef> inserted() {
            TreeMap<Integer, EntityFinder.MentionRef> map = new TreeMap<>();
            for (EntityFinder.MentionRef ref : inArrival) {
                map.put(ref.range().start(), ref);
            }
            return map;
        }
    }

    /**
     * Refs with strictly increasing starts as a sorted map by start, for {@code new TreeMap<>(SortedMap)}, which
     * builds its tree in linear time from the entries in order. Only what that constructor reads is supported.
     */
    private static final class SortedRefs extends AbstractMap<Integer, EntityFinder.MentionRef>
            implements SortedMap<Integer, EntityFinder.MentionRef> {
        private final EntityFinder.MentionRef[] refs;

        SortedRefs(EntityFinder.MentionRef[] refs) {
            this.refs = refs;
        }

        @Override
        public Comparator<? super Integer> comparator() {
            return null;
        }

        @Override
        public int size() {
            return refs.length;
        }

        @Override
        public Set<Map.Entry<Integer, EntityFinder.MentionRef>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return refs.length;
                }

                @Override
                public Iterator<Map.Entry<Integer, EntityFinder.MentionRef>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < refs.length;
                        }

                        @Override
                        public Map.Entry<Integer, EntityFinder.MentionRef> next() {
                            if (next >= refs.length) {
                                throw new NoSuchElementException();
                            }
                            EntityFinder.MentionRef ref = refs[next++];
                            return new AbstractMap.SimpleImmutableEntry<>(
                                    ref.range().start(), ref);
                        }
                    };
                }
            };
        }

        @Override
        public SortedMap<Integer, EntityFinder.MentionRef> subMap(Integer from, Integer to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<Integer, EntityFinder.MentionRef> headMap(Integer to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<Integer, EntityFinder.MentionRef> tailMap(Integer from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Integer firstKey() {
            return refs[0].range().start();
        }

        @Override
        public Integer lastKey() {
            return refs[refs.length - 1].range().start();
        }
    }
}
