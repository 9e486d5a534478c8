package org.newslint.tools;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Inputs;
import org.newslint.cli.Main;
import org.newslint.rules.Checker;
import org.newslint.rules.Rules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures speed the way we report it: warm analysis time per article as a distribution, the
 * cost of a model or of newslint over bare OpenNLP as interleaved ratios, and how long an editor
 * waits from starting the jar to its first diagnostics. Numbers, not asserts: shared machines are
 * noisy. This class parses the options and runs the default mode; each other mode is its own class.
 */
@Command(
        name = "bench",
        description = "Time the analysis per article (warm, median and p90), against the bare OpenNLP pipeline, "
                + "or the server's start-to-first-diagnostics latency.")
final class Bench implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles or directories to time.")
    List<String> files;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per article (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--warmup",
            defaultValue = "3",
            description = "Untimed passes over all articles first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(
            names = "--startup",
            description =
                    "Instead, start this jar as a language server N times and time initialize → first publishDiagnostics.")
    int startupRuns;

    @Option(
            names = "--latency",
            paramLabel = "N",
            description =
                    "Instead, start this jar as a language server, open the articles and time N bursts of typing: "
                            + "last didChange → the publishDiagnostics for its version (median, p90; stale publishes counted).")
    int latencyBursts;

    @Option(
            names = "--keystroke",
            paramLabel = "N",
            description = "Time N one-character edits (after --warm-edits untimed ones) in a long document made of the"
                    + " articles (--words), on the editor path: thread CPU and wall, median, p10, p90.")
    int keystrokeEdits;

    @Option(
            names = "--warm-edits",
            defaultValue = "1000",
            paramLabel = "W",
            description = "With --keystroke: untimed edits first, for the JIT (default: ${DEFAULT-VALUE});"
                    + " none of them gives a text a timed edit gives.")
    int warmEdits;

    @Option(
            names = "--words",
            defaultValue = "20000",
            paramLabel = "W",
            description = "With --keystroke: join the articles (repeated if too few) until the document has W words"
                    + " (default: ${DEFAULT-VALUE}); 0 takes them as they are (one long file of your own).")
    int words;

    @Option(
            names = "--jvm-options",
            paramLabel = "OPTIONS",
            description =
                    "With --startup or --latency: the JVM options to start the server with (default: the editor recipes' "
                            + "\"${DEFAULT-VALUE}\"; \"\" for none).")
    String jvmOptions = BenchStartup.RECIPE_JVM_OPTIONS;

    /** The options given, or the recipes' with the archive next to the jar, as an editor would start the server. */
    private String serverOptions() throws java.net.URISyntaxException {
        return jvmOptions.equals(BenchStartup.RECIPE_JVM_OPTIONS) ? BenchStartup.withArchive(jvmOptions) : jvmOptions;
    }

    @Option(names = "--without-name-model", description = "Leave the trained name finder out (to measure its cost).")
    boolean withoutNameModel;

    @Option(
            names = "--compare-name-model",
            description =
                    "Time every article with and without the trained name finder, runs interleaved, and report both and their ratio.")
    boolean compareNameModel;

    @Option(
            names = "--compare-sourcing-model",
            description =
                    "Time every article with and without the sourcing model (the claim rules instead), runs interleaved, and report both and their ratio.")
    boolean compareSourcingModel;

    @Option(
            names = "--baseline",
            description =
                    "Time every article with the bare OpenNLP pipeline (sentences, tokens, POS; same models) and with "
                            + "newslint's full fresh analysis, runs interleaved, and report both, their ratio and tokens/s.")
    boolean baseline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Inputs.Input> inputs = Inputs.read(files, System.in);
        if (inputs.isEmpty()) {
            spec.commandLine().getErr().println("newslint: no articles found");
            return Main.USAGE;
        }
        if (startupRuns > 0) {
            return BenchStartup.run(spec, out, inputs.get(0), startupRuns, serverOptions());
        }
        if (latencyBursts > 0) {
            return BenchLatency.run(spec, out, inputs, latencyBursts, serverOptions());
        }
        if (keystrokeEdits > 0) {
            return BenchKeystroke.run(out, inputs, keystrokeEdits, warmEdits, words);
        }
        if (baseline) {
            return BenchBaseline.run(out, inputs, runs, warmup);
        }
        if (compareNameModel) {
            return BenchCompare.run(
                    out, inputs, runs, warmup, Analyzer.Config.builder().withoutNameModel(), "the name finder");
        }
        if (compareSourcingModel) {
            return BenchCompare.run(
                    out, inputs, runs, warmup, Analyzer.Config.builder().sourcingModel(null), "the sourcing model");
        }
        // "fresh": every paragraph tagged from scratch (a file opened for the first time);
        // "keystroke": one paragraph changed since the last analysis, the rest served from the paragraph cache
        Checker fresh = new Checker(config().freshTagging().analyzer(), Rules.ALL);
        Checker cached = new Checker(config().analyzer(), Rules.ALL);
        out.println(withoutNameModel ? "without the trained name finder" : "with the trained name finder");
        long loadStart = System.nanoTime();
        fresh.check(inputs.get(0).document(), Settings.defaults());
        out.printf(Locale.ROOT, "first analysis (models loading): %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        BenchStats.warmUp(warmup, inputs, fresh, cached);
        List<Double> freshMs = new ArrayList<>();
        List<Double> keystrokeMs = new ArrayList<>();
        List<Double> freshCpuMs = new ArrayList<>();
        List<Double> keystrokeCpuMs = new ArrayList<>();
        List<Double> perKiloWord = new ArrayList<>();
        long words = 0;
        for (Inputs.Input in : inputs) {
            double[] t = new double[runs];
            double[] k = new double[runs];
            double[] tc = new double[runs];
            double[] kc = new double[runs];
            String text = in.document().text();
            for (int r = 0; r < runs; r++) {
                t[r] = BenchStats.time(fresh, in.document());
                k[r] = BenchStats.time(
                        cached, in.document().withText(r + 1, text.stripTrailing() + " x".repeat(r + 1) + "\n"));
                tc[r] = BenchStats.cpuTime(() -> fresh.check(in.document(), Settings.defaults()));
                int variant = runs + r + 1; // a text the cached checker has not seen yet
                kc[r] = BenchStats.cpuTime(() -> cached.check(
                        in.document().withText(variant, text.stripTrailing() + " y".repeat(variant) + "\n"),
                        Settings.defaults()));
            }
            freshCpuMs.add(BenchStats.median(tc));
            keystrokeCpuMs.add(BenchStats.median(kc));
            Arrays.sort(t);
            Arrays.sort(k);
            int w = text.split("\\s+").length;
            words += w;
            freshMs.add(t[runs / 2]);
            keystrokeMs.add(k[runs / 2]);
            perKiloWord.add(t[runs / 2] * 1000.0 / Math.max(1, w));
        }
        freshMs.sort(null);
        keystrokeMs.sort(null);
        perKiloWord.sort(null);
        out.printf(
                Locale.ROOT,
                "%d articles, %d words, %d warm-up passes, median of %d runs each%n",
                inputs.size(),
                words,
                warmup,
                runs);
        out.printf(
                Locale.ROOT,
                "fresh analysis per article:  median %.1f ms, p10 %.1f ms, p90 %.1f ms, max %.1f ms (%.1f ms per 1000 words)%n",
                BenchStats.pct(freshMs, 50),
                BenchStats.pct(freshMs, 10),
                BenchStats.pct(freshMs, 90),
                freshMs.get(freshMs.size() - 1),
                BenchStats.pct(perKiloWord, 50));
        out.printf(
                Locale.ROOT,
                "after a one-paragraph edit:  median %.1f ms, p10 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                BenchStats.pct(keystrokeMs, 50),
                BenchStats.pct(keystrokeMs, 10),
                BenchStats.pct(keystrokeMs, 90),
                keystrokeMs.get(keystrokeMs.size() - 1));
        freshCpuMs.sort(null);
        keystrokeCpuMs.sort(null);
        out.printf(
                Locale.ROOT,
                "thread CPU time (robust to other load): fresh median %.1f ms, p90 %.1f ms;"
                        + " after a one-paragraph edit median %.1f ms, p90 %.1f ms%n",
                BenchStats.pct(freshCpuMs, 50),
                BenchStats.pct(freshCpuMs, 90),
                BenchStats.pct(keystrokeCpuMs, 50),
                BenchStats.pct(keystrokeCpuMs, 90));
        return 0;
    }

    /** The shipped analysis, without the name finder when asked. */
    private Analyzer.Builder config() {
        Analyzer.Builder b = Analyzer.Config.builder();
        return withoutNameModel ? b.withoutNameModel() : b;
    }
}
