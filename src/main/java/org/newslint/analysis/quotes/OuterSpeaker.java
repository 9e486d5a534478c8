package org.newslint.analysis.quotes;

import java.util.List;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Attribution;

/**
 * "Freeland says Canada has asked the U.S. to “reconsider …”": when the cue nearest a quotation is
 * itself reported — its source opens the clause of an earlier speech act in the sentence, right after
 * that cue or its "that" — the quotation is the earlier speaker's: the subject of a reported clause is
 * never the speaker.
 */
final class OuterSpeaker {
    private OuterSpeaker() {}

    /** {@code best}, or the speech cue whose reported clause {@code best}'s source opens; {@code cues} are the sentence's. */
    static Attribution of(
            Attribution best, QuoteFinder.RawQuote raw, List<Attribution> cues, String text, Lexicons lex) {
        if (best.cue().range().start() > raw.range().start()) {
            return best;
        }
        for (Attribution o : cues) {
            if (o == best
                    || o.source() == null
                    || !lex.isSpeechAct(o.cue().lemma())
                    || o.source().range().start() >= o.cue().range().start()
                    || o.cue().range().end() > best.source().range().start()) {
                continue;
            }
            String between = text.substring(
                            o.cue().range().end(), best.source().range().start())
                    .strip();
            if (between.isEmpty() || between.equalsIgnoreCase("that")) {
                return o;
            }
        }
        return best;
    }
}
