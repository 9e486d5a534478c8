package org.newslint.analysis.quotes;

import java.util.List;
import java.util.Set;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Where a reported statement begins, because the words between a cue and its quotation are not all
 * what was said: "told reporters that …" starts at "that", "told African-Americans this weekend he
 * would …" at "he", and "said Machado was “disgusting” and encouraged Americans to “check out” …" at
 * the second conjunct. A quotation no cue introduces starts at what its speaker's verb governs.
 */
final class StatementStart {
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");
    private static final Set<String> TELLING_VERBS = Set.of("tell", "inform", "assure", "warn", "remind", "promise");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they");

    private StatementStart() {}

    /** A quotation opening its sentence starts the statement; one woven into the sentence takes the sentence from its start. */
    static int clauseStart(Quote q, TextRange sentence, String text) {
        int k = sentence.start();
        while (k < q.range().start() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '(')) {
            k++;
        }
        return k;
    }

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
     * "said Machado was “disgusting” and encouraged Americans to “check out” …": a quotation after a
     * coordinated predicate belongs to that conjunct, not to the complement before it.
     */
    static int secondConjunctStart(Quote q, int start, List<Token> toks) {
        int out = start;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < start
                    || t.end() > q.range().start()
                    || !FiniteVerbs.CLAUSE_CONJUNCTIONS.contains(t.lower())) {
                continue;
            }
            int verb = FiniteVerbs.finiteVerbAfter(toks, i);
            if (verb >= 0 && toks.get(verb).end() <= q.range().start()) {
                out = toks.get(i + 1).start();
            }
        }
        return out;
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

    private static boolean isIntroducingPunctuation(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ':' || c == '\u2014' || c == '\u2013' || c == '-';
    }
}
