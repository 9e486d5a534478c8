package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.nlp.Token;

/**
 * The word side of cue finding, a function of a sentence's tokens and the lexicon alone: what each word
 * can be (vocabulary bits: a reporting phrase's first word, a reporting, finding or attitude verb), the
 * reporting phrases of two words or more and where they match, and which tokens {@link CueFinder} can do
 * anything at ({@link #candidates}), which {@link AttributionMemory} remembers per sentence. The lexicon's
 * tables are built once per lexicon, not per analysis.
 */
final class CueWords {
    private CueWords() {}

    /** Verbs by which a study, poll or newsroom reports a result. */
    private static final Set<String> FINDING_VERBS = Set.of(
            "find",
            "show",
            "indicate",
            "reveal",
            "conclude",
            "determine",
            "discover",
            "learn",
            "estimate",
            "suggest",
            "project",
            "forecast");

    /*
     * What a word can be, as bits: the first word of a phrase of two words or more, a reporting verb,
     * a finding verb. One lookup per word and lemma tells which of the lists a token needs asked; a
     * token none of them can match is passed over as the lists would pass it.
     */
    static final int PHRASE_START = 1;
    static final int REPORTING = 2;
    static final int FINDING = 4;
    static final int ATTITUDE = 8;

    /**
     * What the finder looks words up in, built from a lexicon's reporting phrases and verbs: the same for
     * every document analysed with that lexicon, so built once per lexicon (it was built for every
     * analysis, every keystroke) and never changed after.
     */
    static final class Tables {
        final Lexicons lex;
        /** Positions in {@code lex.reportingPhrases} of the phrases of two words or more, by their first word. */
        final java.util.Map<String, List<Integer>> phrasesByFirstWord = new java.util.HashMap<>();
        /**
         * The second words of those phrases, by their first word: a phrase can match only where the next
         * token is one of them (its lower case, a lemma, or "a" for "an", as {@link CueWords#matches} compares words).
         */
        final java.util.Map<String, Set<String>> secondWordsByFirstWord = new java.util.HashMap<>();
        /** The bits of each word that has some. */
        final WordBits vocabulary;

        Tables(Lexicons lex) {
            this.lex = lex;
            java.util.Map<String, Integer> bits = new java.util.HashMap<>();
            for (int p = 0; p < lex.reportingPhrases.size(); p++) {
                List<String> phrase = lex.reportingPhrases.get(p);
                if (phrase.size() >= 2) {
                    phrasesByFirstWord
                            .computeIfAbsent(phrase.get(0), w -> new ArrayList<>())
                            .add(p);
                    bits.merge(phrase.get(0), PHRASE_START, (a, b) -> a | b);
                    secondWordsByFirstWord
                            .computeIfAbsent(phrase.get(0), w -> new java.util.HashSet<>())
                            .add(phrase.get(1));
                }
            }
            for (String v : lex.reportingVerbs) {
                bits.merge(v, REPORTING, (a, b) -> a | b);
            }
            for (String v : FINDING_VERBS) {
                bits.merge(v, FINDING, (a, b) -> a | b);
            }
            for (String v : lex.attitudeVerbs) {
                bits.merge(v, ATTITUDE, (a, b) -> a | b);
            }
            vocabulary = new WordBits(bits);
        }
    }

    /** The tables of the lexicon last asked for (immutable once published; another lexicon's replace them). */
    private static volatile Tables lastTables;

    static Tables tablesFor(Lexicons lex) {
        Tables t = lastTables;
        if (t == null || t.lex != lex) {
            t = new Tables(lex);
            lastTables = t;
        }
        return t;
    }

    /** The vocabulary bits of the token's lemmas. */
    static int lemmaBits(WordBits vocabulary, Token t) {
        int bits = 0;
        for (String l : t.lemmas()) {
            bits |= vocabulary.get(l);
        }
        return bits;
    }

    /**
     * The positions of the tokens {@link CueFinder#cues} can do anything at, in order: a word or lemma the
     * vocabulary lists (a phrase's first word, a reporting or finding verb), "an" (which starts the phrases
     * of "a"), or a verb (one followed by "that" reports a finding). At any other token {@link CueFinder#cues} finds
     * no phrase (none can start there), no reporting verb (no lemma is one) and no finding (not a verb), and
     * goes on to the next token, so passing over them gives the same hits. With each, the length of the
     * phrase {@link #matchPhrase} finds there (it compares words only, never asks whether they are quoted)
     * and the token's {@link #lemmaBits}. A function of the tokens and the lexicon alone:
     * {@link AttributionMemory} remembers it per sentence.
     */
    static AttributionMemory.Words candidates(Lexicons lex, List<Token> toks, int[] heOrShe, int[] cueWords) {
        Tables tables = tablesFor(lex);
        WordBits vocabulary = tables.vocabulary;
        int n = toks.size();
        int[] at = new int[n];
        int[] phrase = new int[n];
        int[] bits = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            int lemmaBits = lemmaBits(vocabulary, t);
            boolean mayStartPhrase = ((lemmaBits | vocabulary.get(t.lower())) & PHRASE_START) != 0
                    || t.lower().equals("an");
            if (mayStartPhrase || lemmaBits != 0 || t.pos().equals("VERB")) {
                at[count] = i;
                phrase[count] = mayStartPhrase ? matchPhrase(tables, lex, toks, i) : 0;
                bits[count] = lemmaBits;
                count++;
            }
        }
        int[][] verbs = mainVerbs(vocabulary, toks);
        return new AttributionMemory.Words(
                java.util.Arrays.copyOf(at, count),
                java.util.Arrays.copyOf(phrase, count),
                java.util.Arrays.copyOf(bits, count),
                heOrShe,
                cueWords,
                verbs[0],
                stanceFlags(verbs[1]));
    }

    /**
     * The positions of the verbs that can be a sentence's main verb for {@link CueFinder#stanceCues} (a
     * verb not ending in "ing"; the main one is the first not quoted), and for each 1 when it is a verb of
     * stance there (not after "to", a lemma an attitude verb, none a reporting verb), else 0.
     */
    static int[][] mainVerbs(WordBits vocabulary, List<Token> toks) {
        int n = toks.size();
        int[] at = new int[n];
        int[] stance = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (t.pos().equals("VERB") && !t.lower().endsWith("ing")) {
                int bits = lemmaBits(vocabulary, t);
                boolean afterTo = i > 0 && toks.get(i - 1).lower().equals("to");
                at[count] = i;
                stance[count] = !afterTo && (bits & ATTITUDE) != 0 && (bits & REPORTING) == 0 ? 1 : 0;
                count++;
            }
        }
        return new int[][] {java.util.Arrays.copyOf(at, count), java.util.Arrays.copyOf(stance, count)};
    }

    private static boolean[] stanceFlags(int[] flags) {
        boolean[] out = new boolean[flags.length];
        for (int k = 0; k < flags.length; k++) {
            out[k] = flags[k] != 0;
        }
        return out;
    }

    /** {@link #candidates} without the pruning: every token, with its phrase and bits (for tests). */
    static AttributionMemory.Words everyToken(Lexicons lex, List<Token> toks) {
        Tables tables = tablesFor(lex);
        int n = toks.size();
        int[] at = new int[n];
        int[] phrase = new int[n];
        int[] bits = new int[n];
        for (int i = 0; i < n; i++) {
            at[i] = i;
            phrase[i] = matchPhrase(tables, lex, toks, i);
            bits[i] = lemmaBits(tables.vocabulary, toks.get(i));
        }
        int[][] verbs = mainVerbs(tables.vocabulary, toks);
        return new AttributionMemory.Words(
                at,
                phrase,
                bits,
                AttributionMemory.heOrShe(toks),
                UnnamedAttribution.cueWords(lex, toks),
                verbs[0],
                stanceFlags(verbs[1]));
    }

    /**
     * The length of the reporting phrase of two words or more starting at token {@code i}, or 0: the
     * first such phrase in the lexicon's order (longest first) whose words all match. Only the phrases
     * whose first word the token can be are tried (looked up by its text, its lemmas, and "a" for "an").
     */
    private static int matchPhrase(Tables tables, Lexicons lex, List<Token> toks, int i) {
        Token first = toks.get(i);
        int best = Integer.MAX_VALUE;
        best = firstMatch(tables, lex, toks, i, first.lower(), best);
        for (String lemma : first.lemmas()) {
            best = firstMatch(tables, lex, toks, i, lemma, best);
        }
        if (first.lower().equals("an")) {
            best = firstMatch(tables, lex, toks, i, "a", best);
        }
        return best == Integer.MAX_VALUE ? 0 : lex.reportingPhrases.get(best).size();
    }

    /** The lowest position below {@code best} of a phrase starting with {@code word} that matches at {@code i}. */
    private static int firstMatch(Tables tables, Lexicons lex, List<Token> toks, int i, String word, int best) {
        Set<String> second = tables.secondWordsByFirstWord.get(word);
        if (second == null || i + 1 >= toks.size() || !mayBe(toks.get(i + 1), second)) {
            return best; // every such phrase has a second word, and none of them is this token's
        }
        for (int p : tables.phrasesByFirstWord.getOrDefault(word, List.of())) {
            if (p >= best) {
                break; // positions are ascending
            }
            if (matches(toks, i, lex.reportingPhrases.get(p))) {
                return p;
            }
        }
        return best;
    }

    /** Whether {@link #matches} could match the token with one of {@code words}. */
    private static boolean mayBe(Token t, Set<String> words) {
        if (words.contains(t.lower()) || (t.lower().equals("an") && words.contains("a"))) {
            return true;
        }
        for (String l : t.lemmas()) {
            if (words.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<Token> toks, int i, List<String> phrase) {
        if (i + phrase.size() > toks.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token t = toks.get(i + k);
            String w = phrase.get(k);
            if (!(t.lower().equals(w)
                    || t.lemmas().contains(w)
                    || (w.equals("a") && t.lower().equals("an")))) {
                return false;
            }
        }
        return true;
    }
}
