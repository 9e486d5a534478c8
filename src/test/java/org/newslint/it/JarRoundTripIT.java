package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the packaged fat jar as a subprocess, exactly as an editor starts it ({@code java -jar
 * newslint.jar}, no arguments), and talks real JSON-RPC over its stdin/stdout: the lsp4j client
 * launcher for the normal session, hand-written Content-Length frames for malformed input.
 * Every wait is bounded (futures and queues with timeouts); nothing sleeps.
 */
class JarRoundTripIT {
    /** First diagnostics include JVM start-up and loading the OpenNLP models. */
    private static final Duration FIRST_RESULT = Duration.ofSeconds(60);

    private static final Duration REQUEST = Duration.ofSeconds(30);
    private static final Duration EXIT = Duration.ofSeconds(10);
    /** The client side logs "Stream closed" at INFO when the server goes away; expected here. */
    private static final java.util.logging.Logger LSP4J_LOG =
            java.util.logging.Logger.getLogger("org.eclipse.lsp4j.jsonrpc");

    static {
        LSP4J_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final List<ServerProcess> started = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (ServerProcess p : started) {
            p.destroy();
        }
        for (ExecutorService e : executors) {
            e.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ the normal session

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void fullSessionOverStdio() throws Exception {
        Path article = projectDir().resolve("docs/sample-article.txt");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        String uri = article.toUri().toString();

        ServerProcess proc = start();
        RecordingClient client = new RecordingClient();
        ExecutorService executor = daemonExecutor();
        Launcher<LanguageServer> launcher =
                LSPLauncher.createClientLauncher(client, proc.stdout(), proc.stdin(), executor, null);
        Future<Void> listening = launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        // initialize
        InitializeResult init = await(server.initialize(initializeParams()), FIRST_RESULT, "initialize", proc);
        ServerCapabilities caps = init.getCapabilities();
        assertThat(caps).as("server capabilities").isNotNull();
        assertThat(caps.getHoverProvider()).as("hoverProvider").isNotNull();
        assertThat(caps.getHoverProvider().isRight()
                        || Boolean.TRUE.equals(caps.getHoverProvider().getLeft()))
                .as("hoverProvider advertised: %s", caps.getHoverProvider())
                .isTrue();
        assertThat(caps.getDocumentSymbolProvider())
                .as("documentSymbolProvider")
                .isNotNull();
        assertThat(caps.getDocumentSymbolProvider().isRight()
                        || Boolean.TRUE.equals(caps.getDocumentSymbolProvider().getLeft()))
                .as("documentSymbolProvider advertised: %s", caps.getDocumentSymbolProvider())
                .isTrue();
        assertThat(syncKind(caps))
                .as("textDocumentSync: %s", caps.getTextDocumentSync())
                .isEqualTo(TextDocumentSyncKind.Incremental);
        assertThat(caps.getPositionEncoding()).as("positionEncoding").isEqualTo("utf-16");
        server.initialized(new InitializedParams());

        // didOpen -> diagnostics for version 1
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
        PublishDiagnosticsParams v1 = client.awaitDiagnostics(uri, 1, FIRST_RESULT, proc);
        assertThat(v1.getDiagnostics())
                .as("diagnostics for version 1: %s", v1.getDiagnostics())
                .anySatisfy(d -> {
                    assertThat(code(d)).isEqualTo("unattributed-claim");
                    assertThat(d.getSource()).isEqualTo("newslint");
                });
        for (Diagnostic d : v1.getDiagnostics()) {
            assertThat(d.getRange().getStart().getLine())
                    .as("diagnostic line of %s", d)
                    .isBetween(0, lineCount(text));
        }

        // hover on the first "Dunmore"
        int dunmore = text.indexOf("Dunmore");
        assertThat(dunmore).as("sample article mentions Dunmore").isNotNegative();
        Position hoverAt = utf16Position(text, dunmore);
        Hover hover = await(
                server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), hoverAt)),
                REQUEST,
                "hover",
                proc);
        assertThat(hover).as("hover at %s", hoverAt).isNotNull();
        assertThat(hover.getContents().isRight())
                .as("hover is MarkupContent: %s", hover.getContents())
                .isTrue();
        MarkupContent markup = hover.getContents().getRight();
        assertThat(markup.getKind()).as("hover kind").isEqualTo(MarkupKind.MARKDOWN);
        assertThat(markup.getValue())
                .as("hover markdown")
                .contains("Rachel Dunmore")
                .contains("person");
        if (hover.getRange() != null) {
            assertThat(hover.getRange().getStart().getLine())
                    .as("hover range line")
                    .isEqualTo(hoverAt.getLine());
        }

        // definition, references and highlights of "Dunmore" (line 6) follow Rachel Dunmore's mentions
        int lone = text.indexOf("Dunmore said");
        Position at = utf16Position(text, lone);
        TextDocumentIdentifier doc = new TextDocumentIdentifier(uri);
        var definition = await(
                server.getTextDocumentService().definition(new org.eclipse.lsp4j.DefinitionParams(doc, at)),
                REQUEST,
                "definition",
                proc);
        assertThat(definition.getLeft())
                .as("definition: the first mention, \"Rachel Dunmore\"")
                .singleElement()
                .satisfies(l -> assertThat(l.getRange().getStart())
                        .isEqualTo(utf16Position(text, text.indexOf("Rachel Dunmore"))));
        var references = await(
                server.getTextDocumentService()
                        .references(new org.eclipse.lsp4j.ReferenceParams(
                                doc, at, new org.eclipse.lsp4j.ReferenceContext(true))),
                REQUEST,
                "references",
                proc);
        assertThat(references)
                .as("references: every mention")
                .extracting(l -> l.getRange().getStart().getLine())
                .containsExactly(5, 6);
        var highlights = await(
                server.getTextDocumentService()
                        .documentHighlight(new org.eclipse.lsp4j.DocumentHighlightParams(doc, at)),
                REQUEST,
                "documentHighlight",
                proc);
        assertThat(highlights)
                .extracting(h -> h.getRange().getStart().getLine())
                .containsExactly(5, 6);
        // an inlay hint names the speaker of a quote attributed to "he"
        var hints = await(
                server.getTextDocumentService()
                        .inlayHint(new org.eclipse.lsp4j.InlayHintParams(
                                doc, new Range(new Position(0, 0), utf16Position(text, text.length())))),
                REQUEST,
                "inlayHint",
                proc);
        assertThat(hints).as("inlay hints").anySatisfy(h -> {
            assertThat(h.getLabel().getLeft()).contains("Tom Baxter");
            assertThat(h.getPosition().getLine()).isEqualTo(9);
        });

        // document symbols: quotes under their speaker, then the entity groups
        List<Either<SymbolInformation, DocumentSymbol>> raw = await(
                server.getTextDocumentService()
                        .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))),
                REQUEST,
                "documentSymbol",
                proc);
        assertThat(raw)
                .as("document symbols")
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.isRight())
                        .as("hierarchical DocumentSymbol expected, got %s", e)
                        .isTrue());
        List<DocumentSymbol> symbols = raw.stream().map(Either::getRight).toList();
        DocumentSymbol speaker = symbols.stream()
                .filter(s -> s.getName().equals("Rachel Dunmore"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no top-level symbol 'Rachel Dunmore' in " + names(symbols)));
        assertThat(speaker.getChildren()).as("children of Rachel Dunmore").anySatisfy(c -> {
            assertThat(c.getKind()).isEqualTo(SymbolKind.String);
            assertThat(c.getName()).matches("^[\"“‘'«].*");
        });
        // and what she is reported as saying without quotation marks, told apart in the detail
        assertThat(speaker.getChildren())
                .as("reported statements of Rachel Dunmore")
                .anySatisfy(c -> {
                    assertThat(c.getKind()).isEqualTo(SymbolKind.Event);
                    assertThat(c.getDetail()).startsWith("reported");
                    assertThat(c.getName()).contains("Welsh Bridge");
                });
        DocumentSymbol people = symbols.stream()
                .filter(s -> s.getName().equals("People"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no top-level 'People' group in " + names(symbols)));
        assertThat(people.getChildren())
                .as("People")
                .extracting(DocumentSymbol::getName)
                .contains("Rachel Dunmore");

        // incremental change: a new last line with an unsourced figure
        String sentence = "The council has 40 staff on the project.";
        Position end = utf16Position(text, text.length());
        String insert =
                text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? sentence + "\n" : "\n" + sentence + "\n";
        int newLine = utf16Position(text + insert, text.length() + insert.indexOf(sentence))
                .getLine();
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, 2),
                        List.of(new TextDocumentContentChangeEvent(new Range(end, end), insert))));
        PublishDiagnosticsParams v2 = client.awaitDiagnostics(uri, 2, REQUEST, proc);
        assertThat(v2.getDiagnostics())
                .as("diagnostics for version 2 should include one on the new line %d: %s", newLine, v2.getDiagnostics())
                .anySatisfy(d -> assertThat(d.getRange().getStart().getLine()).isEqualTo(newLine));

        // shutdown + exit -> status 0
        await(server.shutdown(), REQUEST, "shutdown", proc);
        server.exit();
        proc.assertExits(EXIT, 0);
        await(listening, EXIT, "client connection to close after exit", proc);
        assertThat(client.logs).as("log messages").noneMatch(m -> m.getMessage().contains("could not apply an edit"));
    }

    // ------------------------------------------------------------------ links, workspace symbols, semantic tokens

    /**
     * Over the jar's stdio with raw JSON-RPC ({@link LspWire}): the capabilities are advertised, every
     * diagnostic links to its rule's page, workspace/symbol finds a speaker's quote, and the semantic
     * tokens of a small article decode to the expected (line, column, length, type) list.
     */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void diagnosticLinksWorkspaceSymbolsAndSemanticTokensOverTheWire() throws Exception {
        String uri = "file:///desk/berg.txt";
        String text = "Ana Berg leads the union in Oslo.\n"
                + "“We will not back down,” she said.\n"
                + "The port handles 14 million containers a year.\n";
        try (LspWire wire = LspWire.start(List.of(), List.of())) {
            JsonObject caps = wire.initialize(null).getAsJsonObject("result").getAsJsonObject("capabilities");
            assertThat(caps.get("workspaceSymbolProvider").getAsBoolean()).isTrue();
            JsonObject tokens = caps.getAsJsonObject("semanticTokensProvider");
            assertThat(tokens.get("full").getAsBoolean()).isTrue();
            assertThat(tokens.get("range").getAsBoolean()).isTrue();
            List<String> types = new ArrayList<>();
            tokens.getAsJsonObject("legend").getAsJsonArray("tokenTypes").forEach(t -> types.add(t.getAsString()));
            List<String> modifiers = new ArrayList<>();
            tokens.getAsJsonObject("legend")
                    .getAsJsonArray("tokenModifiers")
                    .forEach(t -> modifiers.add(t.getAsString()));

            wire.open(uri, 1, text);
            JsonObject published = wire.awaitDiagnostics(uri, 1, FIRST_RESULT);
            assertThat(published.getAsJsonArray("diagnostics")).isNotEmpty().allSatisfy(d -> {
                String code = d.getAsJsonObject().get("code").getAsString();
                assertThat(d.getAsJsonObject()
                                .getAsJsonObject("codeDescription")
                                .get("href")
                                .getAsString())
                        .startsWith("https://")
                        .endsWith("/" + code + ".md");
            });

            JsonObject symbols =
                    wire.request("workspace/symbol", JsonParser.parseString("{\"query\": \"back down\"}"), REQUEST);
            assertThat(symbols.getAsJsonArray("result"))
                    .as("workspace/symbol: %s", symbols)
                    .singleElement()
                    .satisfies(e -> {
                        JsonObject s = e.getAsJsonObject();
                        assertThat(s.get("name").getAsString()).isEqualTo("“We will not back down,”");
                        assertThat(s.get("containerName").getAsString()).isEqualTo("Ana Berg");
                        JsonObject location = s.getAsJsonObject("location");
                        assertThat(location.get("uri").getAsString()).isEqualTo(uri);
                        assertThat(location.getAsJsonObject("range").toString())
                                .isEqualTo("{\"start\":{\"line\":1,\"character\":0},"
                                        + "\"end\":{\"line\":1,\"character\":24}}");
                    });

            JsonObject full = wire.request(
                    "textDocument/semanticTokens/full",
                    JsonParser.parseString("{\"textDocument\": {\"uri\": \"" + uri + "\"}}"),
                    REQUEST);
            List<Integer> data = new ArrayList<>();
            full.getAsJsonObject("result").getAsJsonArray("data").forEach(x -> data.add(x.getAsInt()));
            List<String> decoded = new ArrayList<>();
            int line = 0;
            int column = 0;
            for (int i = 0; i + 4 < data.size(); i += 5) {
                line += data.get(i);
                column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
                String type = types.get(data.get(i + 3));
                if ((data.get(i + 4) & 1) != 0) {
                    type += "." + modifiers.get(0);
                }
                decoded.add(line + ":" + column + "+" + data.get(i + 2) + " " + type);
            }
            assertThat(decoded)
                    .as("semantic tokens %s", data)
                    .containsExactly(
                            "0:0+8 variable", "0:28+4 namespace", "1:0+24 string", "1:25+3 variable.declaration");
            wire.shutdownAndExit();
        }
    }

    // ------------------------------------------------------------------ malformed input over raw frames

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void malformedInputKeepsTheServerUpAndStdoutClean() throws Exception {
        ServerProcess proc = start();
        FrameReader frames = new FrameReader(proc.stdout());
        frames.start();
        OutputStream in = proc.stdin();

        writeFrame(in, "{not json");
        writeFrame(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\",\"params\":{}}");
        writeFrame(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{}}");
        writeFrame(in, "{\"jsonrpc\":\"2.0\",\"id\":\"nope\",\"method\":\"newslint/noSuchMethod\",\"params\":{}}");
        writeFrame(
                in,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                        + "\"rootUri\":null,\"capabilities\":{}}}");

        JsonObject init = frames.awaitResponse(2, FIRST_RESULT, proc);
        assertThat(init.has("result"))
                .as("initialize answered with a result: %s", init)
                .isTrue();
        JsonObject caps = init.getAsJsonObject("result").getAsJsonObject("capabilities");
        assertThat(caps).as("capabilities in %s", init).isNotNull();
        assertThat(caps.get("hoverProvider")).as("hoverProvider in %s", init).isNotNull();

        // the bad request was answered (JSON-RPC: every request gets a response), here by an error
        JsonObject bad = frames.awaitResponse(1, REQUEST, proc);
        assertThat(bad.has("result") || bad.has("error"))
                .as("response to the bad hover: %s", bad)
                .isTrue();
        if (bad.has("error")) {
            assertThat(bad.getAsJsonObject("error").get("code").getAsInt())
                    .as("error code in %s", bad)
                    .isBetween(-32768, -32000);
            assertThat(bad.getAsJsonObject("error").get("message").getAsString())
                    .as("error message in %s", bad)
                    .isNotBlank();
        }
        JsonObject unknown = frames.awaitResponse("nope", REQUEST, proc);
        assertThat(unknown.has("error"))
                .as("unknown method answered with an error: %s", unknown)
                .isTrue();
        assertThat(unknown.getAsJsonObject("error").get("code").getAsInt())
                .as("MethodNotFound in %s", unknown)
                .isEqualTo(-32601);

        assertThat(proc.process.isAlive())
                .as("server still running; stderr:\n%s", proc.stderr())
                .isTrue();

        // still serving: a clean shutdown/exit after all that
        writeFrame(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
        JsonObject shutdown = frames.awaitResponse(3, REQUEST, proc);
        assertThat(shutdown.has("result")).as("shutdown answered: %s", shutdown).isTrue();
        writeFrame(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        proc.assertExits(EXIT, 0);

        // the whole of stdout, to EOF, was Content-Length-framed JSON-RPC and nothing else
        frames.awaitEnd(EXIT);
        assertThat(frames.problem)
                .as("stdout framing problem; stdout was:\n%s", frames.rawText())
                .isNull();
        assertThat(frames.messages).as("messages on stdout").isNotEmpty().allSatisfy(m -> {
            assertThat(m.has("jsonrpc") && m.get("jsonrpc").getAsString().equals("2.0"))
                    .as("jsonrpc 2.0 in %s", m)
                    .isTrue();
            assertThat(m.has("id") || m.has("method"))
                    .as("request, response or notification: %s", m)
                    .isTrue();
        });
    }

    // ------------------------------------------------------------------ the client goes away

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void serverExitsWhenTheClientClosesStdinWithoutShutdown() throws Exception {
        OpenSession session = openSampleArticle();
        ServerProcess proc = session.proc();
        session.client().awaitDiagnostics(session.uri(), 1, FIRST_RESULT, proc);

        proc.stdin().close(); // no shutdown, no exit: the editor just went away
        proc.assertExits(EXIT, null);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void serverExitsWhenTheClientIsKilledMidAnalysis() throws Exception {
        ServerProcess proc = openSampleArticle().proc();

        // a killed client closes both pipes at once, while the analysis is still pending
        proc.stdin().close();
        proc.stdout().close();
        proc.assertExits(EXIT, null);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void serverExitsWhenItsParentDiesWithStdinStillOpen() throws Exception {
        // the "editor" is a process whose id the client gives as processId; it dies, the pipes stay open
        Process parent = new ProcessBuilder("sleep", "300").start();
        try {
            ServerProcess proc = start();
            RecordingClient client = new RecordingClient();
            Launcher<LanguageServer> launcher =
                    LSPLauncher.createClientLauncher(client, proc.stdout(), proc.stdin(), daemonExecutor(), null);
            launcher.startListening();
            InitializeParams params = initializeParams();
            params.setProcessId((int) parent.pid());
            await(launcher.getRemoteProxy().initialize(params), FIRST_RESULT, "initialize", proc);

            parent.destroyForcibly();
            proc.assertExits(EXIT, 1);
        } finally {
            parent.destroyForcibly();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static InitializeParams initializeParams() {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        p.setClientInfo(new ClientInfo("JarRoundTripIT", "1"));
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        td.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        DocumentSymbolCapabilities ds = new DocumentSymbolCapabilities();
        ds.setHierarchicalDocumentSymbolSupport(true);
        td.setDocumentSymbol(ds);
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(td);
        p.setCapabilities(caps);
        return p;
    }

    private static TextDocumentSyncKind syncKind(ServerCapabilities caps) {
        Either<TextDocumentSyncKind, TextDocumentSyncOptions> sync = caps.getTextDocumentSync();
        if (sync == null) {
            return null;
        }
        return sync.isLeft() ? sync.getLeft() : sync.getRight().getChange();
    }

    private static String code(Diagnostic d) {
        if (d.getCode() == null) {
            return null;
        }
        return d.getCode().isLeft()
                ? d.getCode().getLeft()
                : String.valueOf(d.getCode().getRight());
    }

    private static List<String> names(List<DocumentSymbol> symbols) {
        return symbols.stream().map(DocumentSymbol::getName).toList();
    }

    private static int lineCount(String text) {
        return utf16Position(text, text.length()).getLine();
    }

    /** The LSP position (UTF-16 code units; \n, \r\n and \r end lines) of a char offset in a Java string. */
    static Position utf16Position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    if (i + 1 >= offset) {
                        break; // offset between \r and \n: still on this line
                    }
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart); // Java chars are UTF-16 code units
    }

    static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return (basedir != null ? Path.of(basedir) : Path.of("")).toAbsolutePath();
    }

    static Path jar() {
        String p = System.getProperty("newslint.jar");
        Path jar = p != null ? Path.of(p) : projectDir().resolve("target/newslint.jar");
        assertThat(jar)
                .as("the packaged server jar (system property newslint.jar; run 'mvn verify')")
                .isRegularFile();
        return jar.toAbsolutePath();
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private ServerProcess start() throws IOException {
        ServerProcess p = ServerProcess.start(List.of(javaBinary(), "-jar", jar().toString()));
        started.add(p);
        return p;
    }

    private ExecutorService daemonExecutor() {
        ExecutorService e = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "it-jsonrpc");
            t.setDaemon(true);
            return t;
        });
        executors.add(e);
        return e;
    }

    private static <T> T await(Future<T> f, Duration timeout, String what, ServerProcess proc) throws Exception {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("no answer to " + what + " within " + timeout.toSeconds() + " s (server alive: "
                    + proc.process.isAlive() + "); server stderr:\n" + proc.stderr());
        }
    }

    private static void writeFrame(OutputStream out, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** The server subprocess; stderr is drained continuously so the server can never block on it. */
    static final class ServerProcess {
        final Process process;
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final Thread errDrain;

        private ServerProcess(Process process) {
            this.process = process;
            this.errDrain = new Thread(() -> copy(process.getErrorStream(), err), "it-server-stderr");
            errDrain.setDaemon(true);
            errDrain.start();
        }

        static ServerProcess start(List<String> command) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.directory(projectDir().toFile());
            return new ServerProcess(pb.start());
        }

        InputStream stdout() {
            return process.getInputStream();
        }

        OutputStream stdin() {
            return process.getOutputStream();
        }

        String stderr() {
            synchronized (err) {
                String s = err.toString(StandardCharsets.UTF_8);
                return s.length() > 20_000 ? "…" + s.substring(s.length() - 20_000) : s;
            }
        }

        /** Waits for the process to end within {@code within}; checks the status unless {@code status} is null. */
        void assertExits(Duration within, Integer status) throws Exception {
            long t0 = System.nanoTime();
            try {
                process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                fail("server process still running " + within.toSeconds() + " s later; stderr:\n" + stderr());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (status != null) {
                assertThat(process.exitValue())
                        .as("exit status (after %d ms); stderr:\n%s", ms, stderr())
                        .isEqualTo(status);
            }
        }

        void destroy() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }

        private static void copy(InputStream in, ByteArrayOutputStream sink) {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (sink) {
                        sink.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // process gone
            }
        }
    }

    /** Records what the server sends to the editor. */
    /** A server process with the sample article open over a real client connection. */
    private record OpenSession(ServerProcess proc, RecordingClient client, String uri) {}

    private OpenSession openSampleArticle() throws Exception {
        Path article = projectDir().resolve("docs/sample-article.txt");
        String uri = article.toUri().toString();
        ServerProcess proc = start();
        RecordingClient client = new RecordingClient();
        Launcher<LanguageServer> launcher =
                LSPLauncher.createClientLauncher(client, proc.stdout(), proc.stdin(), daemonExecutor(), null);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        await(server.initialize(initializeParams()), FIRST_RESULT, "initialize", proc);
        server.initialized(new InitializedParams());
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(
                        new TextDocumentItem(uri, "plaintext", 1, Files.readString(article, StandardCharsets.UTF_8))));
        return new OpenSession(proc, client, uri);
    }

    /** The shared recording client, with failures that show the server's state. */
    static final class RecordingClient extends org.newslint.testing.RecordingClient {
        PublishDiagnosticsParams awaitDiagnostics(String uri, int version, Duration timeout, ServerProcess proc)
                throws InterruptedException {
            List<PublishDiagnosticsParams> seen = new ArrayList<>();
            PublishDiagnosticsParams p = awaitDiagnostics(uri, version, timeout.toMillis(), seen);
            if (p == null) {
                return fail("no publishDiagnostics for " + uri + " version " + version + " within "
                        + timeout.toSeconds() + " s; got " + seen + "; server alive: " + proc.process.isAlive()
                        + "; stderr:\n" + proc.stderr());
            }
            return p;
        }
    }

    /**
     * Reads the server's stdout strictly as LSP base-protocol frames: ASCII header lines ending in
     * CRLF, a Content-Length, an empty line, then exactly that many bytes of one strict JSON object.
     * Anything else (a stray print, a short body, trailing bytes at EOF) is recorded as a problem.
     */
    static final class FrameReader extends Thread {
        private static final Gson GSON = new Gson();
        private static final JsonObject END = new JsonObject();
        final List<JsonObject> messages = Collections.synchronizedList(new ArrayList<>());
        private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream raw = new ByteArrayOutputStream();
        private final InputStream in;
        private final CompletableFuture<Void> ended = new CompletableFuture<>();
        volatile String problem;

        FrameReader(InputStream in) {
            super("it-stdout-frames");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            try {
                while (readFrame()) {
                    // next
                }
            } catch (IOException | RuntimeException e) {
                problem = problem != null ? problem : "reading stdout: " + e;
            } finally {
                incoming.add(END); // wakes a waiter at once: no more messages will come
                drainRest();
                ended.complete(null);
            }
        }

        /** After a framing problem, keeps reading (so the server never blocks on a full pipe) for the report. */
        private void drainRest() {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    record(buf, n);
                }
            } catch (IOException ignored) {
                // closed
            }
        }

        /** Reads one frame; false at a clean EOF between frames. */
        private boolean readFrame() throws IOException {
            Integer length = null;
            boolean first = true;
            while (true) {
                String line = readHeaderLine(first);
                if (line == null) {
                    return false; // EOF before any header byte: clean end
                }
                first = false;
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    problem = "not a header line: " + printable(line);
                    return false;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                if (name.equals("content-length")) {
                    try {
                        length = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        problem = "bad Content-Length: " + printable(value);
                        return false;
                    }
                } else if (!name.equals("content-type")) {
                    problem = "unexpected header: " + printable(line);
                    return false;
                }
            }
            if (length == null || length < 0) {
                problem = "frame without Content-Length";
                return false;
            }
            byte[] body = in.readNBytes(length);
            record(body, body.length);
            if (body.length != length) {
                problem = "EOF inside a body: got " + body.length + " of " + length + " bytes";
                return false;
            }
            String json = new String(body, StandardCharsets.UTF_8);
            JsonElement element;
            try {
                JsonReader reader = new JsonReader(new StringReader(json));
                reader.setStrictness(Strictness.STRICT);
                element = GSON.getAdapter(JsonElement.class).read(reader);
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    problem = "trailing data after the JSON value in a body: " + printable(json);
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                problem = "body is not strict JSON (" + e.getMessage() + "): " + printable(json);
                return false;
            }
            if (!element.isJsonObject()) {
                problem = "body is not a JSON object: " + printable(json);
                return false;
            }
            messages.add(element.getAsJsonObject());
            incoming.add(element.getAsJsonObject());
            return true;
        }

        /** A header line without its CRLF; null on EOF before the first byte of the first line. */
        private String readHeaderLine(boolean first) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int b = in.read();
                if (b < 0) {
                    if (first && line.size() == 0) {
                        return null;
                    }
                    throw new IOException(
                            "EOF inside a header: " + printable(line.toString(StandardCharsets.ISO_8859_1)));
                }
                record(new byte[] {(byte) b}, 1);
                if (b == '\r') {
                    int next = in.read();
                    if (next >= 0) {
                        record(new byte[] {(byte) next}, 1);
                    }
                    if (next != '\n') {
                        throw new IOException("CR not followed by LF in a header: "
                                + printable(line.toString(StandardCharsets.ISO_8859_1)));
                    }
                    return line.toString(StandardCharsets.US_ASCII);
                }
                if (b == '\n' || b > 0x7e || (b < 0x20 && b != '\t')) {
                    throw new IOException("not a header byte 0x" + Integer.toHexString(b) + " after "
                            + printable(line.toString(StandardCharsets.ISO_8859_1)));
                }
                line.write(b);
                if (line.size() > 1000) {
                    throw new IOException(
                            "header line too long: " + printable(line.toString(StandardCharsets.ISO_8859_1)));
                }
            }
        }

        private void record(byte[] bytes, int n) {
            synchronized (raw) {
                if (raw.size() < 1_000_000) {
                    raw.write(bytes, 0, n);
                }
            }
        }

        String rawText() {
            synchronized (raw) {
                return raw.toString(StandardCharsets.UTF_8);
            }
        }

        private static String printable(String s) {
            String p = s.length() > 500 ? s.substring(0, 500) + "…" : s;
            return p.replace("\r", "\\r").replace("\n", "\\n");
        }

        JsonObject awaitResponse(Object id, Duration timeout, ServerProcess proc) throws InterruptedException {
            Predicate<JsonObject> matches = m -> m.has("id")
                    && !m.has("method")
                    && !m.get("id").isJsonNull()
                    && (id instanceof Number n
                            ? m.get("id").getAsJsonPrimitive().isNumber()
                                    && m.get("id").getAsInt() == n.intValue()
                            : m.get("id").getAsJsonPrimitive().isString()
                                    && m.get("id").getAsString().equals(id));
            synchronized (messages) {
                for (JsonObject m : messages) {
                    if (matches.test(m)) {
                        return m;
                    }
                }
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                JsonObject m = left > 0 ? incoming.poll(left, TimeUnit.NANOSECONDS) : null;
                if (m == END) {
                    incoming.add(END);
                    return fail(
                            "stdout ended or broke before a response with id " + id + "; framing problem: " + problem
                                    + "; server alive: " + proc.process.isAlive() + "; stdout so far:\n" + rawText()
                                    + "\nstderr:\n" + proc.stderr());
                }
                if (m == null) {
                    return fail("no response with id " + id + " within " + timeout.toSeconds() + " s; framing problem: "
                            + problem
                            + "; server alive: " + proc.process.isAlive() + "; stdout so far:\n" + rawText()
                            + "\nstderr:\n" + proc.stderr());
                }
                if (matches.test(m)) {
                    return m;
                }
            }
        }

        void awaitEnd(Duration timeout) throws Exception {
            try {
                ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                fail("stdout not closed " + timeout.toSeconds() + " s after the process ended");
            }
        }
    }
}
