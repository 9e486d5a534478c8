package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
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
 *
 * <p>This class decides which of those layouts a quotation is in; {@link StatementStart} and
 * {@link StatementEnd} find the edges, {@link SharedStatements} joins fragments of one statement.
 */
public final class StatementSpans {
    private StatementSpans() {}

    /** The quotes with their statements set; {@code drafts} and {@code cueLists} are parallel and in text order. */
    public static List<Quote> assign(
            List<Quote> quotes, List<SentenceDraft> drafts, List<List<Attribution>> cueLists, String text) {
        List<Quote> out = new ArrayList<>(quotes.size());
        List<Integer> sentenceOf = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            TextRange statement = statement(q, drafts, cueLists, text);
            out.add(
                    statement == null
                            ? new Quote(
                                    q.range(), q.content(), QuoteKind.TERM, q.closed(), q.nested(), null, null, null)
                            : q.withStatement(statement));
            sentenceOf.add(sentenceContaining(q.range().start(), drafts));
        }
        SharedStatements.merge(out, sentenceOf);
        return out;
    }

    /** The statement of {@code q} alone, before fragments sharing one are joined; null for a scare quote. */
    public static TextRange statement(
            Quote q, List<SentenceDraft> drafts, List<List<Attribution>> cueLists, String text) {
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
        if (cue != null
                && cue.range().start() >= q.range().end()
                && drafts.get(last).sentence().range().contains(cue.range())
                && attributionFollows(q, cue, drafts.get(last).sentence().tokens(), text)) {
            int start =
                    StatementStart.clauseStart(q, drafts.get(first).sentence().range(), text);
            if (start >= q.range().start()) {
                return q.range(); // "“…,” Sen. Mitch McConnell, R-Ky., said": the quotation opens its sentence
            }
            int end = StatementEnd.endBeforeTrailingCue(q, cue, text);
            return new TextRange(
                    Math.min(start, q.range().start()), Math.max(end, q.range().end()));
        }
        if (q.kind() != QuoteKind.PARTIAL && !endsThatClause(q, cue, firstTokens, text)) {
            return q.range(); // introduced by a colon or comma, or opening its sentence: the quotation stands alone
        }
        int anchor = -1;
        if (cue != null
                && cue.range().end() <= q.range().start()
                && drafts.get(first).sentence().range().contains(cue.range())) {
            anchor = cue.range().end();
            Source s = q.speaker();
            if (s != null
                    && s.range().start() >= cue.range().end()
                    && s.range().end() <= q.range().start()) {
                anchor = s.range().end(); // "according to X, …"
            }
        } else if (q.speaker() != null
                && (cue == null || !drafts.get(first).sentence().range().overlaps(cue.range()))) {
            anchor = StatementStart.governingVerbEnd(q, firstTokens);
        }
        if (anchor < 0) {
            // no cue or speaker before it: what follows in its clause still belongs to it
            // ("“You squeezed employees to the breaking point” to drive up the stock price"); where it starts is
            // unknown
            int end = StatementEnd.clauseEnd(q, drafts.get(last).sentence(), cueLists.get(last), text);
            return new TextRange(q.range().start(), Math.max(end, q.range().end()));
        }
        int start = StatementStart.secondConjunctStart(
                q, StatementStart.complementStart(q, anchor, firstTokens, text), firstTokens);
        int end = StatementEnd.clauseEnd(q, drafts.get(last).sentence(), cueLists.get(last), text);
        if (!FiniteVerbs.hasFiniteVerb(
                drafts.get(first).sentence().tokens(),
                drafts.get(last).sentence().tokens(),
                start,
                end)) {
            end = StatementEnd.listEnd(q, drafts.get(last).sentence().tokens(), text);
        }
        return new TextRange(
                Math.min(start, q.range().start()), Math.max(end, q.range().end()));
    }

    /** Compiled once: {@code String.matches} compiles on every call. */
    private static final java.util.regex.Pattern PUNCTUATION_ONLY =
            java.util.regex.Pattern.compile("[,.;:!?\\-\u2014\u2013\\s]*");

    /**
     * A fragment of one or two words nobody is said to have said: a term or scare quote, not a
     * statement (the quote-without-speaker rule lets the same fragments pass).
     */
    public static boolean isScareQuote(Quote q, String text) {
        return Spaces.split(q.content().of(text).strip()).length <= 2;
    }

    /**
     * "said that if the U.S. pulls back, “our oceans are going to save us.”": a quotation set off by a
     * comma inside a that-clause of its cue finishes that clause rather than standing alone.
     */
    /**
     * Whether the last character before {@code at} that is not white space is a comma: what {@code
     * text.substring(0, at).stripTrailing().endsWith(",")} says, without copying the text before every
     * quotation (on a 1 MiB document that copy was most of an edit's allocation). Every character
     * {@link Character#isWhitespace(int)} accepts is in the BMP, so stepping back by chars strips the same.
     */
    static boolean commaBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == ',';
    }

    private static boolean endsThatClause(Quote q, Cue cue, List<Token> toks, String text) {
        if (cue == null || cue.range().end() > q.range().start() || q.kind() != QuoteKind.DIRECT) {
            return false;
        }
        if (!commaBefore(text, q.range().start())) {
            return false;
        }
        for (Token t : toks) {
            if (t.start() >= cue.range().end()
                    && t.end() <= q.range().start()
                    && t.lower().equals("that")) {
                return true;
            }
        }
        return false;
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
        if (between.isEmpty() || PUNCTUATION_ONLY.matcher(between).matches()) {
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

    private static int sentenceContaining(int offset, List<SentenceDraft> drafts) {
        int found = SentenceIndex.atOrBefore(offset, drafts);
        return found >= 0 && drafts.get(found).sentence().range().touches(offset) ? found : -1;
    }
}
