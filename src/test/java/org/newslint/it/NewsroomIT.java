package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newslint check} through the packaged jar as a desk would run it in CI: a baseline over
 * several articles and one edited sentence, a project {@code .newslint.json} (and a broken one),
 * suppression comments, and the flags {@code --severity}, {@code --quiet}, {@code --color} and glob
 * arguments.
 */
class NewsroomIT {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        JsonArray json() {
            return JsonParser.parseString(out).getAsJsonArray();
        }
    }

    private Run check(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                JarRoundTripIT.javaBinary(), "-jar", JarRoundTripIT.jar().toString(), "check"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("NO_COLOR");
        Path out = Files.createTempFile(dir.getParent(), "out", ".txt");
        Path err = Files.createTempFile(dir.getParent(), "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS))
                .as("newslint check finished")
                .isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private void copyFixtureArticles() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        try (Stream<Path> files =
                Files.list(JarRoundTripIT.projectDir().resolve("src/test/resources/golden/articles"))) {
            for (Path f : files.filter(
                            f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
                    .toList()) {
                Files.copy(f, articles.resolve(f.getFileName()));
            }
        }
    }

    private static List<String> findings(JsonObject file) {
        List<String> out = new ArrayList<>();
        for (var f : file.getAsJsonArray("findings")) {
            out.add(f.getAsJsonObject().get("rule").getAsString() + "@"
                    + f.getAsJsonObject().get("start").getAsInt());
        }
        return out;
    }

    @Test
    void aBaselineThenOneEditedSentenceReportsExactlyThatSentencesFindings() throws Exception {
        copyFixtureArticles();
        Run write = check("--write-baseline", "baseline.json", "articles");
        assertThat(write.status()).as(write.err()).isZero();
        assertThat(check("--baseline", "baseline.json", "articles").out()).isEmpty();

        Path article = dir.resolve("articles/port-strike.txt");
        String text = Files.readString(article);
        String before = "Experts say the dispute could ripple through supply chains across Scandinavia";
        String after = "Experts say the dispute could ripple through supply chains across the Nordic countries";
        assertThat(text).contains(before);
        String edited = text.replace(before, after);
        Files.writeString(article, edited);
        int start = edited.indexOf(after);
        int end = edited.indexOf('.', start) + 1;

        List<String> inSentence = new ArrayList<>();
        JsonObject all = check("--format", "json", "articles/port-strike.txt")
                .json()
                .get(0)
                .getAsJsonObject();
        for (String f : findings(all)) {
            int at = Integer.parseInt(f.substring(f.indexOf('@') + 1));
            if (start <= at && at < end) {
                inSentence.add(f);
            }
        }
        assertThat(inSentence).as("the edited sentence has findings").isNotEmpty();

        Run fresh = check("--format", "json", "--baseline", "baseline.json", "articles");
        List<String> reported = new ArrayList<>();
        for (var file : fresh.json()) {
            for (String f : findings(file.getAsJsonObject())) {
                reported.add(file.getAsJsonObject().get("path").getAsString() + " " + f);
            }
        }
        assertThat(reported)
                .containsExactlyInAnyOrderElementsOf(inSentence.stream()
                        .map(f -> "articles/port-strike.txt " + f)
                        .toList());
    }

    @Test
    void theProjectConfigSuppressionsAndFlagsWorkThroughTheJar() throws Exception {
        Files.createDirectories(dir.resolve("desk"));
        Files.writeString(
                dir.resolve("desk/story.md"),
                "Experts say the bridge is unsafe.\n\n<!-- newslint-disable-next-line vague-source -->\n"
                        + "Critics say the plan will fail.\n");
        Files.writeString(dir.resolve(".newslint.json"), "{\"rules\": {\"vague-source\": \"error\"}}");
        Run configured = check("--format", "json", "desk/story.md");
        assertThat(findings(configured.json().get(0).getAsJsonObject())).hasSize(1);
        assertThat(configured.out()).contains("\"severity\": \"error\"").contains("docs/rules/vague-source.md");

        Run severity = check("--quiet", "--color", "always", "--severity", "vague-source=info", "desk/*.md");
        assertThat(severity.out())
                .startsWith("desk/story.md:1:1: \u001b[1;34minformation\u001b[0m: ")
                .hasLineCount(1);
        assertThat(severity.err()).isEmpty();
        assertThat(severity.status()).isZero();

        Files.writeString(dir.resolve(".newslint.json"), "{\"rules\": {\"vague-source\": \"error\"\n  \"x\": 1}");
        Run broken = check("desk/story.md");
        assertThat(broken.err())
                .containsPattern("\\.newslint\\.json:2:\\d+: malformed JSON")
                .contains("defaults used");
        assertThat(broken.out()).contains("warning:").doesNotContain("error:");
        assertThat(broken.status()).isEqualTo(2);
    }

    /**
     * The server over real JSON-RPC: the project's {@code .newslint.json} sets a severity, and the
     * quick fix that silences a finding is a plain WorkspaceEdit whose text, once applied, has no
     * such finding.
     */
    @Test
    void theServerReadsTheProjectConfigAndItsQuickFixSilencesAFinding() throws Exception {
        Files.writeString(dir.resolve(".newslint.json"), "{\"rules\": {\"vague-source\": \"error\"}}");
        Path story = dir.resolve("story.md");
        String text = "The mayor said the bridge would reopen.\n\nExperts say the bridge is unsafe.\n";
        Files.writeString(story, text);
        String uri = story.toUri().toString();
        Process proc = new ProcessBuilder(
                        JarRoundTripIT.javaBinary(),
                        "-jar",
                        JarRoundTripIT.jar().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "newsroom-it-client");
            t.setDaemon(true);
            return t;
        });
        try {
            org.newslint.testing.RecordingClient client = new org.newslint.testing.RecordingClient();
            var launcher = org.eclipse.lsp4j.launch.LSPLauncher.createClientLauncher(
                    client, proc.getInputStream(), proc.getOutputStream(), executor, null);
            launcher.startListening();
            var server = launcher.getRemoteProxy();
            var init =
                    server.initialize(new org.eclipse.lsp4j.InitializeParams()).get(60, TimeUnit.SECONDS);
            assertThat(init.getCapabilities().getCodeActionProvider()).isNotNull();
            server.initialized(new org.eclipse.lsp4j.InitializedParams());
            server.getTextDocumentService()
                    .didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
                            new org.eclipse.lsp4j.TextDocumentItem(uri, "markdown", 1, text)));
            var diags = client.awaitDiagnostics(uri, 1, 60_000);
            assertThat(diags).isNotNull();
            var vague = diags.getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("vague-source"))
                    .findFirst()
                    .orElseThrow();
            assertThat(vague.getSeverity()).isEqualTo(org.eclipse.lsp4j.DiagnosticSeverity.Error);
            var actions = server.getTextDocumentService()
                    .codeAction(new org.eclipse.lsp4j.CodeActionParams(
                            new org.eclipse.lsp4j.TextDocumentIdentifier(uri),
                            vague.getRange(),
                            new org.eclipse.lsp4j.CodeActionContext(List.of(vague))))
                    .get(30, TimeUnit.SECONDS);
            var silence = actions.stream()
                    .map(e -> e.getRight())
                    .filter(a -> a.getTitle().startsWith("Silence vague-source"))
                    .findFirst()
                    .orElseThrow();
            var edit = silence.getEdit().getChanges().get(uri).get(0);
            assertThat(edit.getRange().getStart()).isEqualTo(new org.eclipse.lsp4j.Position(2, 0));
            String fixed = text.substring(0, text.indexOf("Experts"))
                    + edit.getNewText()
                    + text.substring(text.indexOf("Experts"));
            server.getTextDocumentService()
                    .didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                            new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 2),
                            List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(fixed))));
            var after = client.awaitDiagnostics(uri, 2, 60_000);
            assertThat(after.getDiagnostics())
                    .extracting(d -> d.getCode().getLeft())
                    .doesNotContain("vague-source", "unused-suppression");
            server.shutdown().get(30, TimeUnit.SECONDS);
            server.exit();
            assertThat(proc.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            proc.destroyForcibly();
            executor.shutdownNow();
        }
    }

    private static final Duration WIRE = Duration.ofSeconds(120);

    private static boolean isMethod(JsonObject m, String method) {
        return m.has("method") && m.get("method").getAsString().equals(method);
    }

    /** The next {@code $/progress} of {@code token} (whose value has {@code kind} when that is not null). */
    private static JsonObject progress(LspWire wire, String token, String kind) throws Exception {
        return wire.await(
                        m -> isMethod(m, "$/progress")
                                && m.getAsJsonObject("params")
                                        .get("token")
                                        .getAsString()
                                        .equals(token)
                                && (kind == null
                                        || kind.equals(m.getAsJsonObject("params")
                                                .getAsJsonObject("value")
                                                .get("kind")
                                                .getAsString())),
                        WIRE,
                        "$/progress " + kind + " of " + token)
                .getAsJsonObject("params")
                .getAsJsonObject("value");
    }

    /** Waits for the server's request {@code method} and answers it with {@code result}. */
    private static JsonObject answer(LspWire wire, String method, JsonElement result) throws Exception {
        JsonObject request = wire.await(m -> isMethod(m, method) && m.has("id"), WIRE, "the server's " + method);
        JsonObject response = new JsonObject();
        response.addProperty("jsonrpc", "2.0");
        response.add("id", request.get("id"));
        response.add("result", result);
        wire.send(response);
        return request;
    }

    private static List<String> codes(JsonArray items) {
        List<String> out = new ArrayList<>();
        for (JsonElement d : items) {
            out.add(d.getAsJsonObject().get("code").getAsString());
        }
        return out;
    }

    private static JsonObject pull(LspWire wire, String uri, String previousResultId) throws Exception {
        JsonObject p = JsonParser.parseString("{\"textDocument\":{\"uri\":\"" + uri + "\"}}")
                .getAsJsonObject();
        if (previousResultId != null) {
            p.addProperty("previousResultId", previousResultId);
        }
        JsonObject r = wire.request("textDocument/diagnostic", p, WIRE);
        assertThat(r.has("result")).as("textDocument/diagnostic: %s", r).isTrue();
        return r.getAsJsonObject("result");
    }

    /**
     * The protocol flows a client opts into, over real JSON-RPC to the jar: a client that pulls
     * diagnostics gets reports (full, then unchanged) and never a publishDiagnostics; its
     * workspace/configuration answer that disables a rule removes that rule's findings after a
     * refresh; model loading and a workspace pull show progress; a push client still gets pushes.
     */
    @Test
    void aPullClientGetsReportsConfigurationAndProgressAndNoPushWhileAPushClientGetsPushes() throws Exception {
        String text = "Maria Lopez leads the union.\n\"We will not back down,\" she said.\n"
                + "The port handles 14 million containers a year.\nExperts say the bridge is unsafe.\n";
        String uri = dir.resolve("pulled.txt").toUri().toString();
        try (LspWire wire = LspWire.start(List.of(), List.of())) {
            JsonObject params = JsonParser.parseString("{\"processId\":null,\"rootUri\":null,\"capabilities\":{"
                            + "\"textDocument\":{\"diagnostic\":{\"dynamicRegistration\":false}},"
                            + "\"workspace\":{\"configuration\":true,\"diagnostics\":{\"refreshSupport\":true}},"
                            + "\"window\":{\"workDoneProgress\":true}}}")
                    .getAsJsonObject();
            JsonObject init = wire.request("initialize", params, WIRE);
            JsonObject provider = init.getAsJsonObject("result")
                    .getAsJsonObject("capabilities")
                    .getAsJsonObject("diagnosticProvider");
            assertThat(provider.get("identifier").getAsString()).isEqualTo("newslint");
            assertThat(provider.get("workspaceDiagnostics").getAsBoolean()).isTrue();
            assertThat(provider.get("interFileDependencies").getAsBoolean()).isFalse();
            wire.notify("initialized", new JsonObject());

            String token = answer(wire, "window/workDoneProgress/create", JsonNull.INSTANCE)
                    .getAsJsonObject("params")
                    .get("token")
                    .getAsString();
            JsonObject asked = answer(wire, "workspace/configuration", JsonParser.parseString("[null]"));
            assertThat(asked.toString()).contains("\"section\":\"newslint\"");
            assertThat(progress(wire, token, "begin").get("title").getAsString())
                    .isEqualTo("Loading newslint models");
            progress(wire, token, "end");

            wire.open(uri, 1, text);
            JsonObject first = pull(wire, uri, null);
            assertThat(first.get("kind").getAsString()).isEqualTo("full");
            assertThat(codes(first.getAsJsonArray("items"))).contains("unattributed-claim", "vague-source");

            // a pull client's didChangeConfiguration carries no settings: the server asks for them
            wire.notify("workspace/didChangeConfiguration", JsonParser.parseString("{\"settings\":null}"));
            answer(
                    wire,
                    "workspace/configuration",
                    JsonParser.parseString("[{\"rules\":{\"unattributed-claim\":false}}]"));
            answer(wire, "workspace/diagnostic/refresh", JsonNull.INSTANCE);
            JsonObject second = pull(wire, uri, first.get("resultId").getAsString());
            assertThat(second.get("kind").getAsString()).isEqualTo("full");
            assertThat(codes(second.getAsJsonArray("items")))
                    .contains("vague-source")
                    .doesNotContain("unattributed-claim");
            JsonObject third = pull(wire, uri, second.get("resultId").getAsString());
            assertThat(third.get("kind").getAsString()).isEqualTo("unchanged");

            JsonObject workspace = wire.request(
                    "workspace/diagnostic",
                    JsonParser.parseString(
                            "{\"previousResultIds\":[],\"workDoneToken\":\"wd\",\"partialResultToken\":\"pr\"}"),
                    WIRE);
            assertThat(workspace.getAsJsonObject("result").getAsJsonArray("items"))
                    .as("with partial results the answer itself is empty")
                    .isEmpty();
            assertThat(progress(wire, "wd", "begin").get("title").getAsString()).isEqualTo("newslint diagnostics");
            assertThat(progress(wire, "wd", "report").get("message").getAsString())
                    .isEqualTo("1 of 1 documents");
            progress(wire, "wd", "end");
            JsonObject report =
                    progress(wire, "pr", null).getAsJsonArray("items").get(0).getAsJsonObject();
            assertThat(report.get("uri").getAsString()).isEqualTo(uri);
            assertThat(report.get("version").getAsInt()).isEqualTo(1);
            assertThat(codes(report.getAsJsonArray("items"))).doesNotContain("unattributed-claim");

            JsonObject bad =
                    wire.request("textDocument/diagnostic", JsonParser.parseString("{\"textDocument\":5}"), WIRE);
            assertThat(bad.getAsJsonObject("error").get("code").getAsInt()).isEqualTo(-32602);

            wire.close(uri);
            wire.shutdownAndExit();
            assertThat(wire.drainUnclaimed())
                    .as("a client that pulls is never pushed to")
                    .noneMatch(m -> isMethod(m, "textDocument/publishDiagnostics"));
            assertThat(wire.proc.stderr()).doesNotContain("\tat ");
        }

        try (LspWire push = LspWire.start(List.of(), List.of())) {
            JsonObject init = push.initialize(null);
            assertThat(init.getAsJsonObject("result")
                            .getAsJsonObject("capabilities")
                            .has("diagnosticProvider"))
                    .isFalse();
            push.open(uri, 1, text);
            JsonObject pushed = push.awaitDiagnostics(uri, 1, WIRE);
            assertThat(codes(pushed.getAsJsonArray("diagnostics"))).contains("unattributed-claim");
            push.shutdownAndExit();
        }
    }

    /** Runs the jar under util-linux's script(1), which gives it a terminal, as a person at a shell would. */
    private Run onATerminal(String arguments) throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isExecutable(Path.of("/usr/bin/script")), "script(1) (util-linux) is not installed");
        String command = "'" + JarRoundTripIT.javaBinary() + "' -jar '" + JarRoundTripIT.jar() + "' " + arguments;
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null").directory(dir.toFile());
        pb.environment().remove("NO_COLOR");
        pb.environment().put("TERM", "xterm");
        pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        Path out = Files.createTempFile(dir.getParent(), "tty", ".txt");
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), "");
    }

    @Test
    void withNoArgumentsOnATerminalItPrintsAShortUsageAndColorAutoColours() throws Exception {
        Run usage = onATerminal("");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.out()).contains("newslint check FILE|DIR|GLOB").contains("newslint --help");
        Files.writeString(dir.resolve("story.txt"), "Experts say the bridge is unsafe.\n");
        Run coloured = onATerminal("check --color auto story.txt");
        assertThat(coloured.out()).contains("\u001b[1;33mwarning\u001b[0m");
        assertThat(check("--color", "auto", "story.txt").out()).doesNotContain("\u001b[");
    }
}
