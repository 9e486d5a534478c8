package org.newslint.analysis.sourcing;

import java.util.List;
import java.util.function.Function;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.nlp.BoundedMemo;
import org.newslint.nlp.SentenceKey;
import org.newslint.nlp.sourcing.SourcingModel;

/**
 * What the sourcing stage remembers between an editor's analyses of a document, so that a keystroke
 * recomputes only what it changed. It belongs to one set of lexicons (the word features read them),
 * like the other per-lexicon stages, and is used only on the editor path: a fresh analysis keeps nothing.
 *
 * <ul>
 *   <li>A sentence's {@link SourcingFeatures.Words}, under its {@link SourcingFeatures#wordsKey} (tokens' words,
 *       tags and lemmas, and which tokens are quoted): {@link SourcingFeatures#words} reads nothing else, and the
 *       lexicons are this memory's own.</li>
 *   <li>The model's two probabilities, under the whole feature list, in order, for one model instance:
 *       the model's answer is a pure function of that list (the maxent model sums the weights of the
 *       features in their order, so an equal list gives the same doubles bit for bit), and the list
 *       holds every input the model sees. When the decider is handed another model, the probabilities
 *       remembered for the last one are dropped.</li>
 * </ul>
 *
 * Both grow to twice the sentences of the longest document analysed ({@link BoundedMemo}). In front of
 * them, what the last two analyses' sentences got ({@link Last}: words, feature list, probabilities), by place
 * ({@link SentenceKey.Recent}: the sentence at the same index counted from the start or from the end, with an
 * equal words key, up to 16,384 sentences each): such a sentence takes the remembered words, and
 * {@link SourcingFeatures#featured} builds only the features that are not its words (a few constant strings
 * from the sentence, its quotations, neighbours and mentions, read afresh) and compares them with the
 * remembered list's, string by reference; equal, the remembered list and probabilities are the answer (an
 * equal list). Anything else goes to the memos. Safe to share between threads analysing different documents.
 */
public final class SourcingMemory {
    private static final int INITIAL = 4096;
    /** The most sentences remembered (a 1 MiB article has about 9,000). */
    private static final int MOST = 1 << 17;

    private final Lexicons lex;
    private final BoundedMemo<SentenceKey, SourcingFeatures.Words> words = new BoundedMemo<>(INITIAL, MOST);
    /**
     * The feature strings per cue lemma (a function of the lemma and the lexicons): cue lemmas come from the
     * lexicons' verbs and phrases, so there are few; past {@link #MOST_CUES} the further ones are made each time.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, CueStrings> cues =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MOST_CUES = 4096;
    private SourcingModel model;
    private Scores scores;

    /**
     * What a sentence got: its words, its features (the words' features from {@code wordsFrom} to {@code wordsTo},
     * the other features around them; never changed) and the model's probabilities for them.
     */
    record Last(SourcingFeatures.Words words, String[] features, int wordsFrom, int wordsTo, double[] probabilities) {}

    public SourcingMemory(Lexicons lex) {
        this.lex = lex;
    }

    Lexicons lexicons() {
        return lex;
    }

    BoundedMemo<SentenceKey, SourcingFeatures.Words> words() {
        return words;
    }

    /**
     * An analysis of {@code sentences} sentences with {@code forModel} (whose probabilities {@code compute} gives)
     * begins: the memos grow to hold its sentences, and the returned session finds what the last analyses'
     * sentences got. When the model changes, the remembered probabilities start empty.
     */
    synchronized Session begin(SourcingModel forModel, int sentences, Function<List<String>, double[]> compute) {
        if (forModel != model) {
            model = forModel;
            scores = new Scores(new BoundedMemo<>(INITIAL, MOST), new SentenceKey.Recent<>());
        }
        scores.memo().expect(sentences);
        words.expect(sentences);
        return new Session(scores.memo(), scores.recent().begin(sentences), compute);
    }

    /** One model's probabilities by feature list ({@code memo}) and what the last analyses' sentences got ({@code recent}). */
    private record Scores(BoundedMemo<List<String>, double[]> memo, SentenceKey.Recent<Last> recent) {}

    /** One analysis's use of the memory, sentence by sentence in text order, then {@link #end}. */
    final class Session {
        private final BoundedMemo<List<String>, double[]> scoreMemo;
        private final SentenceKey.Recent.Session<Last> recent;
        private final Function<List<String>, double[]> compute;
        /** Scratch lists for the features around a sentence's words (one analysis, one thread). */
        final List<String> head = new java.util.ArrayList<>(32);

        final List<String> tail = new java.util.ArrayList<>(8);

        private Session(
                BoundedMemo<List<String>, double[]> scoreMemo,
                SentenceKey.Recent.Session<Last> recent,
                Function<List<String>, double[]> compute) {
            this.scoreMemo = scoreMemo;
            this.recent = recent;
            this.compute = compute;
        }

        /** What sentence {@code index} got in one of the last analyses, at its place and under an equal {@code key}, or null. */
        Last last(int index, SentenceKey key) {
            return recent.peek(index, key);
        }

        /** Records what sentence {@code index} (words {@code key}) got in this analysis. */
        void record(int index, SentenceKey key, Last got) {
            recent.put(index, key, got);
        }

        /** A sentence took what a last analysis's sentence got ({@link #reused}, for tests). */
        void reuse(int index, SentenceKey key, Last got) {
            record(index, key, got);
            reused++;
        }

        private int reused;

        /** How many sentences of this analysis took what a last analysis's sentence got. */
        int reused() {
            return reused;
        }

        /** The words under {@code key}: remembered, else computed. */
        SourcingFeatures.Words words(SentenceKey key, Function<SentenceKey, SourcingFeatures.Words> make) {
            return words.computeIfAbsent(key, make);
        }

        /** The probabilities for {@code features}: remembered for an equal list, else computed. */
        double[] probabilities(List<String> features) {
            return scoreMemo.computeIfAbsent(features, compute);
        }

        /** The feature strings of a cue lemma ({@link SourcingFeatures#cueStrings}), remembered while there are few. */
        CueStrings cueStrings(String lemma, Function<String, CueStrings> make) {
            CueStrings c = cues.get(lemma);
            if (c == null) {
                c = make.apply(lemma);
                if (cues.size() < MOST_CUES) {
                    cues.putIfAbsent(lemma, c);
                }
            }
            return c;
        }

        /**
         * Sentence {@code i}'s features from its {@code head} (the features before its words), {@code words} and
         * {@code tail} (those after them), given what the last analyses' sentence at its place with an equal words
         * key got ({@code last}, or null): that sentence's list and probabilities when the features around the
         * words are the same (an equal list), else the list built and its probabilities remembered or computed.
         */
        SourcingFeatures.Featured featured(
                int i, SentenceKey key, Last last, List<String> head, SourcingFeatures.Words words, List<String> tail) {
            List<String> f = head;
            if (last != null && sameAround(last, f, tail)) {
                reuse(i, key, last);
                return new SourcingFeatures.Featured(
                        java.util.Arrays.asList(last.features()), words, last.probabilities());
            }
            int from = f.size();
            int to = from + words.wordFeatures().size();
            String[] built = new String[to + tail.size()];
            for (int k = 0; k < from; k++) {
                built[k] = f.get(k);
            }
            for (int k = from; k < to; k++) {
                built[k] = words.wordFeatures().get(k - from);
            }
            for (int k = to; k < built.length; k++) {
                built[k] = tail.get(k - to);
            }
            List<String> list = java.util.Arrays.asList(built);
            double[] p = probabilities(list);
            record(i, key, new Last(words, built, from, to, p));
            return new SourcingFeatures.Featured(list, words, p);
        }

        /**
         * Whether {@code head}, then {@code last}'s words' features, then {@code tail} is {@code last}'s feature list:
         * the words' features stand at the same place and every other string is equal (by reference, mostly).
         */
        static boolean sameAround(Last last, List<String> head, List<String> tail) {
            String[] had = last.features();
            int from = last.wordsFrom();
            int after = last.wordsTo();
            if (from != head.size() || had.length != after + tail.size()) {
                return false;
            }
            for (int k = 0; k < from; k++) {
                if (!same(had[k], head.get(k))) {
                    return false;
                }
            }
            for (int k = 0; k < tail.size(); k++) {
                if (!same(had[after + k], tail.get(k))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean same(String x, String y) {
            return x == y || x.equals(y);
        }

        /** The analysis is over: its sentences become the last analysis's. */
        void end() {
            recent.end();
        }
    }
}
