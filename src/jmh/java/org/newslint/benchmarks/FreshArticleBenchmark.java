package org.newslint.benchmarks;

import java.util.concurrent.TimeUnit;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Settings;
import org.newslint.nlp.BarePipeline;
import org.newslint.rules.Checker;
import org.newslint.rules.Rules;
import org.newslint.text.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One article analysed fresh (every paragraph tagged from scratch, every model, every rule), as a
 * file opened for the first time, next to the bare OpenNLP pipeline on the same text: the JMH
 * counterpart of {@code newslint bench --baseline}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FreshArticleBenchmark {
    @Param({"election-night.txt"})
    public String article;

    private Document document;
    private Checker fresh;
    private BarePipeline bare;

    @Setup
    public void setUp() {
        document = Document.of(Articles.article(article));
        fresh = new Checker(Analyzer.Config.builder().freshTagging().analyzer(), Rules.ALL);
        bare = BarePipeline.shared();
    }

    @Benchmark
    public ArticleAnalysis newslintFresh() {
        return fresh.check(document, Settings.defaults());
    }

    @Benchmark
    public int bareOpenNlp() {
        return bare.tagTokens(document.text());
    }
}
