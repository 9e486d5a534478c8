package org.newslint.analysis.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslint.analysis.attribution.Attributor;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceIndex;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Finds who said a quotation, trying the clues a careful reader uses in order (see
 * {@link SpeakerClue}): a reporting cue in its sentence, a signature dash, an introducing clause,
 * the next or previous sentence, the paragraph that introduces it with a colon, the quote before
 * it, or, for a fragment, the subject of its sentence.
 */
public final class SpeakerResolver {
    private final Lexicons lex;

    public SpeakerResolver(Lexicons lex) {
        this.lex = lex;
    }

    /** A quote with its speaker, and which clue gave the speaker (a feature of the quote model). */
    public record Speaking(SpeakerClue clue, Quote quote) {}

    public Speaking speakerFor(
            QuoteFinder.RawQuote raw,
            List<SentenceDraft> drafts,
            List<List<Attribution>> cueLists,
            List<Quote> earlier,
            Prose prose,
            Attributor attributor) {
        int first = -1;
        int last = -1;
        for (int si = Math.max(0, SentenceIndex.atOrBefore(raw.range().start(), drafts)); si < drafts.size(); si++) {
            TextRange r = drafts.get(si).sentence().range();
            if (r.start() >= raw.range().end() && !r.contains(raw.range().start())) {
                break;
            }
            if (r.overlaps(raw.range()) || r.contains(raw.range().start())) {
                if (first < 0) {
                    first = si;
                }
                last = si;
            }
        }
        QuoteKind kind = raw.block() ? QuoteKind.BLOCK : QuoteKind.DIRECT;
        if (first < 0) {
            return speaking(SpeakerClue.NONE, raw, kind, null, null);
        }
        if (!raw.block() && isPartial(raw, drafts.get(first).sentence(), prose.text())) {
            kind = QuoteKind.PARTIAL;
        }
        // (a) a cue outside the quote in a sentence the quote touches, nearest first; a place ("Lyndale denies")
        // gives way to "asked Ray Dunn" opening the next sentence
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int si = first; si <= last; si++) {
            for (Attribution a : cueLists.get(si)) {
                if (a.source() == null
                        || raw.range().overlaps(a.cue().range())
                        || raw.content().contains(a.source().range())) {
                    continue;
                }
                int distance = Math.min(
                        Math.abs(a.cue().range().start() - raw.range().end()),
                        Math.abs(a.cue().range().end() - raw.range().start()));
                if (distance < bestDistance) {
                    best = a;
                    bestDistance = distance;
                }
            }
        }
        if (best != null) {
            best = OuterSpeaker.of(best, raw, cueLists.get(first), prose.text(), lex);
        }
        if (best != null && attributor.isPlace(best.source())) {
            Attribution inverted = invertedCueAfter(raw, last, drafts, cueLists);
            if (inverted != null && !attributor.isPlace(inverted.source())) {
                return speaking(SpeakerClue.NEXT_SENTENCE, raw, kind, inverted.source(), inverted.cue());
            }
        }
        if (best != null) {
            return speaking(SpeakerClue.CUE, raw, kind, best.source(), best.cue());
        }
        // (b) "“…” — Dr. Ahmed Saleh"
        Source dash = attributor.speakerAfterDash(
                raw.range(), drafts.get(last).sentence().tokens());
        if (dash == null
                && last + 1 < drafts.size()
                && drafts.get(last + 1).paragraph() == drafts.get(last).paragraph()) {
            dash = attributor.speakerAfterDash(
                    raw.range(), drafts.get(last + 1).sentence().tokens());
        }
        if (dash != null) {
            return speaking(SpeakerClue.DASH, raw, kind, dash, null);
        }
        // (b') "Limbaugh continued: “…”", "She added, “…”": a clause with no reporting verb introduces the quote
        Source introducer = introducingSubject(raw, drafts.get(first).sentence().tokens(), attributor);
        if (introducer == null) {
            introducer = trailingSubject(raw, drafts.get(last).sentence().tokens(), prose.text(), attributor);
        }
        if (introducer != null) {
            return speaking(SpeakerClue.INTRODUCER, raw, kind, introducer, null);
        }
        // (c) the speaker opens the next sentence: "“We are cautious.” Saleh said the data …", "“Why?” asked Saleh."
        Attribution inverted = invertedCueAfter(raw, last, drafts, cueLists);
        if (inverted != null) {
            return speaking(SpeakerClue.NEXT_SENTENCE, raw, kind, inverted.source(), inverted.cue());
        }
        if (last + 1 < drafts.size()
                && drafts.get(last + 1).paragraph() == drafts.get(last).paragraph()
                && raw.range().end() >= drafts.get(last).sentence().range().end() - 1) {
            for (Attribution a : cueLists.get(last + 1)) {
                if (a.source() != null
                        && a.source().range().start()
                                        - drafts.get(last + 1)
                                                .sentence()
                                                .range()
                                                .start()
                                < 40
                        && a.source().range().end() <= a.cue().range().start()) {
                    return speaking(SpeakerClue.NEXT_SENTENCE, raw, kind, a.source(), a.cue());
                }
                break;
            }
        }
        int paragraph = drafts.get(first).paragraph();
        // (d) a block quote, or a quote opening its paragraph, introduced by the paragraph before it:
        // "Haddad said at the meeting:"
        boolean introduced = first > 0
                && drafts.get(first - 1).paragraph() == paragraph - 1
                && raw.range().start()
                        == prose.paragraphs().get(paragraph).range().start()
                && drafts.get(first - 1)
                        .sentence()
                        .range()
                        .of(prose.text())
                        .stripTrailing()
                        .endsWith(":");
        if ((raw.block() || introduced) && first > 0) {
            for (int si = first - 1; si >= 0 && drafts.get(si).paragraph() >= paragraph - 1; si--) {
                for (Attribution a : cueLists.get(si)) {
                    if (a.source() != null) {
                        return speaking(SpeakerClue.COLON_PARAGRAPH, raw, kind, a.source(), a.cue());
                    }
                }
            }
            // "Sanders made the following comment:" — no reporting verb, but its subject introduces the quote
            List<Token> before = drafts.get(first - 1).sentence().tokens();
            Source subject = before.size() > 1 ? attributor.sentenceSubject(before, before.size() - 1) : null;
            if (subject != null && canSpeak(subject)) {
                return speaking(SpeakerClue.COLON_SUBJECT, raw, kind, subject, null);
            }
        }
        // (e) "Mikkelsen said frustration had been building. “We were told …”": the quote opens a sentence
        // right after a sentence attributed to a named or described source in the same paragraph
        if (first > 0
                && drafts.get(first - 1).paragraph() == paragraph
                && raw.range().start() <= drafts.get(first).sentence().range().start() + 1) {
            // a place ("Lyndale denied the report, Mayor Ana Berg said.") only when nobody else is named there
            Source place = null;
            for (Attribution a : cueLists.get(first - 1)) {
                if (a.source() != null && !lex.isWeasel(a.source())) {
                    if (!attributor.isPlace(a.source())) {
                        return speaking(SpeakerClue.PREVIOUS_SENTENCE, raw, kind, a.source(), null);
                    }
                    place = place == null ? a.source() : place;
                }
            }
            if (place != null) {
                return speaking(SpeakerClue.PREVIOUS_SENTENCE, raw, kind, place, null);
            }
        }
        // (e') continuation: the same paragraph's previous quote, or a quote-only paragraph after an attributed one
        for (int qi = earlier.size() - 1; qi >= 0; qi--) {
            Quote prev = earlier.get(qi);
            int prevParagraph = SentenceIndex.paragraphOf(prev.range().start(), drafts);
            boolean sameParagraph = prevParagraph == paragraph;
            boolean quoteOnlyParagraph = prevParagraph == paragraph - 1
                    && raw.range().start()
                            == prose.paragraphs().get(paragraph).range().start();
            if (prev.speaker() != null && (sameParagraph || quoteOnlyParagraph)) {
                return speaking(SpeakerClue.CONTINUATION, raw, kind, prev.speaker(), null);
            }
            if (prevParagraph < paragraph - 1) {
                break;
            }
        }
        // (f) a partial quote belongs to the subject of its sentence: "Walker … unveiled a plan to counter “…”"
        if (kind == QuoteKind.PARTIAL) {
            List<Token> toks = drafts.get(first).sentence().tokens();
            int qi = 0;
            while (qi < toks.size() && toks.get(qi).start() < raw.range().start()) {
                qi++;
            }
            Source subject = nearestSubject(toks, qi, attributor);
            if (subject == null) {
                subject = attributor.sentenceSubject(toks, qi);
            }
            if (subject != null
                    && (subject.entityId() != null
                            || lex.roleNouns.contains(lastWord(subject.text()))
                            || isOutlet(subject))) {
                return speaking(SpeakerClue.SUBJECT, raw, kind, subject, null);
            }
        }
        return speaking(SpeakerClue.NONE, raw, kind, null, null);
    }

    /**
     * "“Why wait?” asked Ray Dunn.": a quotation ending in a question or exclamation ends its sentence, so
     * the cue that follows it in lower case opens the next one, with its source after it.
     */
    private static Attribution invertedCueAfter(
            QuoteFinder.RawQuote raw, int last, List<SentenceDraft> drafts, List<List<Attribution>> cueLists) {
        if (last + 1 >= drafts.size()
                || drafts.get(last + 1).paragraph() != drafts.get(last).paragraph()
                || raw.range().end() < drafts.get(last).sentence().range().end() - 1) {
            return null;
        }
        TextRange next = drafts.get(last + 1).sentence().range();
        for (Attribution a : cueLists.get(last + 1)) {
            Cue cue = a.cue();
            boolean opens = cue.range().start() == next.start()
                    && Character.isLowerCase(cue.text().charAt(0))
                    && a.source() != null
                    && a.source().range().start() >= cue.range().end();
            return opens ? a : null;
        }
        return null;
    }

    /** The quotation as the marks found it, with the speaker (and cue) that {@code clue} gave. */
    private static Speaking speaking(
            SpeakerClue clue, QuoteFinder.RawQuote raw, QuoteKind kind, Source speaker, Cue cue) {
        return new Speaking(
                clue, new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), speaker, cue));
    }

    /**
     * "Lyndale sought … what Mayor Ana Berg called “…”": the subject of the nearest finite verb before a
     * fragment, when it names a person or organisation (not a place) that can speak.
     */
    private Source nearestSubject(List<Token> toks, int quote, Attributor attributor) {
        for (int k = quote - 1; k > 0; k--) {
            Token t = toks.get(k);
            if (t.isQuoteMark() || attributor.insideQuote(t.start())) {
                return null;
            }
            if (t.pos().equals("VERB")
                    && !t.lower().endsWith("ing")
                    && !toks.get(k - 1).lower().equals("to")) {
                Source s = attributor.subjectOf(toks, k);
                return s != null && s.entityId() != null && canSpeak(s) && !attributor.isPlace(s) ? s : null;
            }
        }
        return null;
    }

    /**
     * The subject of the clause that introduces a quotation with a colon or comma in its own sentence,
     * when it names someone who can speak: "Limbaugh continued: “…”", "She added, “…”".
     */
    private Source introducingSubject(QuoteFinder.RawQuote raw, List<Token> toks, Attributor attributor) {
        int qi = 0;
        while (qi < toks.size() && toks.get(qi).start() < raw.range().start()) {
            qi++;
        }
        if (qi < 2
                || !(toks.get(qi - 1).text().equals(":")
                        || toks.get(qi - 1).text().equals(","))) {
            return null;
        }
        Source subject = attributor.sentenceSubject(toks, qi - 1);
        return subject != null && canSpeak(subject) ? subject : null;
    }

    /**
     * "“…,” she continued.": a clause of a subject and one verb closing the quotation's sentence names who
     * spoke, though the verb is not a reporting verb; the quotation must end as a clause that goes on (a
     * comma, question or exclamation mark before its closing mark).
     */
    private Source trailingSubject(QuoteFinder.RawQuote raw, List<Token> toks, String text, Attributor attributor) {
        int end = raw.content().end();
        if (!raw.closed() || end == 0 || ",?!".indexOf(text.charAt(end - 1)) < 0) {
            return null;
        }
        int k = 0;
        while (k < toks.size() && toks.get(k).start() < raw.range().end()) {
            k++;
        }
        Source subject = k < toks.size() ? attributor.rightNounPhrase(toks, k) : null;
        if (subject == null || !canSpeak(subject)) {
            return null;
        }
        int v = k;
        while (v < toks.size() && toks.get(v).end() <= subject.range().end()) {
            v++;
        }
        // the clause ends the sentence, or the quotation goes on after it: "“Honestly,” he continued, “we …”"
        boolean closes = v + 1 == toks.size()
                || v + 2 == toks.size() && toks.get(v + 1).isPunctuation()
                || v + 2 < toks.size()
                        && toks.get(v + 1).text().equals(",")
                        && toks.get(v + 2).isQuoteMark();
        return v < toks.size()
                        && toks.get(v).pos().equals("VERB")
                        && !toks.get(v).lower().endsWith("ing")
                        && closes
                ? subject
                : null;
    }

    /** A name, a personal pronoun or a role ("the spokesman"): someone a quotation can belong to. */
    private boolean canSpeak(Source s) {
        String word = lastWord(s.text());
        String[] written = Spaces.split(s.text().strip());
        boolean name = Character.isUpperCase(written[written.length - 1].charAt(0)) && written.length <= 4;
        return s.entityId() != null
                || name
                || lex.roleNouns.contains(word)
                || isOutlet(s)
                || s.range().length() <= 4
                        && Set.of("he", "she", "they", "we", "i").contains(word);
    }

    /** "the newspaper", "the wire service": an outlet referred to by what it is, a source in its own right. */
    private boolean isOutlet(Source s) {
        String[] words = Spaces.split(s.text().toLowerCase(Locale.ROOT).strip());
        int n = words.length;
        return n >= 2
                && words[0].equals("the")
                && (lex.outletNouns.contains(words[n - 1])
                        || n >= 3 && lex.outletNouns.contains(words[n - 2] + " " + words[n - 1]));
    }

    private static String lastWord(String s) {
        String[] parts = Spaces.split(s.toLowerCase(Locale.ROOT));
        return parts[parts.length - 1];
    }

    /** A fragment woven into a sentence, not introduced by a colon or comma. */
    static boolean isPartial(QuoteFinder.RawQuote q, Sentence s, String text) {
        int k = q.range().start() - 1;
        while (k >= s.range().start() && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < s.range().start()) {
            return false;
        }
        char before = text.charAt(k);
        if (before == ','
                && k - 4 >= s.range().start()
                && text.regionMatches(true, k - 4, "that", 0, 4)
                && (k - 5 < 0 || !Character.isLetter(text.charAt(k - 5)))) {
            return true; // "said that, “Of course …” against …": the comma sets off nothing, the quote is the clause's
        }
        if (before == ':' || before == ',' || before == '-' || before == '\u2014' || before == '\u2013') {
            return false;
        }
        return Character.isLetterOrDigit(before) || before == '\'' || before == ')';
    }
}
