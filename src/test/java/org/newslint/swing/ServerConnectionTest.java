package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.text.PlainDocument;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newslint.text.LineIndex;

/**
 * The editor's client against a real server process started as the editor starts it (here from the
 * test class path instead of the jar), without a window: initialize, open, diagnostics for each
 * version, hover, outline, an edit through {@link DocumentSync}, and a clean shutdown.
 */
class ServerConnectionTest {
    private static final Duration FIRST = Duration.ofSeconds(90);
    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> stops = new LinkedBlockingQueue<>();
    private ServerConnection connection;

    @AfterEach
    void stop() throws Exception {
        if (connection != null) {
            connection.stop(Duration.ofSeconds(2)).get(20, TimeUnit.SECONDS);
        }
    }

    private PublishDiagnosticsParams awaitVersion(int version, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams p = published.poll(500, TimeUnit.MILLISECONDS);
            if (p != null && p.getVersion() != null && p.getVersion() == version) {
                return p;
            }
            assertThat(stops).as("server stopped").isEmpty();
        }
        throw new AssertionError("no diagnostics for version " + version + " within " + timeout.toSeconds()
                + " s; stderr: " + connection.stderrTail());
    }

    @Test
    void theDefaultCommandStartsThisJarsServerInLspMode() {
        List<String> cmd = ServerConnection.defaultCommand();
        assertThat(cmd.get(0)).endsWith(Path.of("bin", "java").toString());
        assertThat(cmd).containsSequence("org.newslint.cli.Main", "lsp");
        String previous = System.getProperty("newslint.server.jar");
        System.setProperty("newslint.server.jar", "/opt/newslint.jar");
        try {
            assertThat(ServerConnection.defaultCommand()).containsSequence("-cp", "/opt/newslint.jar");
        } finally {
            if (previous == null) {
                System.clearProperty("newslint.server.jar");
            } else {
                System.setProperty("newslint.server.jar", previous);
            }
        }
        var init = Capabilities.initializeParams();
        assertThat(init.getCapabilities().getGeneral().getPositionEncodings()).containsExactly("utf-16");
        assertThat(init.getCapabilities().getTextDocument().getHover().getContentFormat())
                .containsExactly("markdown", "plaintext");
        assertThat(init.getCapabilities().getTextDocument().getDocumentSymbol().getHierarchicalDocumentSymbolSupport())
                .isTrue();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSessionWithTheRealServer() throws Exception {
        Path article = Path.of("docs/sample-article.txt").toAbsolutePath();
        String text = Files.readString(article, StandardCharsets.UTF_8);
        String uri = article.toUri().toString();
        connection = new ServerConnection(
                ServerConnection.defaultCommand(),
                new ServerConnection.Listener() {
                    @Override
                    public void diagnostics(PublishDiagnosticsParams params) {
                        published.add(params);
                    }

                    @Override
                    public void message(MessageType type, String message, boolean show) {
                        // logged by the server at start-up
                    }

                    @Override
                    public void stopped(String why) {
                        stops.add(why);
                    }
                },
                Runnable::run);

        PlainDocument doc = new PlainDocument();
        doc.insertString(0, text, null);
        DocumentSync sync = new DocumentSync(doc, uri, "plaintext");
        doc.addDocumentListener(sync);

        var started = connection.start();
        connection.didOpen(sync.openItem()); // queued behind initialize
        ServerCapabilities caps = started.get(FIRST.toSeconds(), TimeUnit.SECONDS);
        assertThat(connection.syncKind()).isEqualTo(TextDocumentSyncKind.Incremental);
        assertThat(connection.hoverSupported()).isTrue();
        assertThat(connection.documentSymbolsSupported()).isTrue();
        assertThat(connection.inlayHintsSupported())
                .as("inlay hint provider: %s", caps.getInlayHintProvider())
                .isTrue();

        PublishDiagnosticsParams v1 = awaitVersion(1, FIRST);
        DiagnosticsModel model = new DiagnosticsModel(doc);
        assertThat(model.accept(v1, uri, sync.version())).isTrue();
        assertThat(model.entries())
                .extracting(DiagnosticsModel.Entry::code)
                .contains("unattributed-claim", "vague-source");
        int busiest = text.indexOf("It is the busiest crossing");
        assertThat(model.at(busiest + 10)).as("the superlative is flagged").isNotNull();

        LineIndex lines = new LineIndex(text);
        LineIndex.Position at = lines.position(text.indexOf("Dunmore"));
        Hover hover = connection
                .hover(uri, new org.eclipse.lsp4j.Position(at.line(), at.column()))
                .get(30, TimeUnit.SECONDS);
        assertThat(HoverPopup.toHtml(hover)).contains("Rachel Dunmore");

        List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols =
                connection.documentSymbols(uri).get(30, TimeUnit.SECONDS);
        List<String> outline = OutlineModel.lines(OutlineModel.build(symbols, doc));
        assertThat(outline).anyMatch(l -> l.startsWith("People — "));
        assertThat(outline).anyMatch(l -> l.startsWith("Rachel Dunmore — 1 quote"));
        assertThat(outline).anyMatch(l -> l.startsWith("  \"We know this will be painful"));

        doc.insertString(doc.getLength(), "The council has 40 engineers on the project.\n", null);
        connection.didChange(sync.takeChanges());
        PublishDiagnosticsParams v2 = awaitVersion(2, Duration.ofSeconds(30));
        assertThat(model.accept(v2, uri, sync.version())).isTrue();
        assertThat(model.at(doc.getLength() - 5)).as("the new unsourced figure").isNotNull();

        connection.stop(Duration.ofSeconds(3)).get(20, TimeUnit.SECONDS);
        assertThat(connection.exitStatus()).as("exit after shutdown").isZero();
        assertThat(stops).as("a requested stop is not reported as a crash").isEmpty();
        connection = null;
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aServerThatCannotStartIsReported() throws Exception {
        connection = new ServerConnection(
                List.of("/nonexistent/java", "-version"),
                new ServerConnection.Listener() {
                    @Override
                    public void diagnostics(PublishDiagnosticsParams params) {}

                    @Override
                    public void message(MessageType type, String text, boolean show) {}

                    @Override
                    public void stopped(String why) {
                        stops.add(why);
                    }
                },
                Runnable::run);
        connection.start();
        String why = stops.poll(30, TimeUnit.SECONDS);
        assertThat(why).contains("could not start the newslint server").contains("/nonexistent/java");
        assertThat(connection.hover("file:///x", new org.eclipse.lsp4j.Position(0, 0)))
                .failsWithin(Duration.ofSeconds(5));
    }
}
