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
import org.newslint.text.CommonEnds;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * An editor's last analysis as the attribution stage saw it: its text, sentences, mentions, entities and
 * quotations, the cues and stance cues it found per sentence and the answers it found for "he" and
 * "she", each with how far back it read ({@link Reads}). The next analysis takes an answer instead of
 * finding it again when everything the answer read is still the same ({@link Alignment}).
 *
 * <p>Why that is exact: a sentence's cues (and stance cues, and a pronoun's answer) are a function of the
 * sentence's tokens and characters, the lexicon, and what the stage reads of the rest of the document
 * through {@link Reads}: whether an offset is quoted, the mentions by offset, the sentences' tokens, the
 * answers for earlier pronouns (whose own reads count as the asker's) and, for the entities those
 * mentions name, their name, type, aliases and descriptions (an entity's mentions all over the document are
 * read only to tell a news outlet, and an answer that read them is never taken). All reads of an answer lie
 * between its floor and its sentence's end. The alignment finds a stretch at the start of the document
 * ({@code [0, stablePrefix)}) where this analysis has the last one's characters, sentences (token for token),
 * mentions, quotations and entities as they were, and one at the end ({@code [stableSuffix, end)}) where it
 * has them all moved by the text's change in length; an answer whose reads lie in one of them reads the
 * same now (moved with the text) and so is the same, moved. Held: one analysis's sentence list, mention map
 * and entity index (shared with that analysis), its texts, and per sentence its cue lists and a floor.
 */
final class LastAttribution {
    /** A pronoun's answer (null: no one) and floor, moved to this document. */
    record Answer(EntityFinder.MentionRef ref, int floor) {}

    /** Per sentence: the answers (null: not found), their floors, and whether they read mentions everywhere. */
    record PerSentence(List<CueHit>[] hits, int[] floors, boolean[] everywhere) {
        @SuppressWarnings("unchecked")
        static PerSentence of(int n) {
            return new PerSentence(new List[n], new int[n], new boolean[n]);
        }

        PerSentence copy() {
            return new PerSentence(hits.clone(), floors.clone(), everywhere.clone());
        }
    }

    final String original;
    final String text;
    final List<List<Token>> sentences;
    final TreeMap<Integer, EntityFinder.MentionRef> mentions;
    final List<Entity> entities;
    final int[] quoteStarts;
    final int[] quoteEnds;
    final PerSentence cues;
    /** Null until the stance cues were all found. */
    final PerSentence stances;

    final int[] pronounStarts;
    final EntityFinder.MentionRef[] answers;
    final int[] answerFloors;

    LastAttribution(
            Prose prose,
            List<List<Token>> sentences,
            EntityFinder.Result entities,
            int[][] quotes,
            PerSentence cues,
            PerSentence stances,
            PersonReferents people) {
        this.original = prose.original();
        this.text = prose.text();
        this.sentences = sentences;
        this.mentions = entities.mentions();
        this.entities = entities.entities();
        this.quoteStarts = quotes[0];
        this.quoteEnds = quotes[1];
        this.cues = cues;
        this.stances = stances;
        this.pronounStarts = people.resolvedStarts();
        this.answers = people.resolvedAnswers();
        this.answerFloors = people.resolvedFloors();
    }

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

    /** The quotations' contents sorted (by start, then end): their starts and ends. */
    static int[][] sortedQuotes(List<TextRange> contents) {
        List<TextRange> sorted = new ArrayList<>(contents);
        sorted.sort(null);
        int[] starts = new int[sorted.size()];
        int[] ends = new int[sorted.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = sorted.get(i).start();
            ends[i] = sorted.get(i).end();
        }
        return new int[][] {starts, ends};
    }

    /**
     * A new analysis lined up with the last one: the sentences the two share at the start and at the end,
     * and the stretches where everything the stage reads is the same ({@link LastAttribution}).
     */
    static final class Alignment {
        final LastAttribution last;
        private final List<List<Token>> sentences;
        private final int n;
        /**
         * The blocks of sentences this analysis shares with the last one, at most three (at the start, in the
         * middle, at the end): block {@code b} is this analysis's sentences {@code [from[b], to[b])}, the last
         * one's from {@code oldFrom[b]} on, moved by {@code delta[b]} characters; in {@code [low[b], high[b])}
         * everything the stage reads is as it was there, moved ({@code low} is {@link Integer#MIN_VALUE} for
         * the block at the start, {@code high} {@link Integer#MAX_VALUE} for the one at the end).
         */
        private final int[] from = new int[3];

        private final int[] to = new int[3];
        private final int[] oldFrom = new int[3];
        private final int[] delta = new int[3];
        private final int[] low = new int[3];
        private final int[] high = new int[3];
        private int blocks;

        private Alignment(LastAttribution last, List<List<Token>> sentences) {
            this.last = last;
            this.sentences = sentences;
            this.n = sentences.size();
        }

        private void add(int f, int t, int oldF, int d, int lo, int hi) {
            if (t > f && hi > lo) {
                from[blocks] = f;
                to[blocks] = t;
                oldFrom[blocks] = oldF;
                delta[blocks] = d;
                low[blocks] = lo;
                high[blocks] = hi;
                blocks++;
            }
        }

        /** The new analysis lined up with {@code last}. */
        static Alignment of(
                LastAttribution last,
                Prose prose,
                List<List<Token>> sentences,
                EntityFinder.Result entities,
                int[][] quotes) {
            Alignment a = new Alignment(last, sentences);
            int n = sentences.size();
            int ln = last.sentences.size();
            for (List<Token> toks : sentences) {
                if (toks.isEmpty()) {
                    return a; // no sentence start to search by: nothing taken
                }
            }
            for (List<Token> toks : last.sentences) {
                if (toks.isEmpty()) {
                    return a;
                }
            }
            CommonEnds original = CommonEnds.of(last.original, prose.original());
            CommonEnds text = CommonEnds.of(last.text, prose.text());
            int newLength = prose.text().length();
            int delta = text.delta();
            Set<String> changed = changedEntities(last.entities, entities.entities());
            // the start: characters, sentences, mentions and quotations as they were
            int p = Math.min(original.prefix(), text.prefix());
            int lim = Math.min(n, ln);
            int k = 0;
            while (k < lim && end(sentences.get(k)) <= p && sameTokens(last.sentences.get(k), sentences.get(k), 0)) {
                k++;
            }
            if (k < n) {
                p = Math.min(p, start(sentences.get(k)));
            }
            if (k < ln) {
                p = Math.min(p, start(last.sentences.get(k)));
            }
            p = Math.min(p, firstMentionDifference(last.mentions, entities.mentions(), changed, p));
            int[] qs = quotes[0];
            int[] qe = quotes[1];
            for (int i = 0; i < Math.max(qs.length, last.quoteStarts.length); i++) {
                boolean inNew = i < qs.length;
                boolean inOld = i < last.quoteStarts.length;
                if (inNew && inOld && qs[i] == last.quoteStarts[i] && qe[i] == last.quoteEnds[i]) {
                    if (qs[i] >= p) {
                        break;
                    }
                    continue;
                }
                p = Math.min(p, Math.min(inNew ? qs[i] : p, inOld ? last.quoteStarts[i] : p));
                break;
            }
            a.add(0, k, 0, 0, Integer.MIN_VALUE, p);
            // the end: the same, moved by delta
            int t = 0;
            if (original.delta() == delta && original.suffix() > 0 && text.suffix() > 0) {
                int suffixFrom = newLength - Math.min(original.suffix(), text.suffix());
                while (t < lim - k
                        && start(sentences.get(n - 1 - t)) >= suffixFrom
                        && sameTokens(last.sentences.get(ln - 1 - t), sentences.get(n - 1 - t), delta)) {
                    t++;
                }
                if (t > 0) {
                    int s = Math.max(suffixFrom, start(sentences.get(n - t)));
                    s = Math.max(s, lastMentionDifference(last.mentions, entities.mentions(), changed, s, delta));
                    s = Math.max(s, lastQuoteDifference(last, qs, qe, delta));
                    a.add(n - t, n, ln - t, delta, s, Integer.MAX_VALUE);
                }
            }
            a.middle(prose, entities, quotes, changed, k, n - t, k, ln - t);
            return a;
        }

        /**
         * Between the shared start and end, a run of sentences the last analysis had too, moved (an editor's
         * two last changes apart, or a paragraph moved): anchored at one of the first few sentences there,
         * whose tokens stand at one of the nearby old places moved, and grown while the sentences follow
         * suit; then kept up to the first difference in mentions or quotations, where the characters are the same.
         */
        private void middle(
                Prose prose,
                EntityFinder.Result entities,
                int[][] quotes,
                Set<String> changed,
                int newFrom,
                int newTo,
                int oldFromIndex,
                int oldTo) {
            for (int i = newFrom; i < Math.min(newTo, newFrom + 3); i++) {
                for (int j = Math.max(oldFromIndex, i - 3); j < Math.min(oldTo, i + 4); j++) {
                    int d = start(sentences.get(i)) - start(last.sentences.get(j));
                    if (!sameTokens(last.sentences.get(j), sentences.get(i), d)) {
                        continue;
                    }
                    int m = 1;
                    while (i + m < newTo
                            && j + m < oldTo
                            && sameTokens(last.sentences.get(j + m), sentences.get(i + m), d)) {
                        m++;
                    }
                    int lo = start(sentences.get(i));
                    int hi = end(sentences.get(i + m - 1));
                    if (!prose.original().regionMatches(lo, last.original, lo - d, hi - lo)) {
                        return;
                    }
                    hi = Math.min(hi, mentionDifferenceWithin(last.mentions, entities.mentions(), changed, lo, hi, d));
                    hi = Math.min(hi, quoteDifferenceWithin(last, quotes, lo, hi, d));
                    add(i, i + m, j, d, lo, hi);
                    return;
                }
            }
        }

        /** The last analysis's cues for sentence {@code s}, when they read only what is as it was; else null. */
        List<CueHit> cues(int s) {
            return taken(last.cues, s);
        }

        /** The same for stance cues. */
        List<CueHit> stances(int s) {
            return last.stances == null ? null : taken(last.stances, s);
        }

        private int blockOf(int s) {
            for (int b = 0; b < blocks; b++) {
                if (s >= from[b] && s < to[b]) {
                    return b;
                }
            }
            return -1;
        }

        /** The floor of the answer {@link #cues} or {@link #stances} gave for sentence {@code s}, moved. */
        int floor(PerSentence answers, int s) {
            int b = blockOf(s);
            int f = answers.floors()[s - from[b] + oldFrom[b]];
            return f == Reads.START ? f : f + delta[b];
        }

        private List<CueHit> taken(PerSentence answers, int s) {
            int b = blockOf(s);
            if (b < 0 || end(sentences.get(s)) > high[b]) {
                return null;
            }
            int j = s - from[b] + oldFrom[b];
            List<CueHit> hits = answers.hits()[j];
            if (hits == null || answers.everywhere()[j] || !above(answers.floors()[j], b)) {
                return null;
            }
            return delta[b] == 0 ? hits : moved(hits, delta[b]);
        }

        /** Whether a floor of the last analysis, moved, lies where block {@code b} reads as it was. */
        private boolean above(int oldFloor, int b) {
            return low[b] == Integer.MIN_VALUE || (long) oldFloor + delta[b] >= low[b];
        }

        /**
         * The last analysis's answer for the pronoun at {@code start} (whose sentence ends at {@code
         * sentenceEnd}), moved, when it read only what is as it was; else null.
         */
        Answer answer(int start, int sentenceEnd) {
            for (int b = 0; b < blocks; b++) {
                if (start < start(sentences.get(from[b])) || sentenceEnd > end(sentences.get(to[b] - 1))) {
                    continue;
                }
                if (sentenceEnd > high[b]) {
                    return null;
                }
                int j = java.util.Arrays.binarySearch(last.pronounStarts, start - delta[b]);
                if (j < 0 || !above(last.answerFloors[j], b)) {
                    return null;
                }
                EntityFinder.MentionRef ref = last.answers[j];
                int f = last.answerFloors[j];
                return delta[b] == 0
                        ? new Answer(ref, f)
                        : new Answer(ref == null ? null : moved(ref, delta[b]), f == Reads.START ? f : f + delta[b]);
            }
            return null;
        }

        /** How many of sentence {@code s}'s... for tests: the block it lies in (-1: none). */
        int block(int s) {
            return blockOf(s);
        }
    }

    /**
     * The first offset in {@code [lo, hi)} where the new mentions differ from the old ones moved by {@code d}
     * (or name a changed entity), else hi.
     */
    private static int mentionDifferenceWithin(
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
    private static int quoteDifferenceWithin(LastAttribution last, int[][] quotes, int lo, int hi, int d) {
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
    private static List<long[]> reaching(int[] starts, int[] ends, int lo, int hi, int d) {
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
    private static int firstMentionDifference(
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
    private static int lastMentionDifference(
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
    private static int lastQuoteDifference(LastAttribution last, int[] starts, int[] ends, int delta) {
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
    private static boolean sameView(Entity old, Entity now) {
        return old == now
                || old != null
                        && old.name().equals(now.name())
                        && old.type() == now.type()
                        && old.aliases().equals(now.aliases())
                        && old.descriptions().equals(now.descriptions());
    }

    private static boolean sameRef(EntityFinder.MentionRef old, EntityFinder.MentionRef now, int delta) {
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

    private static int start(List<Token> toks) {
        return toks.get(0).start();
    }

    private static int end(List<Token> toks) {
        return toks.isEmpty() ? Integer.MAX_VALUE : toks.get(toks.size() - 1).end();
    }

    private static EntityFinder.MentionRef moved(EntityFinder.MentionRef ref, int by) {
        return new EntityFinder.MentionRef(moved(ref.range(), by), ref.entityId(), ref.type());
    }

    private static TextRange moved(TextRange r, int by) {
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
