package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.nlp.quotes.QuoteModel;

/**
 * The quote model's decision: every reported statement it does not take for someone's quotation
 * becomes a term (no speaker, no statement), unless its layout or length keeps it (see
 * {@link QuoteCandidate#alwaysKept()}).
 */
public final class QuoteTerms {
    private QuoteTerms() {}

    public static List<Quote> decide(List<Quote> quotes, List<QuoteCandidate> candidates, QuoteModel model) {
        List<Quote> out = new ArrayList<>(quotes);
        for (QuoteCandidate c : candidates) {
            if (c.alwaysKept() || model.probability(c.features()) >= model.threshold()) {
                continue;
            }
            for (int k = c.first(); k <= c.last(); k++) {
                Quote q = out.get(k);
                out.set(k, new Quote(q.range(), q.content(), QuoteKind.TERM, q.closed(), q.nested(), null, null, null));
            }
        }
        return out;
    }

    /**
     * Statements the model is not asked about: a signed quotation ("“…” ― Edwin Monroy") or a
     * transcript turn is someone's by its layout, and unspoken speech must keep its question.
     */
    static boolean alwaysKept(SpeakerClue clue, Quote first, String text, Lexicons lex) {
        return clue.byLayout() || unspokenSpeech(first, text) || closedBySpeechCue(clue, first, text, lex);
    }

    /**
     * "“We have done nothing wrong,” Ellison said.": a quotation that ends in a comma (or ? or !) and is
     * followed at once by its speaker and a speech verb is someone's words, never a term.
     */
    static boolean closedBySpeechCue(SpeakerClue clue, Quote q, String text, Lexicons lex) {
        if (clue != SpeakerClue.CUE
                || q.speaker() == null
                || q.cue() == null
                || !lex.isSpeechAct(q.cue().lemma())) {
            return false;
        }
        int end = q.range().end();
        int attr = Math.min(q.cue().range().start(), q.speaker().range().start());
        if (attr < end || !text.substring(end, attr).isBlank()) {
            return false;
        }
        String content = q.content().of(text).strip();
        return content.endsWith(",") || content.endsWith("?") || content.endsWith("!");
    }

    /**
     * A quotation of five words or more that nobody is said to have said: whatever the model thinks of
     * it, the writer must be asked whose words they are (quote-without-speaker), not told it is a term.
     */
    private static boolean unspokenSpeech(Quote q, String text) {
        return q.speaker() == null && Spaces.split(q.content().of(text).strip()).length >= 5;
    }
}
