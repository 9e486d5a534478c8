package org.newslint.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Settings;
import org.newslint.rules.Checker;
import org.newslint.text.Document;
import org.newslint.text.LineIndex;
import org.newslint.text.TextRange;

/**
 * Document sync, diagnostics, hover, outline, and navigation between the mentions of a name
 * (definition = first mention, references, highlights). Each request is isolated: a failure is logged
 * and answered with an empty result, never with a dead server.
 */
final class NewslintTextDocumentService implements TextDocumentService {
    private static final Logger LOG = Logger.getLogger(NewslintTextDocumentService.class.getName());

    private final NewslintLanguageServer server;
    private final Checker checker;
    private final OpenDocuments open = new OpenDocuments();
    private final AnalysisScheduler scheduler;
    private volatile Settings settings = Settings.defaults();
    private volatile boolean markdownHover = true;
    private volatile boolean hierarchicalSymbols = true;
    private volatile LineIndex.Encoding encoding = LineIndex.Encoding.UTF16;

    NewslintTextDocumentService(NewslintLanguageServer server, Checker checker, long debounceMillis) {
        this.server = server;
        this.checker = checker;
        this.scheduler = new AnalysisScheduler(debounceMillis);
    }

    void configureClient(boolean markdown, boolean hierarchical, LineIndex.Encoding enc) {
        this.markdownHover = markdown;
        this.hierarchicalSymbols = hierarchical;
        this.encoding = enc;
    }

    void setSettings(Settings s) {
        this.settings = s;
    }

    void shutdown() {
        scheduler.shutdown();
    }

    private ArticleAnalysis analyse(Document doc) {
        return checker.check(doc, settings, () -> {
            Document current = open.get(doc.uri());
            return current == null || current.version() != doc.version();
        });
    }

    private int currentVersion(String uri) {
        Document d = open.get(uri);
        return d == null ? Integer.MIN_VALUE : d.version();
    }

    private void schedule(Document doc) {
        if (doc == null) {
            return;
        }
        scheduler.schedule(doc, () -> currentVersion(doc.uri()), this::analyse, this::publish);
    }

    void reanalyseAll() {
        // a settings change invalidates every cached analysis
        for (String uri : openUris) {
            Document d = open.get(uri);
            if (d != null) {
                scheduler.forget(uri);
                schedule(d);
            }
        }
    }

    private final java.util.Set<String> openUris = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private void publish(ArticleAnalysis a) {
        LanguageClient client = server.client();
        if (client == null) {
            return;
        }
        LineIndex index = a.document().lineIndex();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Finding f : a.findings()) {
            Diagnostic d = new Diagnostic(Conversions.range(index, f.range(), encoding), f.message(),
                    Conversions.severity(f.severity()), "newslint", f.rule());
            diagnostics.add(d);
        }
        PublishDiagnosticsParams params = new PublishDiagnosticsParams(a.document().uri(), diagnostics);
        params.setVersion(a.document().version());
        client.publishDiagnostics(params);
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        if (params == null || params.getTextDocument() == null || params.getTextDocument().getUri() == null) {
            server.log(MessageType.Warning, "didOpen without a text document; ignored");
            return;
        }
        var td = params.getTextDocument();
        openUris.add(td.getUri());
        schedule(open.open(td.getUri(), td.getLanguageId(), td.getVersion(), td.getText() == null ? "" : td.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (params == null || params.getTextDocument() == null || params.getContentChanges() == null) {
            server.log(MessageType.Warning, "didChange without a document or changes; ignored");
            return;
        }
        String uri = params.getTextDocument().getUri();
        Integer version = params.getTextDocument().getVersion();
        Document before = open.get(uri);
        if (before == null) {
            server.log(MessageType.Warning, "didChange for a document that is not open: " + uri);
            return;
        }
        try {
            schedule(open.change(uri, version == null ? before.version() + 1 : version, params.getContentChanges(), encoding));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot apply change to " + uri, e);
            server.log(MessageType.Error, "newslint could not apply an edit to " + uri + ": " + e.getMessage());
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (params == null || params.getTextDocument() == null) {
            return;
        }
        String uri = params.getTextDocument().getUri();
        openUris.remove(uri);
        open.close(uri);
        scheduler.forget(uri);
        LanguageClient client = server.client();
        if (client != null) {
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the open buffer, not the file on disk, is what we analyse
    }

    /** Requests without their required parameters get InvalidParams, not a stack trace. */
    private static void require(Object value, String what) {
        if (value == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "missing " + what, null));
        }
    }

    /**
     * A request is answered for the version it was made against, so its analysis is never cancelled
     * by a newer edit (diagnostics are; a request must get an answer).
     */
    private ArticleAnalysis analyseForRequest(Document doc) {
        return checker.check(doc, settings);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        require(params, "params");
        require(params.getTextDocument(), "textDocument");
        require(params.getPosition(), "position");
        Document doc = open.get(params.getTextDocument().getUri());
        if (doc == null) {
            return CompletableFuture.completedFuture(null);
        }
        return scheduler.analysisOf(doc, this::analyseForRequest).thenApply(a -> {
            int offset = Conversions.offset(a.document().lineIndex(), params.getPosition(), encoding);
            boolean md = markdownHover;
            Entity e = a.entityAt(offset);
            if (e != null) {
                var mention = e.mentions().stream().filter(m -> m.touches(offset)).findFirst().orElse(e.firstMention());
                return hover(HoverContent.entity(a, e, md), md, Conversions.range(a.document().lineIndex(), mention, encoding));
            }
            Quote q = a.quoteAt(offset);
            if (q != null) {
                return hover(HoverContent.quote(a, q, md), md, Conversions.range(a.document().lineIndex(), q.range(), encoding));
            }
            return null;
        }).exceptionally(ex -> {
            LOG.log(Level.WARNING, "hover failed", ex);
            return null;
        });
    }

    /** The entity mentioned at a position, with the analysis it came from, or null. */
    private CompletableFuture<java.util.Map.Entry<ArticleAnalysis, Entity>> entityAt(TextDocumentIdentifier id, Position position) {
        require(id, "textDocument");
        require(position, "position");
        Document doc = open.get(id.getUri());
        if (doc == null) {
            return CompletableFuture.completedFuture(null);
        }
        return scheduler.analysisOf(doc, this::analyseForRequest).thenApply(a -> {
            Entity e = a.entityAt(Conversions.offset(a.document().lineIndex(), position, encoding));
            return e == null ? null : java.util.Map.entry(a, e);
        });
    }

    private List<Location> locations(ArticleAnalysis a, List<TextRange> ranges) {
        List<Location> out = new ArrayList<>();
        for (TextRange r : ranges) {
            out.add(new Location(a.document().uri(), Conversions.range(a.document().lineIndex(), r, encoding)));
        }
        return out;
    }

    /** Definition of a name: its first mention in the article, where a reader meets it. */
    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        require(params, "params");
        return entityAt(params.getTextDocument(), params.getPosition()).thenApply(found -> {
            List<Location> result = found == null ? List.of()
                    : locations(found.getKey(), List.of(found.getValue().firstMention()));
            return Either.<List<? extends Location>, List<? extends LocationLink>>forLeft(result);
        }).exceptionally(ex -> {
            LOG.log(Level.WARNING, "definition failed", ex);
            return Either.forLeft(List.of());
        });
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        require(params, "params");
        return entityAt(params.getTextDocument(), params.getPosition()).<List<? extends Location>>thenApply(found ->
                found == null ? List.of() : locations(found.getKey(), found.getValue().mentions())).exceptionally(ex -> {
                    LOG.log(Level.WARNING, "references failed", ex);
                    return List.of();
                });
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        require(params, "params");
        return entityAt(params.getTextDocument(), params.getPosition()).<List<? extends DocumentHighlight>>thenApply(found -> {
            if (found == null) {
                return List.of();
            }
            List<DocumentHighlight> out = new ArrayList<>();
            for (Location l : locations(found.getKey(), found.getValue().mentions())) {
                out.add(new DocumentHighlight(l.getRange(), DocumentHighlightKind.Text));
            }
            return out;
        }).exceptionally(ex -> {
            LOG.log(Level.WARNING, "documentHighlight failed", ex);
            return List.of();
        });
    }

    /** The speaker of each quote in the range, as a faint hint right after the closing mark: "— Rachel Dunmore". */
    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        require(params, "params");
        require(params.getTextDocument(), "textDocument");
        require(params.getRange(), "range");
        Document doc = open.get(params.getTextDocument().getUri());
        if (doc == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return scheduler.analysisOf(doc, this::analyseForRequest).thenApply(a -> {
            LineIndex index = a.document().lineIndex();
            int from = Conversions.offset(index, params.getRange().getStart(), encoding);
            int to = Conversions.offset(index, params.getRange().getEnd(), encoding);
            List<InlayHint> hints = new ArrayList<>();
            for (Quote q : a.quotes()) {
                if (q.speaker() == null || q.range().end() < from || q.range().end() > to) {
                    continue;
                }
                // a speaker named right after the quote needs no hint: "“…,” said Maria Jensen"
                if (q.speaker().range().start() >= q.range().end() && q.speaker().range().start() - q.range().end() < 12
                        && q.speaker().text().equals(q.speaker().displayName())) {
                    continue;
                }
                InlayHint hint = new InlayHint(Conversions.position(index, q.range().end(), encoding),
                        Either.forLeft("— " + q.speaker().displayName()));
                hint.setPaddingLeft(true);
                hint.setTooltip("speaker of this quote" + (q.cue() != null ? " (" + q.cue().text() + ")" : ""));
                hints.add(hint);
            }
            return hints;
        }).exceptionally(ex -> {
            LOG.log(Level.WARNING, "inlayHint failed", ex);
            return List.of();
        });
    }

    private static Hover hover(String text, boolean markdown, org.eclipse.lsp4j.Range range) {
        Hover h = new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, text));
        h.setRange(range);
        return h;
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        require(params, "params");
        require(params.getTextDocument(), "textDocument");
        Document doc = open.get(params.getTextDocument().getUri());
        if (doc == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return scheduler.analysisOf(doc, this::analyseForRequest).thenApply(a -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            if (hierarchicalSymbols) {
                for (DocumentSymbol s : OutlineSymbols.hierarchical(a, encoding)) {
                    out.add(Either.forRight(s));
                }
            } else {
                for (SymbolInformation s : OutlineSymbols.flat(a, encoding)) {
                    out.add(Either.forLeft(s));
                }
            }
            return out;
        }).exceptionally(ex -> {
            LOG.log(Level.WARNING, "documentSymbol failed", ex);
            return List.of();
        });
    }
}
