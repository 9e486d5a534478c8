package org.newslint.tools;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Inputs;
import org.newslint.rules.Checker;
import org.newslint.rules.Rules;

/**
 * {@code bench --compare-name-model} and {@code --compare-sourcing-model}: a model's cost as a ratio
 * that survives a busy machine, because both analyzers time the same article in alternating order,
 * so a burst of load hits both sides alike.
 */
final class BenchCompare {
    private BenchCompare() {}

    static int run(
            PrintWriter out, List<Inputs.Input> inputs, int runs, int warmup, Analyzer.Builder withoutIt, String what) {
        Checker with = new Checker(Analyzer.Config.builder().freshTagging().analyzer(), Rules.ALL);
        Checker without = new Checker(withoutIt.freshTagging().analyzer(), Rules.ALL);
        BenchStats.warmUp(warmup, inputs, with, without);
        List<Double> withMs = new ArrayList<>();
        List<Double> withoutMs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (Inputs.Input in : inputs) {
            double[] m = BenchStats.interleavedMedians(
                    runs,
                    () -> with.check(in.document(), Settings.defaults()),
                    () -> without.check(in.document(), Settings.defaults()));
            withMs.add(m[0]);
            withoutMs.add(m[1]);
            ratios.add(m[0] / m[1]);
        }
        withMs.sort(null);
        withoutMs.sort(null);
        ratios.sort(null);
        out.printf(
                Locale.ROOT,
                "%d articles, %d warm-up passes, median of %d interleaved runs each%n",
                inputs.size(),
                warmup,
                runs);
        out.printf(
                Locale.ROOT,
                "with %s:    median %.1f ms, p90 %.1f ms%n",
                what,
                BenchStats.pct(withMs, 50),
                BenchStats.pct(withMs, 90));
        out.printf(
                Locale.ROOT,
                "without %s: median %.1f ms, p90 %.1f ms%n",
                what,
                BenchStats.pct(withoutMs, 50),
                BenchStats.pct(withoutMs, 90));
        out.printf(
                Locale.ROOT,
                "ratio of medians %.2f; per-article ratio median %.2f, p10 %.2f, p90 %.2f%n",
                BenchStats.pct(withMs, 50) / BenchStats.pct(withoutMs, 50),
                BenchStats.pct(ratios, 50),
                BenchStats.pct(ratios, 10),
                BenchStats.pct(ratios, 90));
        return 0;
    }
}
