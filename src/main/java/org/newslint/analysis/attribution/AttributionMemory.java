package org.newslint.analysis.attribution;

import java.util.List;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.nlp.SentenceKey;
import org.newslint.nlp.Token;

/**
 * An editor's memory of the word-level facts attribution needs for every sentence on every analysis:
 * which tokens can start a cue, the reporting phrase each starts and its lemmas' vocabulary bits
 * ({@link CueWords#candidates}) and which are "he" or "she"
 * ({@link PersonReferents#heOrShe}). Both are functions of the sentence's tokens alone (their words,
 * lemmas and tags) and of the lexicon, never of the rest of the document (whether a token is quoted,
 * which the stages still ask per document, is not part of them), so a sentence whose token list is the
 * very list of a recent analysis (an unmoved paragraph's sentences are handed back as the same objects)
 * takes the facts found for it then instead of looking up every word again. Token lists and tokens are
 * immutable, so the same list has the same facts; the lexicon is fixed per memory, and a memory asked
 * with another lexicon is not used ({@link #forLexicon}).
 *
 * <p>The last two analyses' sentences are held ({@link SentenceKey.Recent}: two generations, at most
 * 16,384 sentences each), two small int arrays per sentence. Documents analysed at once on different
 * threads share the memory safely: a value is found only for the very token list it was computed from.
 */
public final class AttributionMemory {
    /**
     * The facts of one sentence: the positions of the tokens cue finding can do anything at, with the
     * length of the reporting phrase starting there (0 for none) and the vocabulary bits of the token's
     * lemmas ({@link CueWords#candidates}), and the positions of its "he" and "she", and of its cue words apart from quotes ({@link UnnamedAttribution#cueWords}).
     */
    record Words(int[] cueCandidates, int[] phraseLengths, int[] lemmaBits, int[] heOrShe, int[] cueWords) {}

    private final Lexicons lex;
    private final SentenceKey.Recent<Words> recent = new SentenceKey.Recent<>();

    /** A memory for analyses over this lexicon. */
    public AttributionMemory(Lexicons lex) {
        this.lex = lex;
    }

    /** This memory when it was made for {@code lexicon}, else null (the facts hang on the lexicon). */
    AttributionMemory forLexicon(Lexicons lexicon) {
        return lexicon == lex ? this : null;
    }

    /** An analysis of {@code sentences} sentences begins. */
    void begin(int sentences) {
        recent.begin(sentences);
    }

    /** The facts of a sentence: remembered for this very token list, else found now and remembered. */
    Words words(List<Token> toks) {
        SentenceKey key = SentenceKey.of(toks);
        Words w = recent.get(key);
        if (w == null) {
            w = compute(lex, toks);
            recent.put(key, w);
        }
        return w;
    }

    /** The facts of a sentence, found from its tokens (what a fresh analysis does). */
    static Words compute(Lexicons lex, List<Token> toks) {
        return CueWords.candidates(lex, toks, PersonReferents.heOrShe(toks), UnnamedAttribution.cueWords(lex, toks));
    }

    /** How many sentences are remembered (for tests). */
    int size() {
        return recent.size();
    }
}
