package org.newslint.tools;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Inputs;
import org.newslint.nlp.BarePipeline;
import org.newslint.rules.Checker;
import org.newslint.rules.Rules;

/**
 * {@code bench --baseline}: how newslint's full fresh analysis compares with the bare OpenNLP
 * pipeline it is built on (sentences, tokens, POS tags on the same shipped models; {@link
 * BarePipeline}), runs interleaved per article so load hits both alike. The ratio bare ÷ newslint
 * says what share of the time is OpenNLP's own; the target is at least 0.5.
 */
final class BenchBaseline {
    private BenchBaseline() {}

    static int run(PrintWriter out, List<Inputs.Input> inputs, int runs, int warmup) {
        BarePipeline bare = BarePipeline.shared();
        Checker newslint = new Checker(Analyzer.Config.builder().freshTagging().analyzer(), Rules.ALL);
        for (int w = 0; w < warmup; w++) {
            for (Inputs.Input in : inputs) {
                bare.tagTokens(in.document().text());
                newslint.check(in.document(), Settings.defaults());
            }
        }
        List<Double> bareMs = new ArrayList<>();
        List<Double> newslintMs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> bareCpu = new ArrayList<>();
        List<Double> newslintCpu = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        long tokens = 0;
        double bareTotal = 0;
        double newslintTotal = 0;
        for (Inputs.Input in : inputs) {
            String text = in.document().text();
            tokens += bare.tagTokens(text);
            double[] m = BenchStats.interleavedMedians(
                    runs, () -> bare.tagTokens(text), () -> newslint.check(in.document(), Settings.defaults()));
            bareMs.add(m[0]);
            newslintMs.add(m[1]);
            ratios.add(m[0] / m[1]);
            bareTotal += m[0];
            newslintTotal += m[1];
            double[] c = BenchStats.interleavedCpuMedians(
                    runs, () -> bare.tagTokens(text), () -> newslint.check(in.document(), Settings.defaults()));
            bareCpu.add(c[0]);
            newslintCpu.add(c[1]);
            cpuRatios.add(c[0] / c[1]);
        }
        bareCpu.sort(null);
        newslintCpu.sort(null);
        cpuRatios.sort(null);
        bareMs.sort(null);
        newslintMs.sort(null);
        ratios.sort(null);
        out.printf(
                Locale.ROOT,
                "%d articles, %d tokens (OpenNLP's tokenizer), %d warm-up passes, median of %d interleaved runs each%n",
                inputs.size(),
                tokens,
                warmup,
                runs);
        line(out, "bare OpenNLP (sentences, tokens, POS):", bareMs, tokens, bareTotal);
        line(out, "newslint (full fresh analysis):       ", newslintMs, tokens, newslintTotal);
        out.printf(
                Locale.ROOT,
                "ratio bare / newslint: of medians %.2f; per article median %.2f, p10 %.2f, p90 %.2f (target >= 0.5)%n",
                BenchStats.pct(bareMs, 50) / BenchStats.pct(newslintMs, 50),
                BenchStats.pct(ratios, 50),
                BenchStats.pct(ratios, 10),
                BenchStats.pct(ratios, 90));
        out.printf(
                Locale.ROOT,
                "thread CPU time (robust to other load): bare median %.1f ms, newslint median %.1f ms;"
                        + " ratio of medians %.2f; per article median %.2f, p10 %.2f, p90 %.2f%n",
                BenchStats.pct(bareCpu, 50),
                BenchStats.pct(newslintCpu, 50),
                BenchStats.pct(bareCpu, 50) / BenchStats.pct(newslintCpu, 50),
                BenchStats.pct(cpuRatios, 50),
                BenchStats.pct(cpuRatios, 10),
                BenchStats.pct(cpuRatios, 90));
        return 0;
    }

    /** One side's per-article distribution and its throughput over all articles. */
    private static void line(PrintWriter out, String label, List<Double> sortedMs, long tokens, double totalMs) {
        out.printf(
                Locale.ROOT,
                "%s median %.1f ms, p10 %.1f ms, p90 %.1f ms per article; %.0f tokens/s%n",
                label,
                BenchStats.pct(sortedMs, 50),
                BenchStats.pct(sortedMs, 10),
                BenchStats.pct(sortedMs, 90),
                totalMs > 0 ? tokens * 1000.0 / totalMs : 0.0);
    }
}
