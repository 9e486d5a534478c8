package org.newslint.analysis.attribution;

import static org.newslint.analysis.attribution.SameReads.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.newslint.analysis.attribution.Attributor.CueHit;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.model.Entity;
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
        Object[] remembered = people.remembered();
        this.pronounStarts = (int[]) remembered[0];
        this.answers = (EntityFinder.MentionRef[]) remembered[1];
        this.answerFloors = (int[]) remembered[2];
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
}
