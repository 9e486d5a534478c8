package org.newslint.analysis.sourcing;

import java.util.List;
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
 * Both grow to twice the sentences of the longest document analysed ({@link BoundedMemo}). Safe to
 * share between threads analysing different documents.
 */
public final class SourcingMemory {
    private static final int INITIAL = 4096;
    /** The most sentences remembered (a 1 MiB article has about 9,000). */
    private static final int MOST = 1 << 17;

    private final Lexicons lex;
    private final BoundedMemo<SentenceKey, SourcingFeatures.Words> words = new BoundedMemo<>(INITIAL, MOST);
    private SourcingModel model;
    private BoundedMemo<List<String>, double[]> probabilities;

    public SourcingMemory(Lexicons lex) {
        this.lex = lex;
    }

    Lexicons lexicons() {
        return lex;
    }

    BoundedMemo<SentenceKey, SourcingFeatures.Words> words() {
        return words;
    }

    /** The probabilities remembered for {@code forModel} (needs a source, checkable claim), by feature list. */
    synchronized BoundedMemo<List<String>, double[]> probabilities(SourcingModel forModel, int sentences) {
        if (forModel != model) {
            model = forModel;
            probabilities = new BoundedMemo<>(INITIAL, MOST);
        }
        probabilities.expect(sentences);
        words.expect(sentences);
        return probabilities;
    }
}
