package org.newslint.analysis.attribution;

import java.util.List;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.nlp.SentenceKey;
import org.newslint.nlp.Token;

/**
 * An editor's memory of the word-level facts attribution needs for every sentence on every analysis:
 * which tokens can start a cue, the reporting phrase each starts and its lemmas' vocabulary bits
 * ({@link CueWords#candidates}), which tokens are "he" or "she" ({@link #heOrShe}), and
 * which are cue words apart from quotes ({@link UnnamedAttribution#cueWords}). All are functions of the
 * sentence's tokens alone (their words, lemmas and tags) and of the lexicon, never of the rest of the
 * document (whether a token is quoted, which the stages still ask per analysis, is not part of them). So a
 * sentence whose token list is the very list of the last analysis (the tagging cache hands an unmoved
 * paragraph's sentences back as the same objects) takes the facts found for it then. Token lists and
 * tokens are immutable, so the same list has the same facts; the lexicon is fixed per memory, and a
 * memory asked with another lexicon is not used ({@link #forLexicon}).
 *
 * <p>The last analysis's sentences are compared by position: the same list at the same index (before an
 * edit) or at the same distance from the end (after it), or there a list with the same words, tags and
 * lemmas (after an edit that changed the text's length, which moves every later sentence: the tagging cache
 * then hands back shifted copies; {@link #sameWords}); anything else is found anew. Held: the last
 * analysis's sentence list and one small record of int arrays per sentence. Documents analysed at once on
 * different threads share the memory safely (the last analysis is one immutable snapshot, replaced whole),
 * though they then find each other's sentences rather than their own and find the facts anew.
 *
 * <p>It also holds the last analysis's answers that read the rest of the document ({@link LastAttribution}:
 * cues, stance cues, "he"/"she"), which the next analysis takes where what they read is as it was; that
 * snapshot too is published whole, once its arrays are complete.
 */
public final class AttributionMemory {
    /**
     * The facts of one sentence: the positions of the tokens cue finding can do anything at, with the
     * length of the reporting phrase starting there (0 for none) and the vocabulary bits of the token's
     * lemmas ({@link CueWords#candidates}), the positions of its "he" and "she", of its cue words apart
     * from quotes ({@link UnnamedAttribution#cueWords}), and of the verbs that can be its main verb, each
     * with whether it is a verb of stance there ({@link CueWords#mainVerbs}).
     */
    record Words(
            int[] cueCandidates,
            int[] phraseLengths,
            int[] lemmaBits,
            int[] heOrShe,
            int[] cueWords,
            int[] mainVerbs,
            boolean[] stanceVerbs) {}

    /** An analysis's sentences and their facts, by position. */
    private record Last(List<List<Token>> sentences, Words[] words) {}

    private final Lexicons lex;
    private volatile Last last;
    /** The last analysis as the stage saw it, with its answers ({@link LastAttribution}); null: none yet. */
    private volatile LastAttribution lastAttribution;

    /** How many sentence texts {@link #quotedWords} holds before it starts again. */
    private static final int MOST_QUOTED_WORDS = 1 << 14;

    /**
     * Whether a sentence's text carries someone's quoted words ({@link UnnamedAttribution}'s pattern tests, a
     * pure function of the text), by text, for the sentences with a quotation mark: an edit leaves most of them as
     * they were. Emptied when full.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> quotedWords =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code test} of {@code sentence}, remembered by its text. */
    boolean carriesQuotedWords(String sentence, java.util.function.Predicate<String> test) {
        Boolean known = quotedWords.get(sentence);
        if (known == null) {
            known = test.test(sentence);
            if (quotedWords.size() >= MOST_QUOTED_WORDS) {
                quotedWords.clear();
            }
            quotedWords.put(sentence, known);
        }
        return known;
    }

    /** A memory for analyses over this lexicon. */
    public AttributionMemory(Lexicons lex) {
        this.lex = lex;
    }

    /** This memory when it was made for {@code lexicon}, else null (the facts hang on the lexicon). */
    AttributionMemory forLexicon(Lexicons lexicon) {
        return lexicon == lex ? this : null;
    }

    /**
     * The facts of each of an analysis's sentences: the last analysis's for the very same token list at the
     * same position or the same distance from the end, else found now; remembered for the next analysis.
     */
    Words[] wordsFor(List<List<Token>> sentences) {
        return wordsForCopy(List.copyOf(sentences));
    }

    /** {@link #wordsFor} of an immutable list, kept as it is. */
    Words[] wordsForCopy(List<List<Token>> now) {
        int n = now.size();
        Words[] out = new Words[n];
        Last l = last;
        int ln = l == null ? 0 : l.sentences().size();
        for (int s = 0; s < n; s++) {
            List<Token> toks = now.get(s);
            int fromEnd = s + ln - n;
            if (s < ln && l.sentences().get(s) == toks) {
                out[s] = l.words()[s];
            } else if (fromEnd >= 0 && fromEnd < ln && l.sentences().get(fromEnd) == toks) {
                out[s] = l.words()[fromEnd];
            } else if (fromEnd >= 0 && fromEnd < ln && sameWords(l.sentences().get(fromEnd), toks)) {
                // after an edit that changed the length: the tagging cache's shifted copy of the last list
                out[s] = l.words()[fromEnd];
            } else {
                out[s] = compute(lex, toks);
            }
        }
        last = new Last(now, out);
        return out;
    }

    /**
     * Whether two sentences have the same words, tags, lemmas and lower case, token for token (their offsets
     * may differ: the facts hold none): what a {@link SentenceKey} compares, and each token's lemma candidates,
     * which the facts read too.
     */
    static boolean sameWords(List<Token> a, List<Token> b) {
        if (Token.movedAlike(a, b)) {
            return true;
        }
        if (!SentenceKey.sameWords(a, b)) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            List<String> x = a.get(i).lemmas();
            List<String> y = b.get(i).lemmas();
            if (x != y && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    LastAttribution lastAttribution() {
        return lastAttribution;
    }

    /** Replaces the last analysis's answers (published whole: their arrays are no longer written). */
    void remember(LastAttribution answers) {
        lastAttribution = answers;
    }

    /** The facts of a sentence, found from its tokens (what a fresh analysis does). */
    static Words compute(Lexicons lex, List<Token> toks) {
        return CueWords.candidates(lex, toks, heOrShe(toks), UnnamedAttribution.cueWords(lex, toks));
    }

    /** The positions of a sentence's "he" and "she", in order (quoted or not). */
    static int[] heOrShe(List<Token> toks) {
        int count = 0;
        for (Token t : toks) {
            if (PersonReferents.isHeOrShe(t)) {
                count++;
            }
        }
        int[] out = new int[count];
        for (int i = 0, k = 0; k < count; i++) {
            if (PersonReferents.isHeOrShe(toks.get(i))) {
                out[k++] = i;
            }
        }
        return out;
    }

    /** The index of the last sentence starting at or before {@code offset} (0: none). */
    static int sentenceOf(List<List<Token>> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            List<Token> toks = sentences.get(mid);
            if (toks.isEmpty() || Token.startOf(toks, 0) <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
