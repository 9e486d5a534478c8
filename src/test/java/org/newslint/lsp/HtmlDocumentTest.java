package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.rules.Checker;
import org.newslint.testing.RecordingClient;

/**
 * An HTML article open in an editor ({@code languageId} html): diagnostics, hovers and edits speak
 * the HTML file's lines and columns, and no quick fix is offered (its edit would be computed on the
 * extracted text).
 */
class HtmlDocumentTest {
    private static final String URI = "file:///tmp/story.html";
    private static final String PAGE = "<html><body><nav>Critics say</nav>\n"
            + "<article>\n"
            + "<p>Maria Lopez leads the union&rsquo;s campaign.</p>\n"
            + "<p>Critics say the <em>strike</em> will fail.</p>\n"
            + "</article></body></html>\n";

    private final RecordingClient client = new RecordingClient();
    private final NewslintLanguageServer server = new NewslintLanguageServer(Checker.createDefault(), 10, s -> {});

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private static Diagnostic vague(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals("vague-source"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void diagnosticsHoversAndEditsAreInTheHtmlFilesPositions() throws Exception {
        server.connect(client);
        server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "html", 1, PAGE)));
        PublishDiagnosticsParams first = client.awaitDiagnostics(URI, 1, 20_000);
        assertThat(first).isNotNull();
        assertThat(first.getDiagnostics())
                .filteredOn(d -> d.getCode().getLeft().equals("vague-source"))
                .as("the <nav> is not judged")
                .hasSize(1);
        assertThat(vague(first).getRange()).isEqualTo(new Range(new Position(3, 3), new Position(3, 14)));

        var hover = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(2, 5)))
                .get(10, TimeUnit.SECONDS);
        assertThat(hover).isNotNull();
        assertThat(hover.getContents().getRight().getValue()).contains("Maria Lopez");

        var actions = server.getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(URI),
                        vague(first).getRange(),
                        new CodeActionContext(List.of(vague(first)))))
                .get(10, TimeUnit.SECONDS);
        assertThat(actions).isEmpty();

        // an edit in HTML coordinates: a paragraph inserted before the second one moves the finding a line down
        TextDocumentContentChangeEvent insert = new TextDocumentContentChangeEvent(
                new Range(new Position(3, 0), new Position(3, 0)), "<p>The strike began on Monday.</p>\n");
        server.getTextDocumentService()
                .didChange(
                        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2), List.of(insert)));
        PublishDiagnosticsParams second = client.awaitDiagnostics(URI, 2, 20_000);
        assertThat(second).isNotNull();
        assertThat(vague(second).getRange()).isEqualTo(new Range(new Position(4, 3), new Position(4, 14)));
    }
}
