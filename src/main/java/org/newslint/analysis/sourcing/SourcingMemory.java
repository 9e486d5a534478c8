package org.newslint.analysis.sourcing;

import java.util.List;
import java.util.function.Function;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.nlp.BoundedMemo;
import org.newslint.nlp.SentenceKey;
import org.newslint.nlp.Token;
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
 * each, what the last two analyses' sentences got, by the identity of their token lists
 * ({@link SentenceKey.Recent}, up to 16,384 sentences each): the tagging cache answers an unmoved
 * paragraph with the same objects, so an unchanged sentence's words are found by a pointer and its
 * masks, and its probabilities when its feature list equals the one they were computed for (compared
 * string by string, no hash); anything else goes to the memos. Safe to share between threads analysing
 * different documents.
 */
public final class SourcingMemory {
    private static final int INITIAL = 4096;
    /** The most sentences remembered (a 1 MiB article has about 9,000). */
    private static final int MOST = 1 << 17;

    private final Lexicons lex;
    private final BoundedMemo<SentenceKey, SourcingFeatures.Words> words = new BoundedMemo<>(INITIAL, MOST);
    private final SentenceKey.Recent<SourcingFeatures.Words> recentWords = new SentenceKey.Recent<>();
    /**
     * The feature strings per cue lemma (a function of the lemma and the lexicons): cue lemmas come from the
     * lexicons' verbs and phrases, so there are few; past {@link #MOST_CUES} the further ones are made each time.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, CueStrings> cues =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MOST_CUES = 4096;
    private SourcingModel model;
    private Scores scores;

    /** A sentence's feature list and the model's probabilities for it. */
    record Scored(List<String> features, double[] probabilities) {}

    /** An empty key: the last scores are found by the token list alone, and compared by feature list. */
    private static final java.util.BitSet[] NO_MASKS = {};

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
     * An analysis with {@code forModel} begins: the memos grow to hold its sentences, and the returned
     * session finds what the last analyses' sentences got. When the model changes, the remembered
     * probabilities start empty.
     */
    synchronized Session begin(SourcingModel forModel, int sentences, int textLength) {
        if (forModel != model) {
            model = forModel;
            scores = new Scores(new BoundedMemo<>(INITIAL, MOST), new SentenceKey.Recent<>());
        }
        scores.memo().expect(sentences);
        words.expect(sentences);
        return new Session(
                recentWords.begin(sentences, textLength),
                scores.memo(),
                scores.recent().begin(sentences, textLength));
    }

    /** One model's probabilities by feature list ({@code memo}) and the last ones per sentence ({@code recent}). */
    private record Scores(BoundedMemo<List<String>, double[]> memo, SentenceKey.Recent<Scored> recent) {}

    /** One analysis's use of the memory, sentence by sentence in text order, then {@link #end}. */
    final class Session {
        private final SentenceKey.Recent.Session<SourcingFeatures.Words> recentWords;
        private final BoundedMemo<List<String>, double[]> scoreMemo;
        private final SentenceKey.Recent.Session<Scored> recentScores;

        private Session(
                SentenceKey.Recent.Session<SourcingFeatures.Words> recentWords,
                BoundedMemo<List<String>, double[]> scoreMemo,
                SentenceKey.Recent.Session<Scored> recentScores) {
            this.recentWords = recentWords;
            this.scoreMemo = scoreMemo;
            this.recentScores = recentScores;
        }

        /** The words under {@code key}: the last analyses' by token list and equal masks, else remembered, else computed. */
        SourcingFeatures.Words words(SentenceKey key, Function<SentenceKey, SourcingFeatures.Words> compute) {
            SourcingFeatures.Words w = recentWords.get(key);
            if (w == null) {
                w = words.computeIfAbsent(key, compute);
                recentWords.put(key, w);
            }
            return w;
        }

        /**
         * The probabilities for {@code features} (sentence {@code tokens}'): the ones this sentence got
         * last if its feature list was equal, else the memo's, else computed.
         */
        double[] probabilities(List<Token> tokens, List<String> features, Function<List<String>, double[]> compute) {
            SentenceKey key = SentenceKey.of(tokens, NO_MASKS);
            Scored last = recentScores.peek(key);
            if (last != null && last.features().equals(features)) {
                recentScores.put(key, last);
                return last.probabilities();
            }
            double[] p = scoreMemo.computeIfAbsent(features, compute);
            recentScores.put(key, new Scored(features, p));
            return p;
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

        /** The analysis is over: its sentences become the last analysis's. */
        void end() {
            recentWords.end();
            recentScores.end();
        }
    }
}
