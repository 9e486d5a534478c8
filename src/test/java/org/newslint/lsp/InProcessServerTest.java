package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.rules.Checker;
import org.newslint.testing.RecordingClient;

/** The server's handlers called in-process with a recording client; every wait is on a queue or future. */
class InProcessServerTest {
    private static final String URI = "file:///tmp/article.txt";
    private static final String TEXT = "Maria Lopez leads the union.\n"
            + "\"We will not back down,\" she said.\n"
            + "The port handles 14 million containers a year.\n";

    private final RecordingClient client = new RecordingClient();
    private final int[] exitStatus = {-1};
    private final NewslintLanguageServer server =
            new NewslintLanguageServer(Checker.createDefault(), 10, s -> exitStatus[0] = s);

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private InitializeResult initialize(boolean markdown, List<String> encodings) throws Exception {
        server.connect(client);
        InitializeParams params = new InitializeParams();
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        td.setHover(new HoverCapabilities(markdown ? List.of("markdown", "plaintext") : List.of("plaintext"), false));
        DocumentSymbolCapabilities ds = new DocumentSymbolCapabilities();
        ds.setHierarchicalDocumentSymbolSupport(true);
        td.setDocumentSymbol(ds);
        caps.setTextDocument(td);
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(encodings);
        caps.setGeneral(general);
        params.setCapabilities(caps);
        params.setInitializationOptions(
                JsonParser.parseString("{\"newslint\": {\"rules\": {\"vague-source\": \"loud\"}}}"));
        return server.initialize(params).get(10, TimeUnit.SECONDS);
    }

    private PublishDiagnosticsParams nextDiagnostics(int version) throws InterruptedException {
        PublishDiagnosticsParams p = client.awaitDiagnostics(URI, version, 20_000);
        assertThat(p).as("diagnostics for version " + version).isNotNull();
        return p;
    }

    private void open(String text) {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "plaintext", 1, text)));
    }

    @Test
    void aSourcingDiagnosticPointsToTheNearestAttributionAsRelatedInformation() throws Exception {
        initialize(true, List.of("utf-16"));
        open("The Tarrow mill will close in March, its owner, Nordvik Paper, said on Tuesday. The mill is the"
                + " largest employer in the valley and its closure will devastate the local economy.\n");
        PublishDiagnosticsParams diags = nextDiagnostics(1);
        assertThat(diags.getDiagnostics())
                .filteredOn(d -> d.getCode().getLeft().equals("unattributed-claim"))
                .singleElement()
                .satisfies(d -> assertThat(d.getRelatedInformation())
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(r.getLocation().getUri()).isEqualTo(URI);
                            assertThat(r.getLocation().getRange().getStart()).isEqualTo(new Position(0, 0));
                            assertThat(r.getMessage()).contains("Nordvik Paper");
                        }));
    }

    @Test
    void publishesDiagnosticsAnswersHoverAndOutline() throws Exception {
        InitializeResult init = initialize(true, List.of("utf-16"));
        assertThat(init.getCapabilities().getPositionEncoding()).isEqualTo("utf-16");
        assertThat(init.getCapabilities().getHoverProvider().getLeft()).isTrue();
        assertThat(client.logs.poll(5, TimeUnit.SECONDS).getMessage())
                .contains("configuration")
                .contains("vague-source");
        open(TEXT);
        PublishDiagnosticsParams diags = nextDiagnostics(1);
        assertThat(diags.getDiagnostics())
                .filteredOn(d -> d.getCode().getLeft().equals("unattributed-claim"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.getCode().getLeft()).isEqualTo("unattributed-claim");
                    assertThat(d.getRange().getStart()).isEqualTo(new Position(2, 0));
                    assertThat(d.getRange().getEnd()).isEqualTo(new Position(2, 46));
                    assertThat(d.getSource()).isEqualTo("newslint");
                    assertThat(d.getMessage().getLeft()).contains("figure");
                });

        var hover = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(0, 8)))
                .get(10, TimeUnit.SECONDS);
        assertThat(hover.getContents().getRight().getKind()).isEqualTo("markdown");
        assertThat(hover.getContents().getRight().getValue())
                .contains("**Maria Lopez**")
                .contains("person")
                .contains("We will not back down");

        var quoteHover = server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(1, 5)))
                .get(10, TimeUnit.SECONDS);
        assertThat(quoteHover.getContents().getRight().getValue())
                .contains("Maria Lopez")
                .contains("said");

        var symbols = server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI)))
                .get(10, TimeUnit.SECONDS);
        List<DocumentSymbol> top = symbols.stream().map(e -> e.getRight()).toList();
        assertThat(top)
                .extracting(DocumentSymbol::getName)
                .startsWith("Maria Lopez")
                .contains("People");
        assertThat(top.get(0).getChildren())
                .singleElement()
                .satisfies(q -> assertThat(q.getName()).startsWith("\"We will not"));
    }

    @Test
    void incrementalEditsAreAppliedAndOnlyTheNewestVersionIsPublished() throws Exception {
        initialize(false, List.of());
        open(TEXT);
        nextDiagnostics(1);
        var service = server.getTextDocumentService();
        // two quick edits: version 2 is superseded by version 3 before the debounce fires
        service.didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, 2),
                List.of(new TextDocumentContentChangeEvent(
                        new Range(new Position(2, 0), new Position(2, 47)), "Experts say it is huge."))));
        service.didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, 3),
                List.of(new TextDocumentContentChangeEvent(
                        new Range(new Position(2, 0), new Position(2, 23)),
                        "The port handles 14 million containers a year, its operator said."))));
        PublishDiagnosticsParams latest = nextDiagnostics(3);
        assertThat(latest.getDiagnostics())
                .noneMatch(d -> d.getRange().getStart().getLine() == 2);
        assertThat(client.diagnostics).noneMatch(p -> p.getVersion() != null && p.getVersion() == 2);

        var hover = service.hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(0, 3)))
                .get(10, TimeUnit.SECONDS);
        assertThat(hover.getContents().getRight().getKind()).isEqualTo("plaintext");
        assertThat(hover.getContents().getRight().getValue())
                .startsWith("Maria Lopez — person")
                .doesNotContain("**");
    }

    @Test
    void badInputDegradesGracefully() throws Exception {
        initialize(true, List.of("utf-8", "utf-32"));
        var service = server.getTextDocumentService();
        // requests for unknown documents and positions far out of range
        assertThat(service.hover(new HoverParams(new TextDocumentIdentifier("file:///nope.txt"), new Position(0, 0)))
                        .get(10, TimeUnit.SECONDS))
                .isNull();
        open(TEXT);
        nextDiagnostics(1);
        assertThat(service.hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(999, 999)))
                        .get(10, TimeUnit.SECONDS))
                .isNull();
        service.didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier("file:///nope.txt", 2),
                List.of(new TextDocumentContentChangeEvent("x"))));
        // a broken configuration is reported and the previous behaviour kept
        server.getWorkspaceService()
                .didChangeConfiguration(new DidChangeConfigurationParams(
                        JsonParser.parseString("{\"newslint\": {\"rules\": [1, 2], \"maxDocumentChars\": \"lots\"}}")));
        assertThat(client.logs).anyMatch(m -> m.getMessage().contains("'rules' must be an object"));
        PublishDiagnosticsParams again = nextDiagnostics(1);
        assertThat(again.getDiagnostics()).isNotEmpty();
        // binary content is reported, not analysed
        service.didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, 2),
                List.of(new TextDocumentContentChangeEvent("\u0000\u0001\u0002\u0003\u0004\u0005\u0006PK"))));
        assertThat(nextDiagnostics(2).getDiagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.getMessage().getLeft()).contains("binary"));
    }

    @Test
    void aRequestIsAnsweredEvenWhenAnEditArrivesWhileItIsComputed() throws Exception {
        initialize(true, List.of());
        open(TEXT);
        var service = server.getTextDocumentService();
        var symbols = service.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(URI)));
        var hover = service.hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(0, 8)));
        service.didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, 2),
                List.of(new TextDocumentContentChangeEvent(
                        new Range(new Position(3, 0), new Position(3, 0)), "More text.\n"))));
        assertThat(symbols.get(10, TimeUnit.SECONDS)).isNotEmpty();
        assertThat(hover.get(10, TimeUnit.SECONDS)).isNotNull();
    }

    @Test
    void requestsWithoutRequiredParamsGetInvalidParams() throws Exception {
        initialize(true, List.of());
        var service = server.getTextDocumentService();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.hover(new HoverParams()))
                .isInstanceOf(org.eclipse.lsp4j.jsonrpc.ResponseErrorException.class)
                .satisfies(e -> assertThat(((org.eclipse.lsp4j.jsonrpc.ResponseErrorException) e)
                                .getResponseError()
                                .getCode())
                        .isEqualTo(org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidParams.getValue()));
        service.didOpen(new DidOpenTextDocumentParams());
        assertThat(client.logs).anyMatch(m -> m.getMessage().contains("didOpen without a text document"));
    }

    @Test
    void definitionReferencesAndHighlightsFollowAnEntitysMentions() throws Exception {
        initialize(true, List.of());
        String text = "Former President Donald Trump spoke on Monday.\nLater, Trump’s aides said Trump would return.\n";
        open(text);
        var service = server.getTextDocumentService();
        var at = new TextDocumentIdentifier(URI);
        Position onSecondTrump = new Position(1, 8);
        var definition = service.definition(new org.eclipse.lsp4j.DefinitionParams(at, onSecondTrump))
                .get(10, TimeUnit.SECONDS);
        assertThat(definition.getLeft())
                .singleElement()
                .satisfies(
                        l -> assertThat(l.getRange()).isEqualTo(new Range(new Position(0, 17), new Position(0, 29))));
        var refs = service.references(new org.eclipse.lsp4j.ReferenceParams(
                        at, onSecondTrump, new org.eclipse.lsp4j.ReferenceContext(true)))
                .get(10, TimeUnit.SECONDS);
        assertThat(refs).hasSize(3);
        var highlights = service.documentHighlight(new org.eclipse.lsp4j.DocumentHighlightParams(at, onSecondTrump))
                .get(10, TimeUnit.SECONDS);
        assertThat(highlights)
                .extracting(h -> h.getRange().getStart().getLine())
                .containsExactly(0, 1, 1);
        assertThat(service.references(new org.eclipse.lsp4j.ReferenceParams(
                                at, new Position(0, 35), new org.eclipse.lsp4j.ReferenceContext(true)))
                        .get(10, TimeUnit.SECONDS))
                .isEmpty();
    }

    @Test
    void aConfigurationPayloadWithoutANewslintSectionKeepsTheSettings() throws Exception {
        server.connect(client);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setInitializationOptions(
                JsonParser.parseString("{\"newslint\": {\"rules\": {\"unattributed-claim\": false}}}"));
        server.initialize(params).get(10, TimeUnit.SECONDS);
        open(TEXT);
        assertThat(nextDiagnostics(1).getDiagnostics()).isEmpty();
        server.getWorkspaceService()
                .didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString("{}")));
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(URI, 2),
                        List.of(new TextDocumentContentChangeEvent(TEXT + "The port has 400 cranes.\n"))));
        assertThat(nextDiagnostics(2).getDiagnostics()).isEmpty();
        server.getWorkspaceService()
                .didChangeConfiguration(
                        new DidChangeConfigurationParams(JsonParser.parseString("{\"newslint\": {\"rules\": {}}}")));
        assertThat(nextDiagnostics(2).getDiagnostics()).isNotEmpty();
    }

    @Test
    void inlayHintsNameTheSpeakerOfQuotesWhoseSpeakerIsNotRightThere() throws Exception {
        initialize(true, List.of());
        open(TEXT + "\"It will be hard,\" said Paul Roy.\n");
        var hints = server.getTextDocumentService()
                .inlayHint(new org.eclipse.lsp4j.InlayHintParams(
                        new TextDocumentIdentifier(URI), new Range(new Position(0, 0), new Position(9, 0))))
                .get(10, TimeUnit.SECONDS);
        // "she said" → Maria Lopez gets a hint; "said Paul Roy" names the speaker in the text already
        assertThat(hints).singleElement().satisfies(h -> {
            assertThat(h.getLabel().getLeft()).isEqualTo("— Maria Lopez");
            assertThat(h.getPosition()).isEqualTo(new Position(1, 24));
        });
    }

    @Test
    void exitStatusReflectsWhetherShutdownCameFirst() throws Exception {
        initialize(true, List.of());
        server.exit();
        assertThat(exitStatus[0]).isEqualTo(1);
        server.shutdown().get(5, TimeUnit.SECONDS);
        server.exit();
        assertThat(exitStatus[0]).isZero();
    }

    @Test
    void utf8ColumnsAreUsedWhenNegotiated() throws Exception {
        InitializeResult init = initialize(true, List.of("utf-8"));
        assertThat(init.getCapabilities().getPositionEncoding()).isEqualTo("utf-8");
        open(
                "“Quoted” é. Maria Lopez said the port handles 14 million containers a year.\nThe port handles 14 million containers a year.\n");
        PublishDiagnosticsParams d = nextDiagnostics(1);
        assertThat(d.getDiagnostics())
                .anySatisfy(x -> assertThat(x.getRange().getStart()).isEqualTo(new Position(1, 0)));
        var hover = server.getTextDocumentService()
                .hover(new HoverParams(
                        new TextDocumentIdentifier(URI),
                        new Position(0, "“Quoted” é. Ma".getBytes(java.nio.charset.StandardCharsets.UTF_8).length)))
                .get(10, TimeUnit.SECONDS);
        assertThat(hover.getContents().getRight().getValue()).contains("Maria Lopez");
    }
}
