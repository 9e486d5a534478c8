package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceIndex;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Finds the reported statement each quotation belongs to, because a quoted fragment is rarely the
 * whole of what a source is reported to have said: in "Trump said that there have been “thousands of
 * shootings” in Chicago" the statement is the complement of the cue, "that there have been … in
 * Chicago"; in "The deal was “a disaster,” Lee said" it is the clause before the cue; in "Clinton
 * called the plan “reckless”" it is what the verb governs, "the plan “reckless”". A quotation that
 * stands alone ("“We will win,” she said") is its own statement.
 */
public final class StatementSpans {
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("and", "but", "or", "yet");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "whose");
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");
    private static final Set<String> CONCESSIVES = Set.of("although", "though", "whereas");

    private StatementSpans() {
    }

    /** The quotes with their statements set; {@code drafts} and {@code cueLists} are parallel and in text order. */
    public static List<Quote> assign(List<Quote> quotes, List<SentenceDraft> drafts, List<List<Attribution>> cueLists, String text) {
        List<Quote> out = new ArrayList<>(quotes.size());
        List<Integer> sentenceOf = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            TextRange statement = statement(q, drafts, cueLists, text);
            out.add(statement == null
                    ? new Quote(q.range(), q.content(), QuoteKind.TERM, q.closed(), q.nested(), null, null, null)
                    : q.withStatement(statement));
            sentenceOf.add(sentenceContaining(q.range().start(), drafts));
        }
        // fragments of one statement ("called him a “nasty guy,” an “anchor baby” and “sick”") share its whole extent
        int i = 0;
        while (i < out.size()) {
            if (out.get(i).statement() == null) {
                i++;
                continue;
            }
            int j = i;
            TextRange union = out.get(i).statement();
            while (j + 1 < out.size() && sentenceOf.get(j + 1).equals(sentenceOf.get(i)) && sentenceOf.get(i) >= 0
                    && out.get(j + 1).statement() != null && out.get(j + 1).statement().overlaps(union)) {
                j++;
                TextRange next = out.get(j).statement();
                union = new TextRange(Math.min(union.start(), next.start()), Math.max(union.end(), next.end()));
            }
            for (int k = i; k <= j; k++) {
                out.set(k, out.get(k).withStatement(union));
            }
            i = j + 1;
        }
        return out;
    }

    public static TextRange statement(Quote q, List<SentenceDraft> drafts, List<List<Attribution>> cueLists, String text) {
        if (q.kind() == QuoteKind.BLOCK) {
            return q.range();
        }
        if (q.kind() == QuoteKind.PARTIAL && q.speaker() == null && isScareQuote(q, text)) {
            return null;
        }
        int first = sentenceContaining(q.range().start(), drafts);
        int last = sentenceContaining(Math.max(q.range().start(), q.range().end() - 1), drafts);
        if (first < 0 || last < 0) {
            return q.range();
        }
        Cue cue = q.cue();
        List<Token> firstTokens = drafts.get(first).sentence().tokens();
        if (cue != null && cue.range().start() >= q.range().end() && drafts.get(last).sentence().range().contains(cue.range())
                && attributionFollows(q, cue, drafts.get(last).sentence().tokens(), text)) {
            int start = clauseStart(q, drafts.get(first).sentence().range(), text);
            if (start >= q.range().start()) {
                return q.range(); // "“…,” Sen. Mitch McConnell, R-Ky., said": the quotation opens its sentence
            }
            int end = endBeforeTrailingCue(q, cue, text);
            return new TextRange(Math.min(start, q.range().start()), Math.max(end, q.range().end()));
        }
        if (q.kind() != QuoteKind.PARTIAL && !endsThatClause(q, cue, firstTokens, text)) {
            return q.range(); // introduced by a colon or comma, or opening its sentence: the quotation stands alone
        }
        int anchor = -1;
        if (cue != null && cue.range().end() <= q.range().start() && drafts.get(first).sentence().range().contains(cue.range())) {
            anchor = cue.range().end();
            Source s = q.speaker();
            if (s != null && s.range().start() >= cue.range().end() && s.range().end() <= q.range().start()) {
                anchor = s.range().end(); // "according to X, …"
            }
        } else if (q.speaker() != null && (cue == null || !drafts.get(first).sentence().range().overlaps(cue.range()))) {
            anchor = governingVerbEnd(q, firstTokens);
        }
        if (anchor < 0) {
            // no cue or speaker before it: what follows in its clause still belongs to it
            // ("“You squeezed employees to the breaking point” to drive up the stock price"); where it starts is unknown
            int end = clauseEnd(q, drafts.get(last).sentence(), cueLists.get(last), text);
            return new TextRange(q.range().start(), Math.max(end, q.range().end()));
        }
        int start = secondConjunctStart(q, complementStart(q, anchor, firstTokens, text), firstTokens);
        int end = clauseEnd(q, drafts.get(last).sentence(), cueLists.get(last), text);
        if (!hasFiniteVerb(drafts.get(first).sentence().tokens(), drafts.get(last).sentence().tokens(), start, end)) {
            end = listEnd(q, drafts.get(last).sentence().tokens(), text);
        }
        return new TextRange(Math.min(start, q.range().start()), Math.max(end, q.range().end()));
    }

    /**
     * "said that if the U.S. pulls back, “our oceans are going to save us.”": a quotation set off by a
     * comma inside a that-clause of its cue finishes that clause rather than standing alone.
     */
    private static boolean endsThatClause(Quote q, Cue cue, List<Token> toks, String text) {
        if (cue == null || cue.range().end() > q.range().start() || q.kind() != QuoteKind.DIRECT) {
            return false;
        }
        if (!text.substring(0, q.range().start()).stripTrailing().endsWith(",")) {
            return false;
        }
        for (Token t : toks) {
            if (t.start() >= cue.range().end() && t.end() <= q.range().start() && t.lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A fragment of one or two words nobody is said to have said: a term or scare quote, not a
     * statement (the quote-without-speaker rule lets the same fragments pass).
     */
    public static boolean isScareQuote(Quote q, String text) {
        return q.content().of(text).strip().split("\\s+").length <= 2;
    }

    /**
     * The verb whose object or complement holds a quotation that no cue introduces: the verb nearest
     * before it ("Clinton called the plan “…”", "showing support for “…”"), or the first verb after
     * the speaker when a "that" or "whether" clause lies between ("Trump claimed that there have been “…”").
     */
    private static int governingVerbEnd(Quote q, List<Token> toks) {
        int from = -1;
        Source s = q.speaker();
        if (s != null && s.range().end() <= q.range().start() && !toks.isEmpty() && s.range().start() >= toks.get(0).start()) {
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
        // "claimed that there have been “…”" keeps the clause; "made the criticism while showing support for “…”" the nearest verb
        return complementizer ? first : nearest;
    }

    /**
     * Whether the source or cue after the quotation attributes the clause that holds it: only a phrase
     * without a verb, ending in a comma, lies between ("“…” in the 2008 primary, said X"), not a
     * further clause ("… “fair” to him, engaging in what analysts call …").
     */
    private static boolean attributionFollows(Quote q, Cue cue, List<Token> toks, String text) {
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
    private static int secondConjunctStart(Quote q, int start, List<Token> toks) {
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
    private static int finiteVerbAfter(List<Token> toks, int i) {
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
    private static int complementStart(Quote q, int from, List<Token> toks, String text) {
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
                if (t.start() >= k && t.end() <= q.range().start() && SUBJECT_PRONOUNS.contains(t.lower())
                        && (toks.get(i + 1).isVerb() || toks.get(i + 1).pos().equals("AUX"))) {
                    return t.start();
                }
            }
        }
        return k;
    }

    private static final java.util.Set<String> TELLING_VERBS = java.util.Set.of("tell", "inform", "assure", "warn", "remind", "promise");
    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("i", "you", "he", "she", "it", "we", "they");

    private static boolean isIntroducingPunctuation(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ':' || c == '\u2014' || c == '\u2013' || c == '-';
    }

    /**
     * Whether a finite verb lies in [from, to), quoted or not: "that the plan was “…”" and "that “race
     * still determines too much” in America" are clauses, "the plan as “…”" is not.
     */
    private static boolean hasFiniteVerb(List<Token> firstTokens, List<Token> lastTokens, int from, int to) {
        for (List<Token> toks : firstTokens == lastTokens ? List.of(firstTokens) : List.of(firstTokens, lastTokens)) {
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (t.start() >= from && t.end() <= to && t.isVerb() && !t.lower().endsWith("ing")
                        && (i == 0 || !toks.get(i - 1).lower().equals("to"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A small clause ("him a “nasty guy,” an “anchor baby” and “sick”") ends with its last quotation,
     * following a list of quotations joined by commas, conjunctions and articles.
     */
    private static int listEnd(Quote q, List<Token> toks, String text) {
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
            if (t.isPunctuation() || t.pos().equals("CCONJ") || t.pos().equals("DET") || t.pos().equals("ADJ")) {
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
            if (toks.get(k).isQuoteMark() && toks.get(k).text().equals(toks.get(from).text())) {
                return toks.get(k).end();
            }
        }
        return -1;
    }

    /**
     * Where a reported clause that runs on after the quotation stops: the sentence end without its
     * final stop, or earlier at a semicolon, a dash, a further cue ("…, he said"), a coordinated
     * predicate ("… and encouraged …", "but he has …"), a participle or relative clause after a comma.
     */
    private static int clauseEnd(Quote q, org.newslint.nlp.Sentence sentence, List<Attribution> cues, String text) {
        int end = sentence.range().end();
        for (Attribution a : cues) {
            int cueStart = a.cue().range().start();
            if (cueStart >= q.range().end() && cueStart < end) {
                int boundary = cueStart;
                if (a.source() != null && a.source().range().start() >= q.range().end()) {
                    boundary = Math.min(boundary, a.source().range().start());
                }
                end = boundary;
            }
        }
        List<Token> toks = sentence.tokens();
        String content = q.content().of(text).strip();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < q.range().end() || t.start() >= end) {
                continue;
            }
            if (t.start() >= q.range().end() && content.endsWith(",") && opensAside(toks, i)
                    && text.substring(q.range().end(), t.start()).isBlank()) {
                end = q.range().end(); // "only “partial,” meaning it …": the comma inside the marks closes the clause
                break;
            }
            String w = t.lower();
            boolean stop = w.equals(";") || w.equals("--") || t.text().equals("-") && isSpaced(text, t)
                    || (w.equals("\u2014") || w.equals("\u2013") || w.equals("\u2015")) && isSpaced(text, t);
            if (CLAUSE_CONJUNCTIONS.contains(w) && finiteVerbAfter(toks, i) >= 0
                    && !isBareVerb(toks.get(finiteVerbAfter(toks, i)))) {
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
        return trimTrailing(text, q.range().end(), end);
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
        if ((n.lower().equals("a") || n.lower().equals("an")) && i + 1 < toks.size()
                && (toks.get(i + 1).isNoun() || toks.get(i + 1).pos().equals("ADJ"))) {
            return true; // "…, a swipe at the recent disturbances": an appositive comment on the clause
        }
        // the tagger reads some adverbs as conjunctions ("implicitly/SCONJ putting")
        if (n.lower().endsWith("ly") && !n.isNoun() && i + 1 < toks.size()) {
            n = toks.get(i + 1);
        }
        return n.pos().equals("VERB") && n.lower().endsWith("ing");
    }

    /** A verb in its base form ("call", "await"), as after "to" or a modal: its text is its lemma and it takes no -s or -ed. */
    private static boolean isBareVerb(Token t) {
        String w = t.lower();
        return t.pos().equals("VERB") && w.equals(t.lemma().toLowerCase(java.util.Locale.ROOT)) && !w.endsWith("ed");
    }

    private static boolean isSpaced(String text, Token t) {
        return t.start() > 0 && Character.isWhitespace(text.charAt(t.start() - 1));
    }

    /** Steps back over spaces, stops, commas, dashes and a dangling conjunction. */
    private static int trimTrailing(String text, int floor, int end) {
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
        return Character.isWhitespace(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?'
                || c == '\u2014' || c == '\u2013' || c == '-';
    }

    /** A quotation opening its sentence starts the statement; one woven into the sentence takes the sentence from its start. */
    private static int clauseStart(Quote q, TextRange sentence, String text) {
        int k = sentence.start();
        while (k < q.range().start() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '(')) {
            k++;
        }
        return k;
    }

    /** "The deal was “a disaster” for workers, Lee said": the statement runs to the source or cue after it. */
    private static int endBeforeTrailingCue(Quote q, Cue cue, String text) {
        int boundary = cue.range().start();
        Source s = q.speaker();
        if (s != null && s.range().start() >= q.range().end() && s.range().start() < boundary) {
            boundary = s.range().start();
        }
        return trimTrailing(text, q.range().end(), boundary);
    }

    private static int sentenceContaining(int offset, List<SentenceDraft> drafts) {
        int found = SentenceIndex.atOrBefore(offset, drafts);
        return found >= 0 && drafts.get(found).sentence().range().touches(offset) ? found : -1;
    }
}
