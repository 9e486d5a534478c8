package org.newslint.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.attribution.Attributor;
import org.newslint.analysis.attribution.SpeakerLabels;
import org.newslint.analysis.claims.ClaimClassifier;
import org.newslint.analysis.claims.SentenceVerdicts;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.quotes.Quotations;
import org.newslint.analysis.quotes.QuoteFinder;
import org.newslint.analysis.quotes.QuoteTerms;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceSplitter;
import org.newslint.analysis.sentences.SentenceSplitter.SplitArticle;
import org.newslint.analysis.sourcing.SourcingDecider;
import org.newslint.nlp.NlpPipeline;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.nlp.claims.CheckWorthinessModel;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.nlp.ner.NameSpan;
import org.newslint.nlp.quotes.QuoteModel;
import org.newslint.nlp.sourcing.SourcingModel;
import org.newslint.rules.Rule;
import org.newslint.rules.RuleContext;
import org.newslint.rules.Rules;
import org.newslint.text.Document;
import org.newslint.text.Paragraph;
import org.newslint.text.TextRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each analysis stage on its own, on one fixture article: the setup runs the stages once in
 * {@link Analyzer}'s order and keeps every intermediate result, so each benchmark times one stage
 * from the same inputs the pipeline would give it. Where a stage remembers answers (the claim
 * classifier's probabilities), the benchmark builds it anew each call, as a fresh analysis does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StageBenchmark {
    private final Lexicons lex = Lexicons.shared();
    private Document document;
    private SentenceSplitter splitter;
    private SplitArticle split;
    private List<SentenceDraft> drafts;
    private List<List<Token>> sentences;
    private QuoteFinder.Result marks;
    private List<TextRange> contents;
    private List<List<NameSpan>> names;
    private EntityFinder.Result entities;
    private Attributor attributor;
    private List<List<Attribution>> cueLists;
    private Map<Integer, Source> labels;
    private Quotations quotations;
    private Quotations.Found found;
    private List<Quote> quotes;
    private ArticleAnalysis beforeSourcing;
    private ArticleAnalysis analysis;

    @Setup
    public void runTheStagesOnce() {
        document = Document.of(Articles.article("election-night.txt"));
        NlpPipeline fresh = (text, paragraph) -> OpenNlpPipeline.shared().sentences(text, paragraph);
        splitter = new SentenceSplitter(fresh, lex);
        split = splitter.split(document, Settings.defaults(), () -> false);
        drafts = split.sentences();
        sentences = new ArrayList<>();
        for (SentenceDraft d : drafts) {
            sentences.add(d.sentence().tokens());
        }
        marks = QuoteFinder.find(split.prose());
        contents = new ArrayList<>();
        for (QuoteFinder.RawQuote q : marks.quotes()) {
            contents.add(q.content());
        }
        names = NameFinder.shared().findInDocument(sentences);
        entities = entities();
        attributor = attributor();
        cueLists = cues();
        labels = SpeakerLabels.find(split.prose());
        quotations = new Quotations(lex);
        found = quotations();
        quotes = QuoteTerms.decide(found.quotes(), found.candidates(), QuoteModel.sharedOrNull());
        List<SentenceInfo> infos = verdicts().sentences();
        beforeSourcing = new ArticleAnalysis(
                document,
                split.prose(),
                infos,
                quotes,
                entities.entities(),
                List.of(),
                marks.strayClosers(),
                split.limitNote());
        analysis = Analyzer.Config.builder().freshTagging().analyzer().analyze(document, Settings.defaults());
    }

    /** OpenNLP with newslint's repairs (sentences, tokens, POS, lemmas), paragraph by paragraph. */
    @Benchmark
    public void tagging(Blackhole bh) {
        for (Paragraph p : split.prose().paragraphs()) {
            List<Sentence> s = OpenNlpPipeline.shared().sentences(split.prose().text(), p.range());
            bh.consume(s);
        }
    }

    /** Prose, paragraphs and their kinds, tagging, datelines and boilerplate: {@code analysis.sentences}. */
    @Benchmark
    public SplitArticle sentencesWithTagging() {
        return splitter.split(document, Settings.defaults(), () -> false);
    }

    @Benchmark
    public QuoteFinder.Result quoteMarks() {
        return QuoteFinder.find(split.prose());
    }

    /** The trained name finder over the whole document. */
    @Benchmark
    public List<List<NameSpan>> nameFinder() {
        return NameFinder.shared().findInDocument(sentences);
    }

    /** {@code analysis.entities}, given the name finder's names. */
    @Benchmark
    public EntityFinder.Result entities() {
        return new EntityFinder(lex, split.prose().original()).find(drafts, names);
    }

    /** Building the attributor (coreference, noun phrases, sources) ... */
    @Benchmark
    public Attributor attributor() {
        return new Attributor(lex, split.prose(), entities, contents, sentences);
    }

    /** ... and finding every sentence's cues with their sources. */
    @Benchmark
    public List<List<Attribution>> cues() {
        List<List<Attribution>> lists = new ArrayList<>();
        for (SentenceDraft d : drafts) {
            List<Attribution> list = new ArrayList<>();
            for (Attributor.CueHit hit : attributor.cues(d.sentence().tokens())) {
                list.add(new Attribution(hit.cue(), hit.source()));
            }
            lists.add(list);
        }
        return lists;
    }

    /** {@code analysis.quotes}: quotations, speakers and statements. */
    @Benchmark
    public Quotations.Found quotations() {
        return quotations.find(marks, split.prose(), drafts, cueLists, labels, attributor);
    }

    /** The quote model's decisions. */
    @Benchmark
    public List<Quote> quoteTerms() {
        return QuoteTerms.decide(found.quotes(), found.candidates(), QuoteModel.sharedOrNull());
    }

    /** {@code analysis.claims}, with a new claim classifier each call (it remembers its probabilities). */
    @Benchmark
    public SentenceVerdicts.Verdicts verdicts() {
        SentenceVerdicts v = new SentenceVerdicts(lex, new ClaimClassifier(lex, CheckWorthinessModel::shared));
        return v.decide(split.prose(), drafts, attributor, cueLists, found.quotes(), labels);
    }

    /** {@code analysis.sourcing}: features and the sourcing model. */
    @Benchmark
    public List<SentenceInfo> sourcing() {
        return new SourcingDecider(lex, SourcingModel.sharedOrNull()).decide(beforeSourcing);
    }

    /** Every rule on the finished analysis. */
    @Benchmark
    public void rules(Blackhole bh) {
        RuleContext context = new RuleContext(analysis, Settings.defaults());
        for (Rule rule : Rules.ALL) {
            bh.consume(rule.check(context));
        }
    }
}
