package org.newslint.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.text.Document;
import org.newslint.text.LineIndex;
import org.newslint.text.TextRange;

/**
 * The protocol side of documents: keeps the open documents in sync ({@link OpenDocuments}), asks
 * the {@link AnalysisScheduler} for an analysis on every change, and answers each request as a
 * sandwich — check the parameters, one call for the analysis of the document's current version,
 * one conversion to LSP. A failing request is logged and answered with an empty result, never
 * with a dead server; requests without their required parameters get InvalidParams.
 */
final class NewslintTextDocumentService implements TextDocumentService {
    private static final Logger LOG = Logger.getLogger(NewslintTextDocumentService.class.getName());

    private final NewslintLanguageServer server;
    private final OpenDocuments documents;
    private final AnalysisScheduler scheduler;
    private final DiagnosticsPublisher diagnostics;
    private final PullDiagnostics pull;

    NewslintTextDocumentService(
            NewslintLanguageServer server,
            OpenDocuments documents,
            AnalysisScheduler scheduler,
            DiagnosticsPublisher diagnostics) {
        this.server = server;
        this.documents = documents;
        this.scheduler = scheduler;
        this.diagnostics = diagnostics;
        this.pull = new PullDiagnostics(server, documents, scheduler, diagnostics);
    }

    /** The pull side of diagnostics, which {@code workspace/diagnostic} shares. */
    PullDiagnostics pull() {
        return pull;
    }

    /** A settings change invalidates every analysis: each open document is analysed again. */
    void reanalyseAll() {
        for (Document d : documents.all()) {
            scheduler.schedule(d);
        }
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        if (params == null
                || params.getTextDocument() == null
                || params.getTextDocument().getUri() == null) {
            server.log(MessageType.Warning, "didOpen without a text document; ignored");
            return;
        }
        var td = params.getTextDocument();
        // no debounce: nothing is typed between opening a document and wanting its findings
        scheduler.scheduleNow(documents.open(
                td.getUri(), td.getLanguageId(), td.getVersion(), td.getText() == null ? "" : td.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (params == null || params.getTextDocument() == null || params.getContentChanges() == null) {
            server.log(MessageType.Warning, "didChange without a document or changes; ignored");
            return;
        }
        String uri = params.getTextDocument().getUri();
        Integer version = params.getTextDocument().getVersion();
        Document before = documents.get(uri);
        if (before == null) {
            server.log(MessageType.Warning, "didChange for a document that is not open: " + uri);
            return;
        }
        try {
            Document changed = documents.change(
                    uri,
                    version == null ? before.version() + 1 : version,
                    params.getContentChanges(),
                    server.clientOptions().encoding());
            if (changed != null) {
                scheduler.schedule(changed);
            }
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
        documents.close(uri);
        scheduler.forget(uri);
        pull.forget(uri);
        diagnostics.clear(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the open buffer, not the file on disk, is what we analyse
    }

    /** Requests without their required parameters get InvalidParams, not a stack trace. */
    static void require(Object value, String what) {
        if (value == null) {
            throw new ResponseErrorException(
                    new ResponseError(ResponseErrorCode.InvalidParams, "missing " + what, null));
        }
    }

    /**
     * The view {@code view} of the analysis of the document's current version, or {@code none} when
     * the document is not open or the analysis failed or was given up.
     */
    private <T> CompletableFuture<T> answer(
            TextDocumentIdentifier id, String request, T none, Function<ArticleAnalysis, T> view) {
        require(id, "textDocument");
        Document doc = documents.get(id.getUri());
        if (doc == null) {
            return CompletableFuture.completedFuture(none);
        }
        return scheduler.analysisFor(doc).thenApply(view).exceptionally(ex -> {
            Throwable cause = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
            if (cause instanceof CancellationException) {
                LOG.fine(() -> request + ": the document changed while it was analysed");
            } else {
                LOG.log(Level.WARNING, request + " failed", ex);
            }
            return none;
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        require(params, "params");
        require(params.getTextDocument(), "textDocument");
        require(params.getPosition(), "position");
        ClientOptions options = server.clientOptions();
        return answer(
                params.getTextDocument(), "hover", null, a -> EntityNavigation.hover(a, params.getPosition(), options));
    }

    /** Definition of a name: its first mention in the article, where a reader meets it. */
    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        require(params, "params");
        require(params.getPosition(), "position");
        var encoding = server.clientOptions().encoding();
        return answer(
                params.getTextDocument(),
                "definition",
                Either.forLeft(List.of()),
                a -> Either.forLeft(EntityNavigation.definition(a, params.getPosition(), encoding)));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        require(params, "params");
        require(params.getPosition(), "position");
        var encoding = server.clientOptions().encoding();
        return answer(
                params.getTextDocument(),
                "references",
                List.of(),
                a -> EntityNavigation.references(a, params.getPosition(), encoding));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        require(params, "params");
        require(params.getPosition(), "position");
        var encoding = server.clientOptions().encoding();
        return answer(
                params.getTextDocument(),
                "documentHighlight",
                List.of(),
                a -> EntityNavigation.highlights(a, params.getPosition(), encoding));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        require(params, "params");
        require(params.getTextDocument(), "textDocument");
        require(params.getRange(), "range");
        var encoding = server.clientOptions().encoding();
        return answer(
                params.getTextDocument(), "inlayHint", List.of(), a -> SpeakerHints.in(a, params.getRange(), encoding));
    }

    /**
     * Quick fixes for the findings in the range (silence one, close an unclosed quotation, insert an
     * attribution placeholder) and the actions on the names there (write the name in full at its
     * first mention, add it to the house list), only of the kinds in {@code context.only} if given.
     */
    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        require(params, "params");
        require(params.getTextDocument(), "textDocument");
        require(params.getRange(), "range");
        var encoding = server.clientOptions().encoding();
        List<String> only =
                params.getContext() == null ? null : params.getContext().getOnly();
        return answer(params.getTextDocument(), "codeAction", List.of(), a -> {
            List<Either<Command, CodeAction>> out = new ArrayList<>(QuickFixes.in(a, params.getRange(), encoding));
            if (wanted(only, CodeActionKind.Refactor) || wanted(only, CodeActionKind.RefactorRewrite)) {
                var config = server.configTargetFor(a.document().uri(), uri -> {
                    Document open = documents.get(uri);
                    return open == null ? null : open.text();
                });
                out.addAll(NameActions.at(a, params.getRange(), encoding, config));
            }
            out.removeIf(e -> !wanted(only, e.getRight().getKind()));
            return out;
        });
    }

    /** Whether {@code kind} is one of {@code only} or below one ("refactor" admits "refactor.rewrite"). */
    private static boolean wanted(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String o : only) {
            if (kind.equals(o) || kind.startsWith(o + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Pulled diagnostics: the report of the document's current version, or unchanged ({@link PullDiagnostics}). */
    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return pull.document(params);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        require(params, "params");
        ClientOptions options = server.clientOptions();
        return answer(params.getTextDocument(), "documentSymbol", List.of(), a -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            if (options.hierarchicalSymbols()) {
                for (DocumentSymbol s : OutlineSymbols.hierarchical(a, options.encoding())) {
                    out.add(Either.forRight(s));
                }
            } else {
                for (SymbolInformation s : OutlineSymbols.flat(a, options.encoding())) {
                    out.add(Either.forLeft(s));
                }
            }
            return out;
        });
    }

    /** People, organisations, places, speakers and quotations as semantic tokens ({@link ArticleTokens}). */
    @Override
    public CompletableFuture<SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        require(params, "params");
        var encoding = server.clientOptions().encoding();
        return answer(
                params.getTextDocument(),
                "semanticTokens/full",
                new SemanticTokens(List.of()),
                a -> ArticleTokens.full(a, encoding));
    }

    @Override
    public CompletableFuture<SemanticTokens> semanticTokensRange(SemanticTokensRangeParams params) {
        require(params, "params");
        require(params.getRange(), "range");
        var encoding = server.clientOptions().encoding();
        return answer(params.getTextDocument(), "semanticTokens/range", new SemanticTokens(List.of()), a -> {
            LineIndex index = a.document().lineIndex();
            int start = Conversions.offset(index, params.getRange().getStart(), encoding);
            int end = Conversions.offset(index, params.getRange().getEnd(), encoding);
            return ArticleTokens.range(a, new TextRange(Math.min(start, end), Math.max(start, end)), encoding);
        });
    }

    /**
     * workspace/symbol: the quotes, statements and names of every open document, from the analyses
     * the scheduler holds (never a new one), documents in URI order; a document whose analysis fails
     * or is given up is left out.
     */
    CompletableFuture<List<SymbolInformation>> workspaceSymbols(WorkspaceSymbolParams params) {
        require(params, "params");
        var encoding = server.clientOptions().encoding();
        List<Document> open = new ArrayList<>(documents.all());
        open.sort(Comparator.comparing(Document::uri));
        List<CompletableFuture<ArticleAnalysis>> held = new ArrayList<>();
        for (Document d : open) {
            CompletableFuture<ArticleAnalysis> f = scheduler.held(d);
            if (f != null) {
                held.add(f.exceptionally(ex -> null));
            }
        }
        return CompletableFuture.allOf(held.toArray(new CompletableFuture<?>[0]))
                .thenApply(v -> {
                    List<ArticleAnalysis> analyses = new ArrayList<>();
                    for (CompletableFuture<ArticleAnalysis> f : held) {
                        ArticleAnalysis a = f.join();
                        if (a != null) {
                            analyses.add(a);
                        }
                    }
                    return WorkspaceSymbols.find(analyses, params.getQuery(), encoding);
                });
    }
}
