package org.newslint.analysis.quotes;

import java.util.List;
import java.util.Set;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;

/**
 * Where a reported statement stops, because the sentence that holds a quotation often goes on with
 * the writer's words: a further cue ("…, he said"), a second predicate ("… and encouraged …"), an
 * aside after a comma ("…, which …", "…, a swipe at …"), a semicolon or a spaced dash. A small
 * clause without a verb ("him a “nasty guy,” an “anchor baby” and “sick”") ends with its last quotation.
 */
final class StatementEnd {
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose");
    private static final Set<String> CONCESSIVES = Set.of("although", "though", "whereas");

    private StatementEnd() {}

    /** "The deal was “a disaster” for workers, Lee said": the statement runs to the source or cue after it. */
    static int endBeforeTrailingCue(Quote q, Cue cue, String text) {
        int boundary = cue.range().start();
        Source s = q.speaker();
        if (s != null && s.range().start() >= q.range().end() && s.range().start() < boundary) {
            boundary = s.range().start();
        }
        return trimTrailing(text, q.range().end(), boundary);
    }

    /**
     * Where a reported clause that runs on after the quotation stops: the sentence end without its
     * final stop, or earlier at a semicolon, a dash, a further cue ("…, he said"), a coordinated
     * predicate ("… and encouraged …", "but he has …"), a participle or relative clause after a comma.
     */
    static int clauseEnd(Quote q, Sentence sentence, List<Attribution> cues, String text) {
        return clauseEnd(q.range().end(), q.content().of(text).strip().endsWith(","), sentence, cues, text);
    }

    /**
     * Where a reported clause that runs on from {@code from} stops, as {@link #clauseEnd(Quote, Sentence, List,
     * String)}; {@code commaClosed} says a quotation's own comma ends right at {@code from}.
     */
    static int clauseEnd(int from, boolean commaClosed, Sentence sentence, List<Attribution> cues, String text) {
        int end = sentence.range().end();
        for (Attribution a : cues) {
            int cueStart = a.cue().range().start();
            if (cueStart >= from && cueStart < end) {
                int boundary = cueStart;
                if (a.source() != null && a.source().range().start() >= from) {
                    boundary = Math.min(boundary, a.source().range().start());
                }
                end = boundary;
            }
        }
        List<Token> toks = sentence.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < from || t.start() >= end) {
                continue;
            }
            if (commaClosed
                    && opensAside(toks, i)
                    && text.substring(from, t.start()).isBlank()) {
                end = from; // "only “partial,” meaning it …": the comma inside the marks closes the clause
                break;
            }
            String w = t.lower();
            boolean stop = w.equals(";")
                    || w.equals("--")
                    || t.text().equals("-") && isSpaced(text, t)
                    || (w.equals("\u2014") || w.equals("\u2013") || w.equals("\u2015")) && isSpaced(text, t);
            if (FiniteVerbs.CLAUSE_CONJUNCTIONS.contains(w)
                    && FiniteVerbs.finiteVerbAfter(toks, i) >= 0
                    && !FiniteVerbs.isBareVerb(toks.get(FiniteVerbs.finiteVerbAfter(toks, i)))) {
                // "urged him to “stop …” and call on …": a bare verb continues the infinitive, not a new predicate
                stop = true;
            }
            if (w.equals(",") && i + 1 < toks.size()) {
                stop |= opensAside(toks, i + 1);
            }
            if (stop) {
                end = t.start();
                break;
            }
        }
        return trimTrailing(text, from, end);
    }

    /**
     * Whether the words from {@code i}, right after a comma, open an aside rather than continue the
     * clause: a relative pronoun ("…, which …"), a concession ("…, although he supports …"), an
     * appositive comment ("…, a swipe at …") or a participle, perhaps after an adverb ("…,
     * implicitly putting his name on the line").
     */
    private static boolean opensAside(List<Token> toks, int i) {
        Token n = toks.get(i);
        if (RELATIVE_PRONOUNS.contains(n.lower()) || CONCESSIVES.contains(n.lower())) {
            return true;
        }
        if ((n.lower().equals("a") || n.lower().equals("an"))
                && i + 1 < toks.size()
                && (toks.get(i + 1).isNoun() || toks.get(i + 1).pos().equals("ADJ"))) {
            return true; // "…, a swipe at the recent disturbances": an appositive comment on the clause
        }
        // the tagger reads some adverbs as conjunctions ("implicitly/SCONJ putting")
        if (n.lower().endsWith("ly") && !n.isNoun() && i + 1 < toks.size()) {
            n = toks.get(i + 1);
        }
        return n.pos().equals("VERB") && n.lower().endsWith("ing");
    }

    /**
     * A small clause ("him a “nasty guy,” an “anchor baby” and “sick”") ends with its last quotation,
     * following a list of quotations joined by commas, conjunctions and articles.
     */
    static int listEnd(Quote q, List<Token> toks, String text) {
        int end = q.range().end();
        int i = 0;
        while (i < toks.size() && toks.get(i).start() < end) {
            i++;
        }
        int between = 0;
        for (; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.isQuoteMark() && t.start() >= end && between <= 3) {
                int close = closingMark(text, t.start(), toks, i);
                if (close < 0) {
                    break;
                }
                end = close;
                between = 0;
                while (i + 1 < toks.size() && toks.get(i + 1).start() < end) {
                    i++;
                }
                continue;
            }
            if (t.isPunctuation()
                    || t.pos().equals("CCONJ")
                    || t.pos().equals("DET")
                    || t.pos().equals("ADJ")) {
                between++;
                continue;
            }
            break;
        }
        return end;
    }

    /** The end of the quotation whose opening mark is at {@code open}, within the sentence's tokens, or -1. */
    private static int closingMark(String text, int open, List<Token> toks, int from) {
        for (int k = from + 1; k < toks.size(); k++) {
            if (toks.get(k).isQuoteMark()
                    && toks.get(k).text().equals(toks.get(from).text())) {
                return toks.get(k).end();
            }
        }
        return -1;
    }

    private static boolean isSpaced(String text, Token t) {
        return t.start() > 0 && Character.isWhitespace(text.charAt(t.start() - 1));
    }

    /** Steps back over spaces, stops, commas, dashes and a dangling conjunction. */
    static int trimTrailing(String text, int floor, int end) {
        int e = end;
        boolean changed = true;
        while (changed && e > floor) {
            changed = false;
            while (e > floor && isTrailingPunctuation(text.charAt(e - 1))) {
                e--;
                changed = true;
            }
            for (String conj : new String[] {" and", " but"}) {
                if (e - conj.length() >= floor && text.regionMatches(true, e - conj.length(), conj, 0, conj.length())) {
                    e -= conj.length();
                    changed = true;
                }
            }
        }
        return e;
    }

    private static boolean isTrailingPunctuation(char c) {
        return Character.isWhitespace(c)
                || c == '.'
                || c == ','
                || c == ';'
                || c == ':'
                || c == '!'
                || c == '?'
                || c == '\u2014'
                || c == '\u2013'
                || c == '-';
    }
}
