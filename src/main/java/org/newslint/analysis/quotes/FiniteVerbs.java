package org.newslint.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslint.nlp.Token;

/**
 * Tells a new predicate from words that only continue one, because both ends of a reported
 * statement hang on it: "said Machado was “disgusting” and encouraged …" starts a second conjunct,
 * "urged him to “stop …” and call on …" does not, and "the plan as “…”" has no clause at all.
 */
final class FiniteVerbs {
    /** Conjunctions that can join a second predicate to the reported clause. */
    static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "or", "yet");

    private FiniteVerbs() {}

    /** The index of a finite verb within three words after the conjunction at {@code i}, before any punctuation, or -1. */
    static int finiteVerbAfter(List<Token> toks, int i) {
        for (int k = i + 1; k < Math.min(toks.size(), i + 4); k++) {
            Token n = toks.get(k);
            if (n.isQuoteMark() || n.isPunctuation()) {
                return -1;
            }
            if (n.isVerb() && !n.lower().endsWith("ing")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a finite verb lies in [from, to), quoted or not: "that the plan was “…”" and "that “race
     * still determines too much” in America" are clauses, "the plan as “…”" is not.
     */
    static boolean hasFiniteVerb(List<Token> firstTokens, List<Token> lastTokens, int from, int to) {
        for (List<Token> toks : firstTokens == lastTokens ? List.of(firstTokens) : List.of(firstTokens, lastTokens)) {
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.start() >= from
                        && t.end() <= to
                        && t.isVerb()
                        && !t.lower().endsWith("ing")
                        && (i == 0 || !toks.get(i - 1).lower().equals("to"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A verb in its base form ("call", "await"), as after "to" or a modal: its text is its lemma and it takes no -s or -ed. */
    static boolean isBareVerb(Token t) {
        String w = t.lower();
        return t.pos().equals("VERB") && w.equals(t.lemma().toLowerCase(Locale.ROOT)) && !w.endsWith("ed");
    }
}
