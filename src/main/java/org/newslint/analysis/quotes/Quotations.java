package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newslint.analysis.attribution.Attributor;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceIndex;
import org.newslint.nlp.Sentence;
import org.newslint.text.Prose;

/**
 * The quote stage: the quotations {@link QuoteFinder} found by their marks, each with its speaker
 * ({@link SpeakerResolver}) and its reported statement ({@link StatementSpans}), and one
 * {@link QuoteCandidate} per statement for the quote model. Titles in quotation marks are left out.
 */
public final class Quotations {
    private final Lexicons lex;
    private final SpeakerResolver speakers;

    public Quotations(Lexicons lex) {
        this.lex = lex;
        this.speakers = new SpeakerResolver(lex);
    }

    /** The quotes in text order (before the quote model decides), and the statements it is asked about. */
    public record Found(List<Quote> quotes, List<QuoteCandidate> candidates) {
        public Found {
            quotes = List.copyOf(quotes);
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * @param cueLists the cues of each sentence, as the attribution stage found them
     * @param labels transcript speaker labels by paragraph
     */
    public Found find(
            QuoteFinder.Result marks,
            Prose prose,
            List<SentenceDraft> drafts,
            List<List<Attribution>> cueLists,
            Map<Integer, Source> labels,
            Attributor attributor) {
        List<Quote> quotes = new ArrayList<>();
        List<SpeakerClue> speakerClues = new ArrayList<>();
        for (QuoteFinder.RawQuote raw : marks.quotes()) {
            if (raw.closed()
                    && !raw.block()
                    && TitleQuotes.looksLikeTitle(raw.content().of(prose.text()))) {
                continue; // “Shark Tank”, “The Wall Street Journal”: a title in quotation marks, not speech
            }
            if (inBoilerplate(raw.range().start(), drafts)) {
                continue; // "READ MORE: ‘We are not going anywhere’": a link line, not someone's words
            }
            SpeakerResolver.Speaking found = speakers.speakerFor(raw, drafts, cueLists, quotes, prose, attributor);
            Quote q = found.quote();
            SpeakerClue clue = found.clue();
            int qp = SentenceIndex.paragraphOf(raw.range().start(), drafts);
            // "PENCE: Well, look, …" inside a quote is that speaker's, whoever spoke in the paragraph before
            if (labels.containsKey(qp)
                    && (q.speaker() == null
                            || raw.range().contains(labels.get(qp).range()))) {
                q = q.withSpeaker(labels.get(qp), null);
                clue = SpeakerClue.LABEL;
            }
            quotes.add(q);
            speakerClues.add(clue);
        }
        quotes = StatementSpans.assign(quotes, drafts, cueLists, prose.text());
        return new Found(quotes, candidates(quotes, speakerClues, drafts, cueLists, prose));
    }

    /** Whether {@code offset} lies in a boilerplate sentence (navigation and link lines: "READ MORE:", "Related:"). */
    private static boolean inBoilerplate(int offset, List<SentenceDraft> drafts) {
        int si = SentenceIndex.atOrBefore(offset, drafts);
        return si >= 0
                && drafts.get(si).sentence().range().touches(offset)
                && drafts.get(si).paragraphReason() == NonClaimReason.BOILERPLATE;
    }

    /** The reported statements in text order, as {@code eval quotes} counts them: quotations with the same statement are one. */
    private List<QuoteCandidate> candidates(
            List<Quote> quotes,
            List<SpeakerClue> speakerClues,
            List<SentenceDraft> drafts,
            List<List<Attribution>> cueLists,
            Prose prose) {
        List<QuoteCandidate> out = new ArrayList<>();
        String text = prose.text();
        Map<Integer, Integer> quotesPerSentence = new HashMap<>();
        for (Quote other : quotes) {
            quotesPerSentence.merge(SentenceIndex.atOrBefore(other.range().start(), drafts), 1, Integer::sum);
        }
        int i = 0;
        while (i < quotes.size()) {
            Quote q = quotes.get(i);
            int j = i;
            while (j + 1 < quotes.size()
                    && q.statement() != null
                    && q.statement().equals(quotes.get(j + 1).statement())) {
                j++;
            }
            if (q.statement() != null && q.kind() != QuoteKind.BLOCK) {
                int si = SentenceIndex.atOrBefore(q.range().start(), drafts);
                Sentence sentence = si >= 0
                                && drafts.get(si)
                                        .sentence()
                                        .range()
                                        .touches(q.range().start())
                        ? drafts.get(si).sentence()
                        : null;
                int inSentence = sentence == null ? 0 : quotesPerSentence.getOrDefault(si, 0);
                int paragraph = SentenceIndex.paragraphOf(q.range().start(), drafts);
                boolean paragraphInitial = paragraph >= 0
                        && prose.paragraphs().get(paragraph).range().start()
                                == q.range().start();
                boolean weasel = q.speaker() != null && lex.isWeasel(q.speaker());
                NonClaimReason reason = sentence == null ? null : drafts.get(si).paragraphReason();
                boolean cueInSentence = sentence != null && !cueLists.get(si).isEmpty();
                QuoteFeatures.Context context = new QuoteFeatures.Context(
                        q,
                        j - i + 1,
                        speakerClues.get(i),
                        sentence,
                        inSentence,
                        paragraphInitial,
                        TitleQuotes.looksLikeTitle(q.content().of(text)),
                        weasel,
                        reason,
                        cueInSentence);
                List<String> features = QuoteFeatures.of(context, lex, text, prose.original());
                out.add(new QuoteCandidate(
                        i,
                        j,
                        speakerClues.get(i),
                        q.statement(),
                        features,
                        QuoteTerms.alwaysKept(speakerClues.get(i), q, text, lex)));
            }
            i = j + 1;
        }
        return out;
    }
}
