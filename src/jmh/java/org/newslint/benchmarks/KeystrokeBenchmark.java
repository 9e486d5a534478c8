package org.newslint.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Settings;
import org.newslint.rules.Checker;
import org.newslint.rules.Rules;
import org.newslint.text.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an editor pays per keystroke in a long document: a 20,000-word document analysed once, then
 * re-analysed (all rules) after a one-character edit, with unchanged paragraphs served from the
 * paragraph cache as in the server. Each call inserts one letter into a different paragraph (the
 * previous edit undone), so the edited paragraph is never in the cache; every iteration starts from
 * a fresh analyzer whose cache holds only the unedited document.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KeystrokeBenchmark {
    private static final int WORDS = 20_000;

    private String text;
    private Document base;
    private final List<Integer> paragraphEnds = new ArrayList<>();
    private Checker checker;
    private int edits;
    private int version;

    @Setup(Level.Trial)
    public void document() {
        text = Articles.longDocument(WORDS);
        base = Document.of(text);
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                paragraphEnds.add(i);
            }
        }
    }

    @Setup(Level.Iteration)
    public void freshCache() {
        checker = new Checker(Analyzer.Config.builder().analyzer(), Rules.ALL);
        checker.check(base, Settings.defaults());
        edits = 0;
    }

    @Benchmark
    public ArticleAnalysis oneCharacterEdit() {
        int at = paragraphEnds.get(edits % paragraphEnds.size());
        char letter = (char) ('a' + (edits / paragraphEnds.size()) % 26);
        edits++;
        String edited = text.substring(0, at) + letter + text.substring(at);
        return checker.check(base.withText(++version, edited), Settings.defaults());
    }
}
