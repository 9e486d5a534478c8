package org.newslint.tools;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Inputs;
import org.newslint.cli.Main;
import org.newslint.rules.Checker;
import org.newslint.rules.Rules;
import org.newslint.text.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures speed the way we report it: warm analysis time per article as a distribution, and
 * how long an editor waits from starting the jar to its first diagnostics. Numbers, not asserts:
 * shared machines are noisy.
 */
@Command(
        name = "bench",
        description =
                "Time the analysis per article (warm, median and p90) or the server's start-to-first-diagnostics latency.")
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
            return startup(out, inputs.get(0));
        }
        if (compareNameModel) {
            return compare(out, inputs, Analyzer.Config.builder().withoutNameModel(), "the name finder");
        }
        if (compareSourcingModel) {
            return compare(out, inputs, Analyzer.Config.builder().sourcingModel(null), "the sourcing model");
        }
        // "fresh": every paragraph tagged from scratch (a file opened for the first time);
        // "keystroke": one paragraph changed since the last analysis, the rest served from the paragraph cache
        Checker fresh = new Checker(config().freshTagging().analyzer(), Rules.ALL);
        Checker cached = new Checker(config().analyzer(), Rules.ALL);
        out.println(withoutNameModel ? "without the trained name finder" : "with the trained name finder");
        long loadStart = System.nanoTime();
        fresh.check(inputs.get(0).document(), Settings.defaults());
        out.printf(Locale.ROOT, "first analysis (models loading): %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        warmUp(inputs, fresh, cached);
        List<Double> freshMs = new ArrayList<>();
        List<Double> keystrokeMs = new ArrayList<>();
        List<Double> perKiloWord = new ArrayList<>();
        long words = 0;
        for (Inputs.Input in : inputs) {
            double[] t = new double[runs];
            double[] k = new double[runs];
            String text = in.document().text();
            for (int r = 0; r < runs; r++) {
                t[r] = time(fresh, in.document());
                k[r] = time(cached, in.document().withText(r + 1, text.stripTrailing() + " x".repeat(r + 1) + "\n"));
            }
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
                pct(freshMs, 50),
                pct(freshMs, 10),
                pct(freshMs, 90),
                freshMs.get(freshMs.size() - 1),
                pct(perKiloWord, 50));
        out.printf(
                Locale.ROOT,
                "after a one-paragraph edit:  median %.1f ms, p10 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                pct(keystrokeMs, 50),
                pct(keystrokeMs, 10),
                pct(keystrokeMs, 90),
                keystrokeMs.get(keystrokeMs.size() - 1));
        return 0;
    }

    /**
     * A model's cost as a ratio that survives a busy machine: both analyzers time the same article in
     * alternating order, so a burst of load hits both sides alike.
     */
    private int compare(PrintWriter out, List<Inputs.Input> inputs, Analyzer.Builder withoutIt, String what) {
        Checker with = new Checker(Analyzer.Config.builder().freshTagging().analyzer(), Rules.ALL);
        Checker without = new Checker(withoutIt.freshTagging().analyzer(), Rules.ALL);
        warmUp(inputs, with, without);
        List<Double> withMs = new ArrayList<>();
        List<Double> withoutMs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (Inputs.Input in : inputs) {
            double[] a = new double[runs];
            double[] b = new double[runs];
            for (int r = 0; r < runs; r++) {
                boolean withFirst = r % 2 == 0;
                double first = time(withFirst ? with : without, in.document());
                double second = time(withFirst ? without : with, in.document());
                a[r] = withFirst ? first : second;
                b[r] = withFirst ? second : first;
            }
            Arrays.sort(a);
            Arrays.sort(b);
            withMs.add(a[runs / 2]);
            withoutMs.add(b[runs / 2]);
            ratios.add(a[runs / 2] / b[runs / 2]);
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
        out.printf(Locale.ROOT, "with %s:    median %.1f ms, p90 %.1f ms%n", what, pct(withMs, 50), pct(withMs, 90));
        out.printf(
                Locale.ROOT, "without %s: median %.1f ms, p90 %.1f ms%n", what, pct(withoutMs, 50), pct(withoutMs, 90));
        out.printf(
                Locale.ROOT,
                "ratio of medians %.2f; per-article ratio median %.2f, p10 %.2f, p90 %.2f%n",
                pct(withMs, 50) / pct(withoutMs, 50),
                pct(ratios, 50),
                pct(ratios, 10),
                pct(ratios, 90));
        return 0;
    }

    /** Untimed passes over every article, so the JIT and the caches are warm before anything is timed. */
    private void warmUp(List<Inputs.Input> inputs, Checker... checkers) {
        for (int w = 0; w < warmup; w++) {
            for (Inputs.Input in : inputs) {
                for (Checker c : checkers) {
                    c.check(in.document(), Settings.defaults());
                }
            }
        }
    }

    private static double time(Checker checker, Document document) {
        long s = System.nanoTime();
        checker.check(document, Settings.defaults());
        return (System.nanoTime() - s) / 1e6;
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.round((sorted.size() - 1) * p / 100.0);
        return sorted.get(i);
    }

    private int startup(PrintWriter out, Inputs.Input article) throws Exception {
        Path jar = Path.of(
                Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(jar)) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "newslint: --startup needs to run from the jar (java -jar newslint.jar bench --startup …)");
            return Main.USAGE;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        double[] ms = new double[startupRuns];
        for (int r = 0; r < startupRuns; r++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(java, "-jar", jar.toString(), "lsp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream toServer = p.getOutputStream();
                    InputStream fromServer = new BufferedInputStream(p.getInputStream())) {
                send(
                        toServer,
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
                send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
                JsonObject open = new JsonObject();
                open.addProperty("jsonrpc", "2.0");
                open.addProperty("method", "textDocument/didOpen");
                JsonObject td = new JsonObject();
                td.addProperty("uri", "file:///bench/article.txt");
                td.addProperty("languageId", "plaintext");
                td.addProperty("version", 1);
                td.addProperty("text", article.document().text());
                JsonObject params = new JsonObject();
                params.add("textDocument", td);
                open.add("params", params);
                send(toServer, open.toString());
                while (true) {
                    JsonObject msg = read(fromServer);
                    if (msg == null) {
                        throw new IOException("server closed its output before publishing diagnostics");
                    }
                    if (msg.has("method")
                            && msg.get("method").getAsString().equals("textDocument/publishDiagnostics")) {
                        break;
                    }
                }
                ms[r] = (System.nanoTime() - start) / 1e6;
                send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
                send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            } finally {
                p.waitFor(10, TimeUnit.SECONDS);
                p.destroyForcibly();
            }
        }
        Arrays.sort(ms);
        out.printf(
                Locale.ROOT,
                "start → first publishDiagnostics over %d runs: median %.0f ms, min %.0f ms, max %.0f ms "
                        + "(includes JVM start, model loading and the 150 ms debounce)%n",
                startupRuns,
                ms[startupRuns / 2],
                ms[0],
                ms[startupRuns - 1]);
        return 0;
    }

    private static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static JsonObject read(InputStream in) throws IOException {
        int length = -1;
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            if (c == '\n') {
                String header = line.toString().strip();
                line.setLength(0);
                if (header.isEmpty()) {
                    break;
                }
                if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).strip());
                }
            } else {
                line.append((char) c);
            }
        }
        byte[] body = in.readNBytes(length);
        return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** The shipped analysis, without the name finder when asked. */
    private Analyzer.Builder config() {
        Analyzer.Builder b = Analyzer.Config.builder();
        return withoutNameModel ? b.withoutNameModel() : b;
    }
}
