package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newslint.analysis.attribution.Attributor.CueHit;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * The comparisons {@link LastAttribution.Alignment} makes between the last analysis and a new one: entities
 * as the stage reads them, mentions, quotations and tokens, moved by a number of characters; and answers moved.
 */
final class SameReads {
    private SameReads() {}

    /**
     * The ids of the entities the stage would read differently (name, type, aliases, descriptions), new
     * ones and ones gone; compared place by place while the two lists have the same ids in the same order
     * (the usual case), else by id.
     */
    static Set<String> changedEntities(List<Entity> old, List<Entity> now) {
        Set<String> changed = new HashSet<>();
        if (old.size() == now.size()) {
            boolean aligned = true;
            for (int i = 0; i < now.size() && aligned; i++) {
                Entity a = old.get(i);
                Entity b = now.get(i);
                if (a != b && !a.id().equals(b.id())) {
                    aligned = false;
                } else if (!sameView(a, b)) {
                    changed.add(b.id());
                }
            }
            if (aligned) {
                // the same ids place by place: each id's first entity stands at the same place in both
                return changed;
            }
            changed.clear();
        }
        Map<String, Entity> oldById = byId(old);
        Map<String, Entity> nowById = byId(now);
        for (Map.Entry<String, Entity> e : nowById.entrySet()) {
            if (!sameView(oldById.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        for (String id : oldById.keySet()) {
            if (!nowById.containsKey(id)) {
                changed.add(id); // an entity gone: a mention naming it reads no entity now
            }
        }
        return changed;
    }

    /** The entities by id, the first of each id (as {@link Coreference#entity} finds them). */
    static Map<String, Entity> byId(List<Entity> entities) {
        Map<String, Entity> index = new HashMap<>(2 * entities.size());
        for (Entity e : entities) {
            index.putIfAbsent(e.id(), e);
        }
        return index;
    }

    /**
     * The first offset in {@code [lo, hi)} where the new mentions differ from the old ones moved by {@code d}
     * (or name a changed entity), else hi.
     */
    static int mentionDifferenceWithin(
            TreeMap<Integer, EntityFinder.MentionRef> old,
            TreeMap<Integer, EntityFinder.MentionRef> now,
            Set<String> changed,
            int lo,
            int hi,
            int d) {
        Iterator<Map.Entry<Integer, EntityFinder.MentionRef>> a =
                old.subMap(lo - d, hi - d).entrySet().iterator();
        Iterator<Map.Entry<Integer, EntityFinder.MentionRef>> b =
                now.subMap(lo, hi).entrySet().iterator();
        while (true) {
            Map.Entry<Integer, EntityFinder.MentionRef> ea = a.hasNext() ? a.next() : null;
            Map.Entry<Integer, EntityFinder.MentionRef> eb = b.hasNext() ? b.next() : null;
            if (ea == null && eb == null) {
                return hi;
            }
            long ka = ea == null ? Long.MAX_VALUE : (long) ea.getKey() + d;
            long kb = eb == null ? Long.MAX_VALUE : eb.getKey();
            if (ka != kb
                    || !sameRef(ea.getValue(), eb.getValue(), d)
                    || !changed.isEmpty() && changed.contains(eb.getValue().entityId())) {
                return (int) Math.min(ka, kb);
            }
        }
    }

    /**
     * The first offset in {@code [lo, hi)} below which the quotations reaching into {@code [lo, hi)} are the
     * old ones moved by {@code d}, else hi.
     */
    static int quoteDifferenceWithin(LastAttribution last, int[][] quotes, int lo, int hi, int d) {
        List<long[]> now = reaching(quotes[0], quotes[1], lo, hi, 0);
        List<long[]> old = reaching(last.quoteStarts, last.quoteEnds, lo, hi, d);
        for (int i = 0; i < Math.max(now.size(), old.size()); i++) {
            long[] x = i < now.size() ? now.get(i) : null;
            long[] y = i < old.size() ? old.get(i) : null;
            if (x == null || y == null || x[0] != y[0] || x[1] != y[1]) {
                long at = Math.min(x == null ? hi : x[0], y == null ? hi : y[0]);
                return (int) Math.max(lo, Math.min(hi, at));
            }
        }
        return hi;
    }

    /** The quotations (moved by {@code d}) that reach into {@code [lo, hi)}, in order. */
    static List<long[]> reaching(int[] starts, int[] ends, int lo, int hi, int d) {
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            long s = (long) starts[i] + d;
            long e = (long) ends[i] + d;
            if (s < hi && e > lo) {
                out.add(new long[] {s, e});
            }
        }
        return out;
    }

    /** The first offset below {@code limit} where the mention maps differ (or name a changed entity), else limit. */
    static int firstMentionDifference(
            TreeMap<Integer, EntityFinder.MentionRef> old,
            TreeMap<Integer, EntityFinder.MentionRef> now,
            Set<String> changed,
            int limit) {
        Iterator<Map.Entry<Integer, EntityFinder.MentionRef>> a = old.entrySet().iterator();
        Iterator<Map.Entry<Integer, EntityFinder.MentionRef>> b = now.entrySet().iterator();
        while (true) {
            Map.Entry<Integer, EntityFinder.MentionRef> ea = a.hasNext() ? a.next() : null;
            Map.Entry<Integer, EntityFinder.MentionRef> eb = b.hasNext() ? b.next() : null;
            int ka = ea == null ? Integer.MAX_VALUE : ea.getKey();
            int kb = eb == null ? Integer.MAX_VALUE : eb.getKey();
            if (Math.min(ka, kb) >= limit) {
                return limit;
            }
            if (ka != kb
                    || !sameRef(ea.getValue(), eb.getValue(), 0)
                    || changed.contains(eb.getValue().entityId())) {
                return Math.min(ka, kb);
            }
        }
    }

    /**
     * The lowest offset from which on (at or above {@code floor}) the new mention map is the old one moved by
     * {@code delta}, naming no changed entity: above the highest difference.
     */
    static int lastMentionDifference(
            TreeMap<Integer, EntityFinder.MentionRef> old,
            TreeMap<Integer, EntityFinder.MentionRef> now,
            Set<String> changed,
            int floor,
            int delta) {
        Iterator<Map.Entry<Integer, EntityFinder.MentionRef>> a =
                old.descendingMap().entrySet().iterator();
        Iterator<Map.Entry<Integer, EntityFinder.MentionRef>> b =
                now.descendingMap().entrySet().iterator();
        while (true) {
            Map.Entry<Integer, EntityFinder.MentionRef> ea = a.hasNext() ? a.next() : null;
            Map.Entry<Integer, EntityFinder.MentionRef> eb = b.hasNext() ? b.next() : null;
            long ka = ea == null ? Long.MIN_VALUE : (long) ea.getKey() + delta;
            long kb = eb == null ? Long.MIN_VALUE : eb.getKey();
            if (Math.max(ka, kb) < floor) {
                return floor;
            }
            if (ka != kb
                    || !sameRef(ea.getValue(), eb.getValue(), delta)
                    || changed.contains(eb.getValue().entityId())) {
                return (int) Math.min(Integer.MAX_VALUE, Math.max(ka, kb) + 1);
            }
        }
    }

    /**
     * The lowest offset from which on the quotations that reach it are the old ones moved by {@code delta}:
     * matched from the last, the ones left over (in either analysis) all end at or before it.
     */
    static int lastQuoteDifference(LastAttribution last, int[] starts, int[] ends, int delta) {
        int i = starts.length - 1;
        int j = last.quoteStarts.length - 1;
        while (i >= 0 && j >= 0 && starts[i] == last.quoteStarts[j] + delta && ends[i] == last.quoteEnds[j] + delta) {
            i--;
            j--;
        }
        long reach = Long.MIN_VALUE;
        for (int x = 0; x <= i; x++) {
            reach = Math.max(reach, ends[x]);
        }
        for (int x = 0; x <= j; x++) {
            reach = Math.max(reach, (long) last.quoteEnds[x] + delta);
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, reach));
    }

    /** What the stage reads of an entity: its name, type, aliases and descriptions. */
    static boolean sameView(Entity old, Entity now) {
        return old == now
                || old != null
                        && old.name().equals(now.name())
                        && old.type() == now.type()
                        && old.aliases().equals(now.aliases())
                        && old.descriptions().equals(now.descriptions());
    }

    static boolean sameRef(EntityFinder.MentionRef old, EntityFinder.MentionRef now, int delta) {
        return old == now && delta == 0
                || now.range().start() == old.range().start() + delta
                        && now.range().end() == old.range().end() + delta
                        && now.entityId().equals(old.entityId())
                        && now.type() == old.type();
    }

    /** Whether {@code now} holds the tokens of {@code old} moved by {@code delta}, word, tag and lemmas alike. */
    static boolean sameTokens(List<Token> old, List<Token> now, int delta) {
        if (old == now && delta == 0) {
            return true;
        }
        int size = now.size();
        if (old.size() != size) {
            return false;
        }
        long by = Token.movedBy(now, old);
        if (by != Long.MIN_VALUE) {
            // the same tokens all moved by one distance (every string shared): only the distance can differ
            return by == delta;
        }
        for (int i = 0; i < size; i++) {
            Token a = old.get(i);
            Token b = now.get(i);
            if (a == b && delta == 0) {
                continue;
            }
            if (b.start() != a.start() + delta
                    || b.end() != a.end() + delta
                    || !Objects.equals(a.text(), b.text())
                    || !Objects.equals(a.pos(), b.pos())
                    || !Objects.equals(a.lemma(), b.lemma())
                    || !Objects.equals(a.lower(), b.lower())
                    || !a.lemmas().equals(b.lemmas())) {
                return false;
            }
        }
        return true;
    }

    static int start(List<Token> toks) {
        return Token.startOf(toks, 0);
    }

    static int end(List<Token> toks) {
        return toks.isEmpty() ? Integer.MAX_VALUE : Token.endOf(toks, toks.size() - 1);
    }

    static EntityFinder.MentionRef moved(EntityFinder.MentionRef ref, int by) {
        return new EntityFinder.MentionRef(moved(ref.range(), by), ref.entityId(), ref.type());
    }

    static TextRange moved(TextRange r, int by) {
        return new TextRange(r.start() + by, r.end() + by);
    }

    /** Cue hits moved by {@code by} characters, with their cues and sources. */
    static List<CueHit> moved(List<CueHit> hits, int by) {
        if (hits.isEmpty()) {
            return hits;
        }
        List<CueHit> out = new ArrayList<>(hits.size());
        for (CueHit h : hits) {
            Cue c = h.cue();
            Source src = h.source();
            out.add(new CueHit(
                    h.first(),
                    h.last(),
                    new Cue(moved(c.range(), by), c.text(), c.lemma()),
                    src == null ? null : new Source(moved(src.range(), by), src.text(), src.entityId(), src.name())));
        }
        return List.copyOf(out);
    }
}
