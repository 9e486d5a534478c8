package org.newslint.tools;

import com.google.gson.JsonObject;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.newslint.cli.Inputs;
import org.newslint.cli.Main;
import org.newslint.lsp.StdioServer;
import picocli.CommandLine;

/**
 * {@code bench --latency N}: what an editor waits after the last keystroke of a burst of typing,
 * over real JSON-RPC to the jar. N bursts, each 1–8 one-character insertions at one place of an
 * open article, 20–60 ms apart (typing); the time from the burst's last {@code didChange} to the
 * {@code publishDiagnostics} carrying its version. The articles are opened first and their first
 * diagnostics awaited; edits are seeded, so runs are comparable. A publish for an older version
 * after the burst's last change would be stale: they are counted.
 */
final class BenchLatency {
    private BenchLatency() {}

    /** One publishDiagnostics as it arrived. */
    private record Publish(long at, String uri, int version) {}

    static int run(
            CommandLine.Model.CommandSpec spec,
            PrintWriter out,
            List<Inputs.Input> articles,
            int bursts,
            String jvmOptions)
            throws Exception {
        Path jar = BenchStartup.thisJar();
        if (jar == null) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "newslint: --latency needs to run from the jar (java -jar newslint.jar bench --latency …)");
            return Main.USAGE;
        }
        Process p = BenchStartup.startServer(jar, jvmOptions);
        BlockingQueue<Publish> publishes = new LinkedBlockingQueue<>();
        try (OutputStream toServer = p.getOutputStream();
                InputStream fromServer = new BufferedInputStream(p.getInputStream())) {
            Thread reader = new Thread(
                    () -> {
                        try {
                            JsonObject m;
                            while ((m = BenchStartup.read(fromServer)) != null) {
                                if (m.has("method")
                                        && m.get("method").getAsString().equals("textDocument/publishDiagnostics")) {
                                    JsonObject params = m.getAsJsonObject("params");
                                    int version = params.has("version")
                                            ? params.get("version").getAsInt()
                                            : -1;
                                    publishes.add(new Publish(
                                            System.nanoTime(), params.get("uri").getAsString(), version));
                                }
                            }
                        } catch (java.io.IOException | RuntimeException e) {
                            // the server went away: the main thread times out and says so
                        }
                    },
                    "bench-latency-reader");
            reader.setDaemon(true);
            reader.start();
            BenchStartup.send(
                    toServer,
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}}");
            BenchStartup.send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            Map<String, StringBuilder> texts = new HashMap<>();
            Map<String, Integer> versions = new HashMap<>();
            List<String> uris = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                String uri = "file:///bench/article" + a + ".txt";
                String text = articles.get(a).document().text();
                uris.add(uri);
                texts.put(uri, new StringBuilder(text));
                versions.put(uri, 1);
                JsonObject td = new JsonObject();
                td.addProperty("uri", uri);
                td.addProperty("languageId", "plaintext");
                td.addProperty("version", 1);
                td.addProperty("text", text);
                send(toServer, "textDocument/didOpen", td, null);
                if (await(publishes, uri, 1, 30) == null) {
                    spec.commandLine().getErr().println("newslint: no diagnostics for an opened article within 30 s");
                    return 1;
                }
            }
            Random random = new Random(42);
            double[] ms = new double[bursts];
            int stale = 0;
            for (int b = 0; b < bursts; b++) {
                String uri = uris.get(random.nextInt(uris.size()));
                StringBuilder text = texts.get(uri);
                int at = random.nextInt(text.length() + 1);
                while (at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                    at++;
                }
                int keys = 1 + random.nextInt(8);
                long last = 0;
                int version = versions.get(uri);
                for (int k = 0; k < keys; k++) {
                    if (k > 0) {
                        Thread.sleep(20 + random.nextInt(41));
                    }
                    char letter = (char) ('a' + random.nextInt(26));
                    int line = 0;
                    int lineStart = 0;
                    for (int i = 0; i < at; i++) {
                        if (text.charAt(i) == '\n') {
                            line++;
                            lineStart = i + 1;
                        }
                    }
                    text.insert(at, letter);
                    version++;
                    JsonObject td = new JsonObject();
                    td.addProperty("uri", uri);
                    td.addProperty("version", version);
                    JsonObject change = new JsonObject();
                    JsonObject range = new JsonObject();
                    range.add("start", position(line, at - lineStart));
                    range.add("end", position(line, at - lineStart));
                    change.add("range", range);
                    change.addProperty("text", String.valueOf(letter));
                    com.google.gson.JsonArray changes = new com.google.gson.JsonArray();
                    changes.add(change);
                    last = System.nanoTime();
                    send(toServer, "textDocument/didChange", td, changes);
                    at++;
                }
                versions.put(uri, version);
                Publish done = null;
                while (done == null) {
                    Publish next = publishes.poll(30, TimeUnit.SECONDS);
                    if (next == null) {
                        spec.commandLine()
                                .getErr()
                                .println("newslint: no diagnostics for version " + version + " within 30 s");
                        return 1;
                    }
                    if (next.uri().equals(uri) && next.version() == version) {
                        done = next;
                    } else if (next.uri().equals(uri) && next.version() < version && next.at() > last) {
                        stale++;
                    }
                }
                ms[b] = (done.at() - last) / 1e6;
            }
            BenchStartup.send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
            BenchStartup.send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            Arrays.sort(ms);
            out.printf(
                    Locale.ROOT,
                    "last didChange → its publishDiagnostics over %d typing bursts in %d articles: median %.0f ms, "
                            + "p90 %.0f ms, max %.0f ms; debounce %d ms, so the analysis and the wire add median %.0f ms, "
                            + "p90 %.0f ms; stale publishes after a burst: %d (JVM options: %s)%n",
                    bursts,
                    articles.size(),
                    ms[bursts / 2],
                    ms[(int) Math.min(bursts - 1, Math.ceil(bursts * 0.9) - 1)],
                    ms[bursts - 1],
                    StdioServer.DEFAULT_DEBOUNCE_MILLIS,
                    ms[bursts / 2] - StdioServer.DEFAULT_DEBOUNCE_MILLIS,
                    ms[(int) Math.min(bursts - 1, Math.ceil(bursts * 0.9) - 1)] - StdioServer.DEFAULT_DEBOUNCE_MILLIS,
                    stale,
                    jvmOptions.isBlank() ? "none" : jvmOptions.trim());
            return stale == 0 ? 0 : 1;
        } finally {
            p.waitFor(10, TimeUnit.SECONDS);
            p.destroyForcibly();
        }
    }

    private static Publish await(BlockingQueue<Publish> publishes, String uri, int version, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Publish next = publishes.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next != null && next.uri().equals(uri) && next.version() == version) {
                return next;
            }
        }
        return null;
    }

    private static JsonObject position(int line, int character) {
        JsonObject p = new JsonObject();
        p.addProperty("line", line);
        p.addProperty("character", character);
        return p;
    }

    private static void send(
            OutputStream out, String method, JsonObject textDocument, com.google.gson.JsonArray changes)
            throws java.io.IOException {
        JsonObject params = new JsonObject();
        params.add("textDocument", textDocument);
        if (changes != null) {
            params.add("contentChanges", changes);
        }
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        m.add("params", params);
        BenchStartup.send(out, m.toString());
    }
}
