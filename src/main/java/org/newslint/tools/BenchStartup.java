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
import java.util.concurrent.TimeUnit;
import org.newslint.cli.Inputs;
import org.newslint.cli.Main;
import picocli.CommandLine;

/**
 * {@code bench --startup N}: how long an editor waits from starting the jar as a language server to
 * its first diagnostics, measured over real JSON-RPC to a subprocess.
 */
final class BenchStartup {
    /**
     * The JVM options every editor recipe under {@code editors/} starts the server with (README, "Memory
     * and JVM options"), so that the start-up measured is the one editors get; {@code EditorRecipesTest}
     * keeps the recipes and this in step.
     */
    static final String RECIPE_JVM_OPTIONS = "-Xmx160m -Xmn24m -XX:+UseSerialGC -Xlog:disable -Xlog:all=warning:stderr";

    /**
     * {@code options} with the class-data-sharing archive the build dumps next to the jar ({@code
     * newslint.jsa}, README "Memory and JVM options") when it is there, as the recipes pass it.
     */
    static String withArchive(String options) throws java.net.URISyntaxException {
        Path jar = thisJar();
        if (jar == null) {
            return options;
        }
        String name = jar.getFileName().toString();
        Path archive = jar.resolveSibling(name.replaceFirst("\\.jar$", "") + ".jsa");
        String path = archive.toAbsolutePath().toString();
        if (!Files.isRegularFile(archive) || path.chars().anyMatch(Character::isWhitespace)) {
            return options;
        }
        return options + " -XX:SharedArchiveFile=" + path;
    }

    private BenchStartup() {}

    static int run(
            CommandLine.Model.CommandSpec spec,
            PrintWriter out,
            Inputs.Input article,
            int startupRuns,
            String jvmOptions)
            throws Exception {
        Path jar = thisJar();
        if (jar == null) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "newslint: --startup needs to run from the jar (java -jar newslint.jar bench --startup …)");
            return Main.USAGE;
        }
        double[] ms = new double[startupRuns];
        for (int r = 0; r < startupRuns; r++) {
            long start = System.nanoTime();
            Process p = startServer(jar, jvmOptions);
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
                        + "(includes JVM start and model loading; a document just opened is not debounced; "
                        + "JVM options: %s)%n",
                startupRuns,
                ms[startupRuns / 2],
                ms[0],
                ms[startupRuns - 1],
                jvmOptions.isBlank() ? "none" : jvmOptions.trim());
        return 0;
    }

    /** The jar this class runs from, or null when it runs from classes (a test, an IDE). */
    static Path thisJar() throws java.net.URISyntaxException {
        Path jar = Path.of(BenchStartup.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** This jar started as a language server over stdio with {@code jvmOptions}, stderr discarded. */
    static Process startServer(Path jar, String jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : jvmOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", jar.toString(), "lsp"));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    static void send(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    static JsonObject read(InputStream in) throws IOException {
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
}
