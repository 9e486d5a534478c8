package org.newslint.analysis.quotes;

import java.util.List;
import java.util.Set;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;

/**
 * Where a reported statement begins and what its cue governs: the complement after the cue or
 * "that", the verb a fragment depends on, a second conjunct, an attribution that follows.
 */
final class ClauseStart {
    private ClauseStart() {}

    static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "or", "yet");
    static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose");
    static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");
    static final Set<String> CONCESSIVES = Set.of("although", "though", "whereas");

    /**
     * The verb whose object or complement holds a quotation that no cue introduces: the verb nearest
     * before it ("Clinton called the plan “…”", "showing support for “…”"), or the first verb after
     * the speaker when a "that" or "whether" clause lies between ("Trump claimed that there have been “…”").
     */
    static int governingVerbEnd(Quote q, List<Token> toks) {
        int from = -1;
        Source s = q.speaker();
        if (s != null
                && s.range().end() <= q.range().start()
                && !toks.isEmpty()
                && s.range().start() >= toks.get(0).start()) {
            from = s.range().end();
        }
        int first = -1;
        int nearest = -1;
        boolean complementizer = false;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.end() > q.range().start()) {
                break;
            }
            boolean infinitive = i > 0 && toks.get(i - 1).lower().equals("to");
            if (t.start() >= from && t.isVerb() && !infinitive && first < 0) {
                first = t.end(); // "Politifact did a fact-check on Trump's claim that …": "did" is tagged an auxiliary
            }
            if (t.start() >= from && t.pos().equals("VERB") && !infinitive) {
                nearest = t.end();
            } else if (first >= 0 && COMPLEMENTIZERS.contains(t.lower())) {
                complementizer = true;
            }
        }
        // "claimed that there have been “…”" keeps the clause; "made the criticism while showing support for “…”" the
        // nearest verb
        return complementizer ? first : nearest;
    }

    /**
     * Whether the source or cue after the quotation attributes the clause that holds it: only a phrase
     * without a verb, ending in a comma, lies between ("“…” in the 2008 primary, said X"), not a
     * further clause ("… “fair” to him, engaging in what analysts call …").
     */
    static boolean attributionFollows(Quote q, Cue cue, List<Token> toks, String text) {
        int boundary = cue.range().start();
        Source s = q.speaker();
        if (s != null && s.range().start() >= q.range().end() && s.range().start() < boundary) {
            boundary = s.range().start();
        }
        String between = text.substring(q.range().end(), boundary).strip();
        if (between.isEmpty() || between.matches("[,.;:!?\\-\u2014\u2013\\s]*")) {
            return true;
        }
        if (!between.endsWith(",")) {
            return false;
        }
        for (Token t : toks) {
            if (t.start() >= q.range().end() && t.end() <= boundary && t.isVerb()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "said Machado was “disgusting” and encouraged Americans to “check out” …": a quotation after a
     * coordinated predicate belongs to that conjunct, not to the complement before it.
     */
    static int secondConjunctStart(Quote q, int start, List<Token> toks) {
        int out = start;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < start || t.end() > q.range().start() || !CLAUSE_CONJUNCTIONS.contains(t.lower())) {
                continue;
            }
            int verb = finiteVerbAfter(toks, i);
            if (verb >= 0 && toks.get(verb).end() <= q.range().start()) {
                out = toks.get(i + 1).start();
            }
        }
        return out;
    }

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
     * Where the reported clause after a cue begins: at "that" when the cue has one ("told reporters
     * that …"), otherwise at the first word after the cue, past a colon or comma.
     */
    static int complementStart(Quote q, int from, List<Token> toks, String text) {
        for (Token t : toks) {
            if (t.start() >= from && t.end() <= q.range().start() && t.lower().equals("that")) {
                return t.start();
            }
        }
        int k = from;
        while (k < q.range().start() && isIntroducingPunctuation(text.charAt(k))) {
            k++;
        }
        if (q.cue() != null && TELLING_VERBS.contains(q.cue().lemma())) {
            // "told African-Americans this weekend he would consider it a “personal insult”": the
            // listeners and the time are not what was said; the clause starts at its subject
            for (int i = 0; i + 1 < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.start() >= k
                        && t.end() <= q.range().start()
                        && SUBJECT_PRONOUNS.contains(t.lower())
                        && (toks.get(i + 1).isVerb() || toks.get(i + 1).pos().equals("AUX"))) {
                    return t.start();
                }
            }
        }
        return k;
    }

    static final java.util.Set<String> TELLING_VERBS =
            java.util.Set.of("tell", "inform", "assure", "warn", "remind", "promise");
    static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("i", "you", "he", "she", "it", "we", "they");

    static boolean isIntroducingPunctuation(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ':' || c == '\u2014' || c == '\u2013' || c == '-';
    }
}
