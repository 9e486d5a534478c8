package org.newslint.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DiagnosticServerCancellationData;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDiagnosticReportPartialResult;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.newslint.analysis.model.Settings;
import org.newslint.text.Document;

/**
 * Diagnostics as answers ({@code textDocument/diagnostic}, {@code workspace/diagnostic}) for a
 * client that pulls them. A report is always of the document's current version: a pull joins the
 * analysis the scheduler holds for it (waiting while it runs), and if an edit arrives before it is
 * ready the pull is cancelled with {@code retriggerRequest}, never answered with findings whose
 * ranges belong to other text. Each full report gets a {@code resultId}; a pull that names it while
 * the document's text, version and settings are still those it was computed from is answered
 * {@code unchanged}.
 */
final class PullDiagnostics {
    private static final Logger LOG = Logger.getLogger(PullDiagnostics.class.getName());
    static final String IDENTIFIER = "newslint";

    private final NewslintLanguageServer server;
    private final OpenDocuments documents;
    private final AnalysisScheduler scheduler;
    private final DiagnosticsPublisher diagnostics;
    private final AtomicLong results = new AtomicLong();
    /** Per open document, the last full report answered and what it was computed from. */
    private final Map<String, Answered> answered = new ConcurrentHashMap<>();

    private record Answered(String resultId, Document doc, Settings settings) {
        boolean stillDescribes(Document current, Settings now) {
            return current.version() == doc.version()
                    && current.text().equals(doc.text())
                    && current.format() == doc.format()
                    && settings.equals(now);
        }
    }

    /** A full report: its id and diagnostics, for the document version it describes. */
    private record Full(Document doc, String resultId, List<Diagnostic> items) {}

    PullDiagnostics(
            NewslintLanguageServer server,
            OpenDocuments documents,
            AnalysisScheduler scheduler,
            DiagnosticsPublisher diagnostics) {
        this.server = server;
        this.documents = documents;
        this.scheduler = scheduler;
        this.diagnostics = diagnostics;
    }

    /** What {@code initialize} advertises to a client that pulls: one identifier, no inter-file dependencies. */
    static DiagnosticRegistrationOptions options() {
        DiagnosticRegistrationOptions o = new DiagnosticRegistrationOptions(false, true);
        o.setIdentifier(IDENTIFIER);
        return o;
    }

    /** A closed document's last report is forgotten. */
    void forget(String uri) {
        answered.remove(uri);
    }

    CompletableFuture<DocumentDiagnosticReport> document(DocumentDiagnosticParams params) {
        NewslintTextDocumentService.require(params, "params");
        NewslintTextDocumentService.require(params.getTextDocument(), "textDocument");
        NewslintTextDocumentService.require(params.getTextDocument().getUri(), "textDocument.uri");
        Document doc = documents.get(params.getTextDocument().getUri());
        if (doc == null) {
            // only open documents are analysed (the server never reads an article from disk)
            return CompletableFuture.completedFuture(
                    new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of())));
        }
        Settings settings = server.settingsFor(doc);
        if (unchanged(doc, settings, params.getPreviousResultId())) {
            return CompletableFuture.completedFuture(new DocumentDiagnosticReport(
                    new RelatedUnchangedDocumentDiagnosticReport(params.getPreviousResultId())));
        }
        return full(doc, settings).handle((full, failure) -> {
            if (failure != null) {
                throw new CompletionException(cancelled(doc, failure));
            }
            RelatedFullDocumentDiagnosticReport report = new RelatedFullDocumentDiagnosticReport(full.items());
            report.setResultId(full.resultId());
            return new DocumentDiagnosticReport(report);
        });
    }

    /**
     * One report per open document, in URI order: unchanged where the client's previous result
     * still holds, else full once the document's analysis is ready. With a
     * {@code partialResultToken} each report goes out as soon as it is ready and the answer itself
     * is empty; with a {@code workDoneToken} the client sees begin, a report per document and end.
     */
    CompletableFuture<WorkspaceDiagnosticReport> workspace(WorkspaceDiagnosticParams params) {
        NewslintTextDocumentService.require(params, "params");
        Map<String, String> previous = new HashMap<>();
        if (params.getPreviousResultIds() != null) {
            for (PreviousResultId p : params.getPreviousResultIds()) {
                if (p != null && p.getUri() != null && p.getValue() != null) {
                    previous.put(p.getUri(), p.getValue());
                }
            }
        }
        List<Document> open = new ArrayList<>(documents.all());
        open.sort(Comparator.comparing(Document::uri));
        Progress work = Progress.of(server.client(), params.getWorkDoneToken());
        Progress partial = Progress.of(server.client(), params.getPartialResultToken());
        int total = open.size();
        if (work != null) {
            work.begin("newslint diagnostics", "0 of " + total + " documents", 0);
        }
        CompletableFuture<WorkspaceDiagnosticReport> answer = new CompletableFuture<>();
        WorkspaceDocumentDiagnosticReport[] reports = new WorkspaceDocumentDiagnosticReport[total];
        int[] done = {0};
        List<CompletableFuture<Void>> each = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int slot = i;
            each.add(report(open.get(i), previous.get(open.get(i).uri())).thenAccept(r -> {
                synchronized (reports) {
                    reports[slot] = r;
                    done[0]++;
                    if (work != null) {
                        work.report(done[0] + " of " + total + " documents", 100 * done[0] / total);
                    }
                    if (partial != null && r != null && !answer.isDone()) {
                        // the first partial result stands for the WorkspaceDiagnosticReport itself: the same shape
                        partial.partial(new WorkspaceDiagnosticReportPartialResult(List.of(r)));
                    }
                }
            }));
        }
        CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
            if (work != null) {
                work.end(total + " documents checked");
            }
            List<WorkspaceDocumentDiagnosticReport> items = new ArrayList<>();
            if (partial == null) {
                for (WorkspaceDocumentDiagnosticReport r : reports) {
                    if (r != null) {
                        items.add(r);
                    }
                }
            }
            answer.complete(new WorkspaceDiagnosticReport(items));
        });
        return answer;
    }

    /** One document's workspace report, or null when it changed, closed or failed meanwhile (it is left out). */
    private CompletableFuture<WorkspaceDocumentDiagnosticReport> report(Document doc, String previousResultId) {
        Settings settings = server.settingsFor(doc);
        if (unchanged(doc, settings, previousResultId)) {
            return CompletableFuture.completedFuture(new WorkspaceDocumentDiagnosticReport(
                    new WorkspaceUnchangedDocumentDiagnosticReport(previousResultId, doc.uri(), doc.version())));
        }
        return full(doc, settings).handle((full, failure) -> {
            if (failure != null) {
                LOG.fine(() -> "workspace/diagnostic: " + doc.uri() + " left out (" + failure + ")");
                return null;
            }
            WorkspaceFullDocumentDiagnosticReport r =
                    new WorkspaceFullDocumentDiagnosticReport(full.items(), doc.uri(), doc.version());
            r.setResultId(full.resultId());
            return new WorkspaceDocumentDiagnosticReport(r);
        });
    }

    private boolean unchanged(Document doc, Settings settings, String previousResultId) {
        Answered last = answered.get(doc.uri());
        return previousResultId != null
                && last != null
                && last.resultId().equals(previousResultId)
                && last.stillDescribes(doc, settings);
    }

    /**
     * The diagnostics of exactly {@code doc}, once its analysis is ready; fails with a
     * CancellationException when the document changed or closed meanwhile. {@code settings} were
     * read before the analysis was joined, so a settings change while it runs can only make the
     * next pull a full one, never an unchanged one that hides it.
     */
    private CompletableFuture<Full> full(Document doc, Settings settings) {
        return scheduler.analysisFor(doc).thenApply(a -> {
            Document now = documents.get(doc.uri());
            if (now == null || now.version() != doc.version() || !now.text().equals(doc.text())) {
                throw new CancellationException("the document changed while it was analysed");
            }
            String id = doc.version() + "-" + results.incrementAndGet();
            answered.put(doc.uri(), new Answered(id, doc, settings));
            return new Full(doc, id, diagnostics.diagnostics(a));
        });
    }

    /**
     * The error for a document pull that has no report: ServerCancelled with
     * {@code retriggerRequest} when the document changed (the client asks again for the new
     * version), RequestFailed without it when the analysis failed (already logged by the scheduler).
     */
    private static ResponseErrorException cancelled(Document doc, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof CancellationException) {
            return new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.ServerCancelled,
                    "the document changed while it was analysed",
                    new DiagnosticServerCancellationData(true)));
        }
        return new ResponseErrorException(new ResponseError(
                ResponseErrorCode.RequestFailed,
                "newslint could not analyse " + doc.uri() + " v" + doc.version(),
                new DiagnosticServerCancellationData(false)));
    }
}
