package org.newslint.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newslint.analysis.attribution.AttributionMemory;
import org.newslint.analysis.attribution.Attributor;
import org.newslint.analysis.attribution.SpeakerLabels;
import org.newslint.analysis.claims.ClaimClassifier;
import org.newslint.analysis.claims.SentenceVerdicts;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.entities.EntityMemory;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.HouseLists;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.model.Statement;
import org.newslint.analysis.quotes.Quotations;
import org.newslint.analysis.quotes.QuoteFinder;
import org.newslint.analysis.quotes.QuoteTerms;
import org.newslint.analysis.quotes.ReportedSpeech;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceSplitter;
import org.newslint.analysis.sentences.SentenceSplitter.SplitArticle;
import org.newslint.analysis.sourcing.SourcingDecider;
import org.newslint.analysis.sourcing.SourcingMemory;
import org.newslint.nlp.CachingPipeline;
import org.newslint.nlp.NlpPipeline;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Token;
import org.newslint.nlp.claims.CheckWorthinessModel;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.nlp.ner.NameSpan;
import org.newslint.nlp.quotes.QuoteModel;
import org.newslint.nlp.sourcing.SourcingModel;
import org.newslint.text.Document;
import org.newslint.text.TextRange;

/**
 * The analysis pipeline: runs the stages in order on one document — sentences, quotation marks,
 * entities, attribution cues, quotes with speakers and statements, sentence verdicts, the quote
 * model, the sourcing decision — and returns the immutable {@link ArticleAnalysis}. Deterministic, never throws on odd
 * input, and cancellable between paragraphs so an editor's newer version can supersede a running
 * analysis. Each stage is a package of its own with typed inputs and outputs; this class only wires them.
 * A trained model that fails (the name finder, the check-worthiness model, the quote model, the sourcing model) is left out of
 * that one analysis with one log line naming it; the other stages' results still arrive.
 */
public final class Analyzer {
    /** Paragraphs whose tagging is remembered across analyses (a few long articles' worth). */
    private static final int CACHED_PARAGRAPHS = 4096;

    private static final Logger LOG = Logger.getLogger(Analyzer.class.getName());

    private final Config config;
    private final NlpPipeline nlp;
    private final Stages shipped;
    /** The stages over a newsroom's house lists, for the last few lists seen (one per project, usually). */
    private final Map<HouseLists, Stages> withHouseLists =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<HouseLists, Stages> eldest) {
                    return size() > 4;
                }
            });

    /** The stages that read word lists, built over one set of lexicons. */
    private record Stages(
            Lexicons lex,
            SentenceSplitter splitter,
            Quotations quotations,
            SentenceVerdicts verdicts,
            SentenceVerdicts verdictsByRules,
            EntityMemory entityMemory,
            SourcingMemory sourcing,
            AttributionMemory attribution) {}

    /**
     * What an analyzer runs with. Models are suppliers, resolved on first analysis, so building an
     * analyzer never waits for a model to load; a null supplier leaves that model out.
     *
     * @param nameFinder the trained name finder, or null to type names from rules and gazetteers alone
     * @param claimModel the check-worthiness model, or null to decide claims by the rules alone
     * @param quoteModel the quote model (it may supply null: no model shipped), or null to keep every quotation
     * @param sourcingModel the sourcing model (it may supply null: none shipped), or null to decide sourcing by the rules
     * @param cachedParagraphs whether tagged paragraphs are remembered (an editor re-analysing as you type)
     *                         or every paragraph is tagged afresh (measuring a first analysis)
     */
    public record Config(
            Supplier<NameFinder> nameFinder,
            Supplier<CheckWorthinessModel> claimModel,
            Supplier<QuoteModel> quoteModel,
            Supplier<SourcingModel> sourcingModel,
            boolean cachedParagraphs) {
        /** Everything shipped: the name finder, both classifiers, cached tagging. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder starting from this configuration. */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.nameFinder = nameFinder;
            b.claimModel = claimModel;
            b.quoteModel = quoteModel;
            b.sourcingModel = sourcingModel;
            b.cachedParagraphs = cachedParagraphs;
            return b;
        }
    }

    /** Builds a {@link Config}; every option starts at what the product ships. */
    public static final class Builder {
        private Supplier<NameFinder> nameFinder = NameFinder::shared;
        private Supplier<CheckWorthinessModel> claimModel = CheckWorthinessModel::shared;
        private Supplier<QuoteModel> quoteModel = QuoteModel::sharedOrNull;
        private Supplier<SourcingModel> sourcingModel = SourcingModel::sharedOrNull;
        private boolean cachedParagraphs = true;

        private Builder() {}

        /** Types names from rules and gazetteers alone, without the trained name finder. */
        public Builder withoutNameModel() {
            nameFinder = null;
            return this;
        }

        /** The name finder to use (null: none). */
        public Builder nameModel(Supplier<NameFinder> model) {
            nameFinder = model;
            return this;
        }

        /** The check-worthiness model (a freshly trained one), or null to decide claims by the rules alone. */
        public Builder claimModel(Supplier<CheckWorthinessModel> model) {
            claimModel = model;
            return this;
        }

        /** The quote model (a freshly trained one), or null to keep every quotation the marks and rules find. */
        public Builder quoteModel(Supplier<QuoteModel> model) {
            quoteModel = model;
            return this;
        }

        /** The sourcing model (a freshly trained one), or null to decide sourcing by the claim rules alone. */
        public Builder sourcingModel(Supplier<SourcingModel> model) {
            sourcingModel = model;
            return this;
        }

        /** Tags every paragraph afresh, as a first analysis does, instead of remembering tagged paragraphs. */
        public Builder freshTagging() {
            cachedParagraphs = false;
            return this;
        }

        public Config build() {
            return new Config(nameFinder, claimModel, quoteModel, sourcingModel, cachedParagraphs);
        }

        public Analyzer analyzer() {
            return new Analyzer(build());
        }
    }

    public Analyzer(Config config) {
        this(config, pipeline(config.cachedParagraphs()), Lexicons.shared());
    }

    /** An analyzer over another NLP pipeline (a test's). */
    public Analyzer(Config config, NlpPipeline nlp, Lexicons lex) {
        this.config = config;
        this.nlp = nlp;
        this.shipped = stages(lex);
    }

    private Stages stages(Lexicons lex) {
        return new Stages(
                lex,
                new SentenceSplitter(nlp, lex, config.cachedParagraphs()),
                new Quotations(lex),
                new SentenceVerdicts(lex, new ClaimClassifier(lex, config.claimModel())),
                // what the verdicts are when the check-worthiness model fails: the claim rules alone
                new SentenceVerdicts(lex, new ClaimClassifier(lex, null)),
                // an editor's analyses remember entities by sentence, as they remember tagged paragraphs
                config.cachedParagraphs() ? new EntityMemory(lex) : null,
                new SourcingMemory(lex),
                // and the attribution stage's word-level facts by sentence
                config.cachedParagraphs() ? new AttributionMemory(lex) : null);
    }

    private Stages stagesFor(HouseLists house) {
        return house.isEmpty()
                ? shipped
                : withHouseLists.computeIfAbsent(
                        house, h -> stages(shipped.lex().with(h)));
    }

    /** The shipped analysis: every model, cached tagging. */
    public static Analyzer createDefault() {
        return Config.builder().analyzer();
    }

    public Config config() {
        return config;
    }

    private static NlpPipeline pipeline(boolean cached) {
        // the models load on first use, not when a server or command is being set up
        NlpPipeline models = (text, paragraph) -> OpenNlpPipeline.shared().sentences(text, paragraph);
        return cached ? new CachingPipeline(models, CACHED_PARAGRAPHS) : models;
    }

    public ArticleAnalysis analyze(Document document, Settings settings) {
        return analyze(document, settings, () -> false);
    }

    /** @throws CancellationException when {@code cancelled} turns true between paragraphs */
    public ArticleAnalysis analyze(Document document, Settings settings, BooleanSupplier cancelled) {
        return trace(document, settings, cancelled).result();
    }

    /** The analysis with what the models were asked on the way: what {@code newslint train} trains on. */
    public AnalysisTrace trace(Document given, Settings settings, BooleanSupplier cancelled) {
        // an HTML article is analysed as its body's text; the analysis's document maps back to the HTML
        Document document = given.analysable();
        Stages stages = stagesFor(settings.house());
        Lexicons lex = stages.lex();
        SplitArticle split = stages.splitter().split(document, settings, cancelled);
        List<SentenceDraft> drafts = split.sentences();
        QuoteFinder.Result marks = QuoteFinder.find(split.prose());
        List<TextRange> contents = new ArrayList<>();
        for (QuoteFinder.RawQuote q : marks.quotes()) {
            contents.add(q.content());
        }
        List<List<NameSpan>> names = isolated("the name finder", document, () -> modelNames(drafts), List.of());
        EntityFinder.Result entities =
                new EntityFinder(lex, split.prose().original(), stages.entityMemory()).find(drafts, names);
        List<List<Token>> sentences = new ArrayList<>();
        for (SentenceDraft d : drafts) {
            sentences.add(d.sentence().tokens());
        }
        Attributor attributor = new Attributor(lex, split.prose(), entities, contents, sentences, stages.attribution());
        List<List<Attribution>> cueLists = new ArrayList<>();
        for (SentenceDraft d : drafts) {
            List<Attribution> list = new ArrayList<>();
            for (Attributor.CueHit hit : attributor.cues(d.sentence().tokens())) {
                list.add(new Attribution(hit.cue(), hit.source()));
            }
            cueLists.add(list);
        }
        Map<Integer, Source> labels = SpeakerLabels.find(split.prose());
        Quotations.Found found = stages.quotations().find(marks, split.prose(), drafts, cueLists, labels, attributor);
        SentenceVerdicts.Verdicts decided = isolated(
                "the check-worthiness model",
                document,
                () -> stages.verdicts()
                        .decide(
                                split.prose(),
                                drafts,
                                attributor,
                                cueLists,
                                found.quotes(),
                                labels,
                                config.cachedParagraphs()),
                null);
        if (decided == null) {
            decided = stages.verdictsByRules()
                    .decide(split.prose(), drafts, attributor, cueLists, found.quotes(), labels);
        }
        // decided after the sentences: whether a sentence is attributed does not hang on the quote model
        List<Quote> quotes = isolated(
                "the quote model",
                document,
                () -> {
                    QuoteModel model = config.quoteModel() == null
                            ? null
                            : config.quoteModel().get();
                    return model == null
                            ? found.quotes()
                            : QuoteTerms.decide(found.quotes(), found.candidates(), model);
                },
                found.quotes());
        List<Statement> statements =
                ReportedSpeech.find(quotes, drafts, cueLists, split.prose().text(), lex);
        ArticleAnalysis result = new ArticleAnalysis(
                document,
                split.prose(),
                decided.sentences(),
                quotes,
                entities.entities(),
                List.of(),
                marks.strayClosers(),
                split.limitNote(),
                statements);
        ArticleAnalysis withoutSourcing = result;
        List<SentenceInfo> sourced = isolated(
                "the sourcing model",
                document,
                () -> {
                    SourcingModel sourcing = config.sourcingModel() == null
                            ? null
                            : config.sourcingModel().get();
                    return sourcing == null
                            ? null
                            : new SourcingDecider(lex, sourcing, config.cachedParagraphs() ? stages.sourcing() : null)
                                    .decide(withoutSourcing);
                },
                null);
        if (sourced != null) {
            result = result.withSentences(sourced);
        }
        return new AnalysisTrace(result, decided.claimQuestions(), found.candidates());
    }

    /**
     * Runs an optional stage (a trained model's say); if it fails, the analysis goes on as if the
     * model were absent and one log line names the stage, so one broken model cannot take the
     * article's other findings down. Cancellation still passes through.
     */
    private static <T> T isolated(String stage, Document document, Supplier<T> run, T without) {
        try {
            return run.get();
        } catch (java.util.concurrent.CancellationException cancelled) {
            throw cancelled;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            LOG.log(Level.WARNING, stage + " failed on " + document.uri() + "; analysed without it", e);
            return without;
        }
    }

    /** The trained name finder's names per sentence (it reads the whole document first), or none without it. */
    private List<List<NameSpan>> modelNames(List<SentenceDraft> drafts) {
        if (config.nameFinder() == null) {
            return List.of();
        }
        List<List<Token>> sentences = new ArrayList<>(drafts.size());
        for (SentenceDraft d : drafts) {
            sentences.add(d.sentence().tokens());
        }
        // an editor's analyses remember decoded sentences, as they remember tagged paragraphs; fresh ones do not
        return config.nameFinder().get().findInDocument(sentences, config.cachedParagraphs());
    }
}
