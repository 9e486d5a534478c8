package org.newslint.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslint.nlp.CachingPipeline;
import org.newslint.nlp.NlpPipeline;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.nlp.claims.CheckWorthinessModel;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.nlp.ner.NameSpan;
import org.newslint.nlp.quotes.QuoteModel;
import org.newslint.text.Document;
import org.newslint.text.Paragraph;
import org.newslint.text.ParagraphKind;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * The analysis core: turns a document into sentences, quotes with speakers, entities and
 * attribution/claim decisions. Deterministic, never throws on odd input, and cancellable between
 * paragraphs so an editor's newer version can supersede a running analysis.
 */
public final class Analyzer {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.' -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.' ]{1,30})?\\s*(?:\\([\\p{L}.' ]{2,30}\\))?\\s*(?:-{1,2}|\u2014|\u2013)\\s+");
    private static final double BINARY_THRESHOLD = 0.10;
    /** "PENCE: Well, look, …" — a transcript's speaker label in capitals at the start of a paragraph. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^[\"“]?(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):\\s+\\S");

    private final NlpPipeline nlp;
    private final Lexicons lex;
    private final ClaimClassifier claims;

    /** Paragraphs whose tagging is remembered across analyses (a few long articles' worth). */
    private static final int CACHED_PARAGRAPHS = 4096;

    /** Resolved on first analysis, so constructing an analyzer never waits for the model to load. */
    private final Supplier<NameFinder> nameFinder;

    /** Resolved on first analysis; supplies null when no quote model is shipped (every quotation is then kept). */
    private final Supplier<QuoteModel> quoteModel;

    /** @param nameFinder the trained name finder, or null to type names from rules and gazetteers alone */
    public Analyzer(NlpPipeline nlp, Lexicons lex, Supplier<NameFinder> nameFinder) {
        this(nlp, lex, nameFinder, CheckWorthinessModel::shared);
    }

    /**
     * @param nameFinder the trained name finder, or null to type names from rules and gazetteers alone
     * @param claimModel the trained check-worthiness model, or null to decide claims by the rules alone
     */
    public Analyzer(NlpPipeline nlp, Lexicons lex, Supplier<NameFinder> nameFinder, Supplier<CheckWorthinessModel> claimModel) {
        this(nlp, lex, nameFinder, new ClaimClassifier(lex, claimModel), QuoteModel::sharedOrNull);
    }

    private Analyzer(NlpPipeline nlp, Lexicons lex, Supplier<NameFinder> nameFinder, ClaimClassifier claims,
                     Supplier<QuoteModel> quoteModel) {
        this.nlp = nlp;
        this.lex = lex;
        this.nameFinder = nameFinder;
        this.claims = claims;
        this.quoteModel = quoteModel;
    }

    /**
     * The same analyzer with another quote model (a freshly trained one), or with none ({@code null}):
     * every quotation the marks and rules find is then kept.
     */
    public Analyzer withQuoteModel(Supplier<QuoteModel> model) {
        return new Analyzer(nlp, lex, nameFinder, claims, model == null ? () -> null : model);
    }

    public Analyzer(NlpPipeline nlp, Lexicons lex) {
        this(nlp, lex, NameFinder::shared);
    }

    public static Analyzer createDefault() {
        return create(true, true);
    }

    /**
     * @param withNameModel whether the trained name finder votes on entity types
     * @param cachedParagraphs whether tagged paragraphs are remembered (an editor re-analysing as you type)
     *                         or every paragraph is tagged afresh (measuring a first analysis)
     */
    public static Analyzer create(boolean withNameModel, boolean cachedParagraphs) {
        return create(withNameModel, cachedParagraphs, true);
    }

    /** @param withClaimModel whether the trained check-worthiness model decides claims, or the rules alone */
    public static Analyzer create(boolean withNameModel, boolean cachedParagraphs, boolean withClaimModel) {
        return create(withNameModel, cachedParagraphs, withClaimModel ? CheckWorthinessModel::shared : null);
    }

    /** @param claimModel the check-worthiness model (e.g. a freshly trained one), or null for the rules alone */
    public static Analyzer create(boolean withNameModel, boolean cachedParagraphs, Supplier<CheckWorthinessModel> claimModel) {
        // the models load on first use, not when a server or command is being set up
        NlpPipeline models = (text, paragraph) -> OpenNlpPipeline.shared().sentences(text, paragraph);
        NlpPipeline pipeline = cachedParagraphs ? new CachingPipeline(models, CACHED_PARAGRAPHS) : models;
        return new Analyzer(pipeline, Lexicons.shared(), withNameModel ? NameFinder::shared : null, claimModel);
    }

    public ArticleAnalysis analyze(Document document, Settings settings) {
        return analyze(document, settings, () -> false);
    }

    public ArticleAnalysis analyze(Document document, Settings settings, BooleanSupplier cancelled) {
        return analyze(document, settings, cancelled, null, null);
    }

    /**
     * The sentences of a document that the check-worthiness model would be asked about, with the
     * features it would see: what {@code newslint train claims} trains on.
     */
    public List<ClaimCandidate> claimCandidates(Document document) {
        List<ClaimCandidate> out = new ArrayList<>();
        analyze(document, Settings.defaults(), () -> false, out::add, null);
        return out;
    }

    /**
     * The reported statements of a document that the quote model would be asked about, with the
     * features it would see, before it decides: what {@code newslint train quotes} trains on.
     */
    public List<QuoteCandidate> quoteCandidates(Document document) {
        List<QuoteCandidate> out = new ArrayList<>();
        analyze(document, Settings.defaults(), () -> false, null, out::add);
        return out;
    }

    private ArticleAnalysis analyze(Document document, Settings settings, BooleanSupplier cancelled,
                                    Consumer<ClaimCandidate> candidates, Consumer<QuoteCandidate> quoteCandidates) {
        Prose full = Prose.of(document);
        String limitNote = null;
        List<Paragraph> paragraphs = full.paragraphs();
        if (looksBinary(document.text())) {
            limitNote = "This file looks like binary data, not an article; it was not analysed.";
            paragraphs = List.of();
        } else if (document.text().length() > settings.maxDocumentChars()) {
            int limit = settings.maxDocumentChars();
            paragraphs = paragraphs.stream().filter(p -> p.range().end() <= limit).toList();
            limitNote = "Only the first " + limit + " characters of this " + document.text().length()
                    + "-character document were analysed.";
        }
        Prose prose = new Prose(full.original(), full.text(), paragraphs);

        List<SentenceDraft> drafts = new ArrayList<>();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("superseded");
            }
            Paragraph p = paragraphs.get(pi);
            String reason = claims.paragraphReason(p, p.range().of(prose.text()));
            TextRange range = p.range();
            Matcher dateline = DATELINE.matcher(range.of(prose.text()));
            if (p.kind() == ParagraphKind.BODY && reason == null && dateline.lookingAt()
                    && dateline.end() < range.length()) {
                // "AARHUS, Denmark (Reuters) -" is its own non-claim sentence, still searched for names
                TextRange datelineRange = new TextRange(range.start(), range.start() + dateline.end());
                for (Sentence s : nlp.sentences(prose.text(), datelineRange)) {
                    drafts.add(new SentenceDraft(s, pi, true, "dateline"));
                }
                range = new TextRange(range.start() + dateline.end(), range.end());
            }
            for (Sentence s : nlp.sentences(prose.text(), range)) {
                drafts.add(new SentenceDraft(s, pi, reason == null || reason.equals("label") || reason.equals("byline"), reason));
            }
        }

        QuoteFinder.Result rawQuotes = QuoteFinder.find(prose);
        List<TextRange> contents = new ArrayList<>();
        for (QuoteFinder.RawQuote q : rawQuotes.quotes()) {
            contents.add(q.content());
        }
        List<List<NameSpan>> names = List.of();
        if (nameFinder != null) {
            List<List<Token>> sentences = new ArrayList<>(drafts.size());
            for (SentenceDraft d : drafts) {
                sentences.add(d.sentence().tokens());
            }
            names = nameFinder.get().findInDocument(sentences);
        }
        EntityFinder.Result entities = new EntityFinder(lex, prose.original()).find(drafts, names);
        Attributor attributor = new Attributor(lex, prose, entities, contents);

        List<List<Attribution>> cueLists = new ArrayList<>();
        for (SentenceDraft d : drafts) {
            List<Attribution> list = new ArrayList<>();
            for (Attributor.CueHit hit : attributor.cues(d.sentence().tokens())) {
                list.add(new Attribution(hit.cue(), hit.source()));
            }
            cueLists.add(list);
        }

        // transcript speaker labels: every sentence of the paragraph is that speaker's
        java.util.Map<Integer, Source> labels = new java.util.HashMap<>();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            TextRange r = paragraphs.get(pi).range();
            Matcher m = SPEAKER_LABEL.matcher(r.of(prose.text()));
            if (m.lookingAt() && m.group(1).replaceAll("[^\\p{L}]", "").length() >= 2) {
                TextRange label = new TextRange(r.start() + m.start(1), r.start() + m.end(1));
                labels.put(pi, new Source(label, label.of(prose.original()), null, null));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        List<String> speakerClues = new ArrayList<>();
        for (QuoteFinder.RawQuote raw : rawQuotes.quotes()) {
            if (raw.closed() && !raw.block() && looksLikeTitle(raw.content().of(prose.text()))) {
                continue; // “Shark Tank”, “The Wall Street Journal”: a title in quotation marks, not speech
            }
            Speaking found = speakerFor(raw, drafts, cueLists, quotes, prose, attributor);
            Quote q = found.quote();
            String how = found.how();
            int qp = paragraphOf(raw.range().start(), drafts);
            // "PENCE: Well, look, …" inside a quote is that speaker's, whoever spoke in the paragraph before
            if (labels.containsKey(qp) && (q.speaker() == null || raw.range().contains(labels.get(qp).range()))) {
                q = q.withSpeaker(labels.get(qp), null);
                how = "label";
            }
            quotes.add(q);
            speakerClues.add(how);
        }
        quotes = StatementSpans.assign(quotes, drafts, cueLists, prose.text());
        QuoteModel model = quoteCandidates == null ? quoteModel.get() : null;
        List<StatementGroup> statements = model == null && quoteCandidates == null ? List.of()
                : statementGroups(quotes, speakerClues, drafts, cueLists, prose);
        if (quoteCandidates != null) {
            for (StatementGroup g : statements) {
                quoteCandidates.accept(new QuoteCandidate(quotes.get(g.first()).statement(), g.features(),
                        alwaysKept(g, quotes, prose.text())));
            }
        }

        int maxQuoteLength = 0;
        for (Quote q : quotes) {
            maxQuoteLength = Math.max(maxQuoteLength, q.range().length());
        }
        List<SentenceInfo> infos = new ArrayList<>();
        for (int si = 0; si < drafts.size(); si++) {
            SentenceDraft d = drafts.get(si);
            List<Token> toks = d.sentence().tokens();
            Source source = null;
            String by = null;
            List<Attribution> all = new ArrayList<>(cueLists.get(si));
            for (Attributor.CueHit hit : attributor.stanceCues(toks)) {
                all.add(new Attribution(hit.cue(), hit.source()));
            }
            for (Attribution a : all) {
                if (a.source() != null && !lex.isWeasel(a.source())) {
                    source = a.source();
                    by = a.cue().lemma();
                    break;
                }
            }
            double quotedShare = quotedShare(toks, attributor);
            if (source == null) {
                for (Quote q : quotesOverlapping(d.sentence().range(), quotes, maxQuoteLength)) {
                    if (q.speaker() != null && d.sentence().range().overlaps(q.range())
                            && (d.sentence().range().contains(q.range().start()) || quotedShare >= 0.5)) {
                        source = q.speaker();
                        by = "quote";
                        break;
                    }
                }
            }
            if (source == null && labels.containsKey(d.paragraph())) {
                source = labels.get(d.paragraph());
                by = "speaker label";
            }
            boolean attributed = source != null;
            if (!attributed) {
                by = attributor.attributionWithoutSource(toks, d.sentence().range(), all, quotedShare);
                attributed = by != null;
            }
            if (!attributed) {
                by = introducedByColon(si, drafts, infos, prose.text());
                attributed = by != null;
            }
            if (!attributed && "heading".equals(d.paragraphReason())
                    && HEADLINE_QUOTATION.matcher(d.sentence().range().of(prose.original())).find()) {
                by = "headline quotation";
                attributed = true;
            }
            String paragraphReason = d.paragraphReason();
            String reason = paragraphReason != null ? paragraphReason : claims.sentenceReason(toks, quotedShare);
            if (reason == null && isRefusalToComment(cueLists.get(si))) {
                reason = "no comment";
            }
            boolean claim = false;
            boolean checkWorthy = false;
            ClaimKind kind = null;
            double probability = Double.NaN;
            if (ClaimClassifier.scored(reason)) {
                ClaimClassifier.Scored scored = claims.score(toks, attributor, reason, candidates);
                ClaimCandidate candidate = scored.candidate();
                probability = scored.probability();
                claim = candidate.isClaim(probability, claims.threshold());
                if (claim) {
                    kind = candidate.kind();
                    checkWorthy = candidate.isCheckWorthy(probability, claims.threshold());
                    reason = null;
                }
            }
            infos.add(new SentenceInfo(d.sentence(), d.paragraph(), all, attributed, source, by,
                    claim, kind, reason, checkWorthy, probability));
        }
        // decided after the sentences: whether a sentence is attributed does not hang on the quote model
        if (model != null) {
            quotes = keepQuotations(quotes, statements, model, prose.text());
        }
        return new ArticleAnalysis(document, prose, infos, quotes, entities.entities(), List.of(),
                rawQuotes.strayClosers(), limitNote);
    }

    /** The quotations sharing one reported statement (indexes {@code first..last}) and the quote model's features for it. */
    private record StatementGroup(int first, int last, String how, List<String> features) {
    }

    /** The reported statements in text order, as {@code eval quotes} counts them: quotations with the same statement are one. */
    private List<StatementGroup> statementGroups(List<Quote> quotes, List<String> speakerClues, List<SentenceDraft> drafts,
                                                 List<List<Attribution>> cueLists, Prose prose) {
        List<StatementGroup> out = new ArrayList<>();
        String text = prose.text();
        java.util.Map<Integer, Integer> quotesPerSentence = new java.util.HashMap<>();
        for (Quote other : quotes) {
            quotesPerSentence.merge(sentenceAtOrBefore(other.range().start(), drafts), 1, Integer::sum);
        }
        int i = 0;
        while (i < quotes.size()) {
            Quote q = quotes.get(i);
            int j = i;
            while (j + 1 < quotes.size() && q.statement() != null && q.statement().equals(quotes.get(j + 1).statement())) {
                j++;
            }
            if (q.statement() != null && q.kind() != QuoteKind.BLOCK) {
                int si = sentenceAtOrBefore(q.range().start(), drafts);
                Sentence sentence = si >= 0 && drafts.get(si).sentence().range().touches(q.range().start())
                        ? drafts.get(si).sentence() : null;
                int inSentence = sentence == null ? 0 : quotesPerSentence.getOrDefault(si, 0);
                int paragraph = paragraphOf(q.range().start(), drafts);
                boolean paragraphInitial = paragraph >= 0 && prose.paragraphs().get(paragraph).range().start() == q.range().start();
                boolean weasel = q.speaker() != null && lex.isWeasel(q.speaker());
                String reason = sentence == null ? null : drafts.get(si).paragraphReason();
                boolean cueInSentence = sentence != null && !cueLists.get(si).isEmpty();
                out.add(new StatementGroup(i, j, speakerClues.get(i), QuoteFeatures.of(q, j - i + 1, speakerClues.get(i), sentence, inSentence,
                        paragraphInitial, looksLikeTitle(q.content().of(text)), weasel, lex, text, prose.original(), reason,
                        cueInSentence)));
            }
            i = j + 1;
        }
        return out;
    }

    /** The quotes with every statement the model does not take for a quotation turned into terms. */
    private static List<Quote> keepQuotations(List<Quote> quotes, List<StatementGroup> statements, QuoteModel model,
                                              String text) {
        List<Quote> out = new ArrayList<>(quotes);
        for (StatementGroup g : statements) {
            if (alwaysKept(g, out, text) || model.probability(g.features()) >= model.threshold()) {
                continue;
            }
            for (int k = g.first(); k <= g.last(); k++) {
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
    private static boolean alwaysKept(StatementGroup g, List<Quote> quotes, String text) {
        return g.how().equals("dash") || g.how().equals("label") || unspokenSpeech(quotes.get(g.first()), text);
    }

    /**
     * A quotation of five words or more that nobody is said to have said: whatever the model thinks of
     * it, the writer must be asked whose words they are (quote-without-speaker), not told it is a term.
     */
    private static boolean unspokenSpeech(Quote q, String text) {
        return q.speaker() == null && q.content().of(text).strip().split("\\s+").length >= 5;
    }

    /**
     * Headlines quote in single curly marks ("Christie Calls Clinton ‘A Disgrace’", AP style), even a
     * word or two, and a headline quotation is someone's words; a ’ inside a word is an apostrophe.
     */
    private static final java.util.regex.Pattern HEADLINE_QUOTATION =
            java.util.regex.Pattern.compile("\u2018(?:[^\u2018\u2019]|\u2019(?=\\p{L}))*\\p{L}(?:[^\u2018\u2019]|\u2019(?=\\p{L}))*\u2019(?!\\p{L})");

    /** "The company declined to comment": a source's silence asserts nothing checkable. */
    private static boolean isRefusalToComment(List<Attribution> attributions) {
        for (Attribution a : attributions) {
            String lemma = a.cue().lemma();
            if (lemma.startsWith("decline to") || lemma.startsWith("refuse to") || lemma.startsWith("not respond")
                    || lemma.startsWith("could not be reach")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraph right after an attributed sentence ending in a colon ("The governor added:") is what
     * that sentence introduces, quotation marks or not.
     */
    private static String introducedByColon(int si, List<SentenceDraft> drafts, List<SentenceInfo> infos, String text) {
        int paragraph = drafts.get(si).paragraph();
        int k = si - 1;
        while (k >= 0 && drafts.get(k).paragraph() == paragraph) {
            k--;
        }
        if (k >= 0 && drafts.get(k).paragraph() == paragraph - 1 && infos.get(k).source() != null
                && drafts.get(k).sentence().range().of(text).strip().endsWith(":")) {
            return "introduced by a colon";
        }
        return null;
    }

    private static double quotedShare(List<Token> toks, Attributor attributor) {
        int words = 0;
        int quoted = 0;
        for (Token t : toks) {
            if (t.isPunctuation()) {
                continue;
            }
            words++;
            if (attributor.insideQuote(t.start())) {
                quoted++;
            }
        }
        return words == 0 ? 0 : (double) quoted / words;
    }

    /** A quote with its speaker, and which clue gave the speaker (a feature of the quote model). */
    private record Speaking(String how, Quote quote) {
    }

    private Speaking speakerFor(QuoteFinder.RawQuote raw, List<SentenceDraft> drafts, List<List<Attribution>> cueLists,
                             List<Quote> earlier, Prose prose, Attributor attributor) {
        int first = -1;
        int last = -1;
        for (int si = Math.max(0, sentenceAtOrBefore(raw.range().start(), drafts)); si < drafts.size(); si++) {
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
            return new Speaking("none", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), null, null));
        }
        if (!raw.block() && isPartial(raw, drafts.get(first).sentence(), prose.text())) {
            kind = QuoteKind.PARTIAL;
        }
        // (a) a cue outside the quote in a sentence the quote touches, nearest first
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int si = first; si <= last; si++) {
            for (Attribution a : cueLists.get(si)) {
                if (a.source() == null || raw.range().overlaps(a.cue().range()) || raw.content().contains(a.source().range())) {
                    continue;
                }
                int distance = Math.min(Math.abs(a.cue().range().start() - raw.range().end()),
                        Math.abs(a.cue().range().end() - raw.range().start()));
                if (distance < bestDistance) {
                    best = a;
                    bestDistance = distance;
                }
            }
        }
        if (best != null) {
            return new Speaking("cue", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), best.source(), best.cue()));
        }
        // (b) "“…” — Dr. Ahmed Saleh"
        Source dash = attributor.speakerAfterDash(raw.range(), drafts.get(last).sentence().tokens());
        if (dash == null && last + 1 < drafts.size() && drafts.get(last + 1).paragraph() == drafts.get(last).paragraph()) {
            dash = attributor.speakerAfterDash(raw.range(), drafts.get(last + 1).sentence().tokens());
        }
        if (dash != null) {
            return new Speaking("dash", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), dash, null));
        }
        // (b') "Limbaugh continued: “…”", "She added, “…”": a clause with no reporting verb introduces the quote
        Source introducer = introducingSubject(raw, drafts.get(first).sentence().tokens(), attributor);
        if (introducer != null) {
            return new Speaking("introducer", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), introducer, null));
        }
        // (c) the speaker opens the next sentence: "“We are cautious.” Saleh said the data …"
        if (last + 1 < drafts.size() && drafts.get(last + 1).paragraph() == drafts.get(last).paragraph()
                && raw.range().end() >= drafts.get(last).sentence().range().end() - 1) {
            for (Attribution a : cueLists.get(last + 1)) {
                if (a.source() != null && a.source().range().start() - drafts.get(last + 1).sentence().range().start() < 40
                        && a.source().range().end() <= a.cue().range().start()) {
                    return new Speaking("next sentence", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), a.source(), a.cue()));
                }
                break;
            }
        }
        int paragraph = drafts.get(first).paragraph();
        // (d) a block quote, or a quote opening its paragraph, introduced by the paragraph before it:
        // "Haddad said at the meeting:"
        boolean introduced = first > 0 && drafts.get(first - 1).paragraph() == paragraph - 1
                && raw.range().start() == prose.paragraphs().get(paragraph).range().start()
                && drafts.get(first - 1).sentence().range().of(prose.text()).stripTrailing().endsWith(":");
        if ((raw.block() || introduced) && first > 0) {
            for (int si = first - 1; si >= 0 && drafts.get(si).paragraph() >= paragraph - 1; si--) {
                for (Attribution a : cueLists.get(si)) {
                    if (a.source() != null) {
                        return new Speaking("colon paragraph", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), a.source(), a.cue()));
                    }
                }
            }
            // "Sanders made the following comment:" — no reporting verb, but its subject introduces the quote
            List<Token> before = drafts.get(first - 1).sentence().tokens();
            Source subject = before.size() > 1 ? attributor.sentenceSubject(before, before.size() - 1) : null;
            if (subject != null && canSpeak(subject)) {
                return new Speaking("colon subject", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), subject, null));
            }
        }
        // (e) "Mikkelsen said frustration had been building. “We were told …”": the quote opens a sentence
        // right after a sentence attributed to a named or described source in the same paragraph
        if (first > 0 && drafts.get(first - 1).paragraph() == paragraph
                && raw.range().start() <= drafts.get(first).sentence().range().start() + 1) {
            for (Attribution a : cueLists.get(first - 1)) {
                if (a.source() != null && !lex.isWeasel(a.source())) {
                    return new Speaking("previous sentence", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), a.source(), null));
                }
            }
        }
        // (e') continuation: the same paragraph's previous quote, or a quote-only paragraph after an attributed one
        for (int qi = earlier.size() - 1; qi >= 0; qi--) {
            Quote prev = earlier.get(qi);
            int prevParagraph = paragraphOf(prev.range().start(), drafts);
            boolean sameParagraph = prevParagraph == paragraph;
            boolean quoteOnlyParagraph = prevParagraph == paragraph - 1
                    && raw.range().start() == prose.paragraphs().get(paragraph).range().start();
            if (prev.speaker() != null && (sameParagraph || quoteOnlyParagraph)) {
                return new Speaking("continuation", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), prev.speaker(), null));
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
            Source subject = attributor.sentenceSubject(toks, qi);
            if (subject != null && (subject.entityId() != null || lex.roleNouns.contains(lastWord(subject.text())))) {
                return new Speaking("subject", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), subject, null));
            }
        }
        return new Speaking("none", new Quote(raw.range(), raw.content(), kind, raw.closed(), raw.nested(), null, null));
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
        if (qi < 2 || !(toks.get(qi - 1).text().equals(":") || toks.get(qi - 1).text().equals(","))) {
            return null;
        }
        Source subject = attributor.sentenceSubject(toks, qi - 1);
        return subject != null && canSpeak(subject) ? subject : null;
    }

    /** A name, a personal pronoun or a role ("the spokesman"): someone a quotation can belong to. */
    private boolean canSpeak(Source s) {
        String word = lastWord(s.text());
        String[] written = s.text().strip().split("\\s+");
        boolean name = Character.isUpperCase(written[written.length - 1].charAt(0)) && written.length <= 4;
        return s.entityId() != null || name || lex.roleNouns.contains(word)
                || s.range().length() <= 4 && java.util.Set.of("he", "she", "they", "we", "i").contains(word);
    }

    private static final java.util.Set<String> TITLE_SMALL_WORDS = java.util.Set.of("a", "an", "the", "of", "and", "in",
            "on", "to", "for", "at", "by", "or", "with", "from", "vs", "vs.", "&");

    /** Short, every content word capitalised, no clause inside: the name of a show, book, song or paper. */
    static boolean looksLikeTitle(String content) {
        String c = content.strip().replaceAll("[.,!?;:]+$", "");
        String[] words = c.split("\\s+");
        if (c.isEmpty() || words.length > 6 || c.matches(".*[.!?;:].*")) {
            return false;
        }
        if (!Character.isUpperCase(words[0].charAt(0)) && !Character.isDigit(words[0].charAt(0))) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalised++;
            } else if (!TITLE_SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        // a lone capitalised word ("Wow") is more often an exclamation than a title
        return capitalised >= 2 || words.length == 1 && words[0].length() > 1 && Character.isDigit(words[0].charAt(0));
    }

    private static String lastWord(String s) {
        String[] parts = s.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return parts[parts.length - 1];
    }

    private static int paragraphOf(int offset, List<SentenceDraft> drafts) {
        int i = sentenceAtOrBefore(offset, drafts);
        for (int k = Math.max(0, i); k < drafts.size() && k <= i + 1; k++) {
            if (drafts.get(k).sentence().range().touches(offset)) {
                return drafts.get(k).paragraph();
            }
        }
        return -1;
    }

    /** The quotes (sorted by start, none longer than {@code maxLength}) that overlap {@code range}. */
    private static List<Quote> quotesOverlapping(TextRange range, List<Quote> quotes, int maxLength) {
        int lo = 0;
        int hi = quotes.size() - 1;
        int firstAfter = quotes.size();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).range().start() >= range.end()) {
                firstAfter = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        List<Quote> out = new ArrayList<>();
        for (int i = firstAfter - 1; i >= 0; i--) {
            Quote q = quotes.get(i);
            if (q.range().overlaps(range)) {
                out.add(0, q);
            } else if (q.range().start() + maxLength < range.start()) {
                break; // no earlier quote is long enough to reach the sentence
            }
        }
        return out;
    }

    /** Index of the last sentence starting at or before {@code offset} (sentences are in text order), or -1. */
    static int sentenceAtOrBefore(int offset, List<SentenceDraft> drafts) {
        int lo = 0;
        int hi = drafts.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (drafts.get(mid).sentence().range().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** A fragment woven into a sentence, not introduced by a colon or comma. */
    private static boolean isPartial(QuoteFinder.RawQuote q, Sentence s, String text) {
        int k = q.range().start() - 1;
        while (k >= s.range().start() && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < s.range().start()) {
            return false;
        }
        char before = text.charAt(k);
        if (before == ',' && k - 4 >= s.range().start() && text.regionMatches(true, k - 4, "that", 0, 4)
                && (k - 5 < 0 || !Character.isLetter(text.charAt(k - 5)))) {
            return true; // "said that, “Of course …” against …": the comma sets off nothing, the quote is the clause's
        }
        if (before == ':' || before == ',' || before == '-' || before == '\u2014' || before == '\u2013') {
            return false;
        }
        return Character.isLetterOrDigit(before) || before == '\'' || before == ')';
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        if (n == 0) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad > n * BINARY_THRESHOLD;
    }
}
