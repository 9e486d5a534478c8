package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.newslint.lsp.ProtocolClient.Flow.DIAGNOSTIC_REFRESH;
import static org.newslint.lsp.ProtocolClient.Flow.PULL_DIAGNOSTICS;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticServerCancellationData;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PreviousResultId;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceDiagnosticReportPartialResult;
import org.eclipse.lsp4j.WorkspaceDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;
import org.newslint.rules.Checker;
import org.newslint.rules.Rule;
import org.newslint.rules.RuleContext;
import org.newslint.rules.Rules;

/**
 * Pull diagnostics in-process: advertised only to clients that pull, reports of the current
 * version with result ids, unchanged answers, workspace reports with progress and partial
 * results, and never a push to a client that pulls.
 */
class PullDiagnosticsTest {
    private static final String URI = "file:///tmp/pull/article.txt";
    private static final String TEXT = "Maria Lopez leads the union.\n"
            + "\"We will not back down,\" she said.\n"
            + "The port handles 14 million containers a year.\n";
    private static final String CLAIM = "unattributed-claim";

    /** Holds the analysis of any text containing HOLD until released; finds nothing. */
    private static final class Gate implements Rule {
        final CountDownLatch open = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);

        @Override
        public String id() {
            return "test-gate";
        }

        @Override
        public String description() {
            return "holds analyses of HOLD texts";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.HINT;
        }

        @Override
        public List<Finding> check(RuleContext context) {
            if (context.analysis().document().text().contains("HOLD")) {
                entered.countDown();
                try {
                    open.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of();
        }
    }

    private final Gate gate = new Gate();
    private final ProtocolClient client = new ProtocolClient();
    private NewslintLanguageServer server;

    @AfterEach
    void stop() {
        gate.open.countDown();
        if (server != null) {
            server.shutdown();
        }
    }

    /** A server for a client with {@code flows}, initialized; {@code debounce} in ms. */
    private ServerCapabilities start(Set<ProtocolClient.Flow> flows, long debounce) throws Exception {
        List<Rule> rules = new ArrayList<>(Rules.ALL);
        rules.add(gate);
        server = new NewslintLanguageServer(new Checker(Analyzer.createDefault(), rules), debounce, s -> {});
        server.connect(client);
        ServerCapabilities caps = server.initialize(ProtocolClient.initializeParams(flows))
                .get(10, TimeUnit.SECONDS)
                .getCapabilities();
        server.initialized(new InitializedParams());
        return caps;
    }

    private void open(String uri, int version, String text) {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", version, text)));
    }

    private void replaceAll(String uri, int version, String text) {
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, version),
                        List.of(new TextDocumentContentChangeEvent(text))));
    }

    private CompletableFuture<DocumentDiagnosticReport> pullAsync(String uri, String previousResultId) {
        DocumentDiagnosticParams p = new DocumentDiagnosticParams(new TextDocumentIdentifier(uri));
        p.setPreviousResultId(previousResultId);
        return server.getTextDocumentService().diagnostic(p);
    }

    private DocumentDiagnosticReport pull(String uri, String previousResultId) throws Exception {
        return pullAsync(uri, previousResultId).get(30, TimeUnit.SECONDS);
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft()).toList();
    }

    @Test
    void theDiagnosticProviderIsAdvertisedExactlyToClientsThatPull() throws Exception {
        record Row(Set<ProtocolClient.Flow> flows, boolean advertised) {}
        for (Row row : List.of(
                new Row(ProtocolClient.flows(), false),
                new Row(ProtocolClient.flows(DIAGNOSTIC_REFRESH), false),
                new Row(ProtocolClient.flows(PULL_DIAGNOSTICS), true),
                new Row(ProtocolClient.flows(PULL_DIAGNOSTICS, DIAGNOSTIC_REFRESH), true))) {
            ServerCapabilities caps = start(row.flows(), 10);
            if (row.advertised()) {
                assertThat(caps.getDiagnosticProvider()).as("%s", row.flows()).satisfies(d -> {
                    assertThat(d.getIdentifier()).isEqualTo("newslint");
                    assertThat(d.isInterFileDependencies()).isFalse();
                    assertThat(d.isWorkspaceDiagnostics()).isTrue();
                });
            } else {
                assertThat(caps.getDiagnosticProvider()).as("%s", row.flows()).isNull();
            }
            server.shutdown();
        }
    }

    @Test
    void aPullClientGetsReportsAndNeverAPushWhileAPushClientGetsPushes() throws Exception {
        start(ProtocolClient.flows(PULL_DIAGNOSTICS), 10);
        open(URI, 1, TEXT);
        DocumentDiagnosticReport report = pull(URI, null);
        assertThat(report.isRelatedFullDocumentDiagnosticReport()).isTrue();
        var full = report.getRelatedFullDocumentDiagnosticReport();
        assertThat(full.getResultId()).isNotBlank();
        assertThat(full.getItems())
                .filteredOn(d -> d.getCode().getLeft().equals(CLAIM))
                .singleElement()
                .satisfies(d -> assertThat(d.getRange().getStart()).isEqualTo(new Position(2, 0)));
        replaceAll(URI, 2, TEXT + "Experts say the strike will spread.\n");
        assertThat(pull(URI, full.getResultId()).isRelatedFullDocumentDiagnosticReport())
                .isTrue();
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
        // the analyses ran (the pulls were answered from them) and publishing follows at once on the same thread
        assertThat(client.diagnostics.poll(1, TimeUnit.SECONDS))
                .as("a client that pulls is never pushed to, not even an empty list on close")
                .isNull();
        server.shutdown();

        ProtocolClient pushClient = new ProtocolClient();
        server = new NewslintLanguageServer(Checker.createDefault(), 10, s -> {});
        server.connect(pushClient);
        server.initialize(ProtocolClient.initializeParams(ProtocolClient.flows(DIAGNOSTIC_REFRESH)))
                .get(10, TimeUnit.SECONDS);
        open(URI, 1, TEXT);
        assertThat(pushClient.awaitDiagnostics(URI, 1, 20_000)).isNotNull();
    }

    /** What happens between a first pull and a second one that names the first's result id. */
    private record Between(
            String name, Consumer<PullDiagnosticsTest> action, boolean sendPreviousId, boolean unchanged) {}

    @Test
    void aPreviousResultIdIsAnsweredUnchangedOnlyWhileVersionTextAndSettingsAreTheSame() throws Exception {
        List<Between> rows = List.of(
                new Between("nothing", t -> {}, true, true),
                new Between("nothing, but no previous id", t -> {}, false, false),
                new Between("an edit", t -> t.replaceAll(URI, 2, TEXT.replace("Maria", "Mary")), true, false),
                new Between(
                        "a settings change",
                        t -> t.server
                                .getWorkspaceService()
                                .didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(
                                        "{\"newslint\": {\"rules\": {\"" + CLAIM + "\": \"error\"}}}"))),
                        true,
                        false),
                new Between(
                        "a settings payload with the same settings",
                        t -> t.server
                                .getWorkspaceService()
                                .didChangeConfiguration(
                                        new DidChangeConfigurationParams(JsonParser.parseString("{\"newslint\": {}}"))),
                        true,
                        true),
                new Between(
                        "close and reopen at the same version with other text",
                        t -> {
                            t.server
                                    .getTextDocumentService()
                                    .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
                            t.open(URI, 1, TEXT.replace("14", "15"));
                        },
                        true,
                        false));
        for (Between row : rows) {
            start(ProtocolClient.flows(PULL_DIAGNOSTICS), 10);
            open(URI, 1, TEXT);
            String first =
                    pull(URI, null).getRelatedFullDocumentDiagnosticReport().getResultId();
            row.action().accept(this);
            DocumentDiagnosticReport second = pull(URI, row.sendPreviousId() ? first : null);
            if (row.unchanged()) {
                assertThat(second.isRelatedUnchangedDocumentDiagnosticReport())
                        .as(row.name())
                        .isTrue();
                assertThat(second.getRelatedUnchangedDocumentDiagnosticReport().getResultId())
                        .isEqualTo(first);
            } else {
                assertThat(second.isRelatedFullDocumentDiagnosticReport())
                        .as(row.name())
                        .isTrue();
                assertThat(second.getRelatedFullDocumentDiagnosticReport().getResultId())
                        .as(row.name())
                        .isNotEqualTo(first);
            }
            assertThat(pull(URI, "no-such-id").isRelatedFullDocumentDiagnosticReport())
                    .as("an unknown id after %s", row.name())
                    .isTrue();
            server.shutdown();
        }
    }

    @Test
    void aSettingsChangeMakesTheNextPullFullWithTheNewSeverity() throws Exception {
        start(ProtocolClient.flows(PULL_DIAGNOSTICS, DIAGNOSTIC_REFRESH), 10);
        open(URI, 1, TEXT);
        var first = pull(URI, null).getRelatedFullDocumentDiagnosticReport();
        assertThat(first.getItems())
                .filteredOn(d -> d.getCode().getLeft().equals(CLAIM))
                .isNotEmpty();
        server.getWorkspaceService()
                .didChangeConfiguration(new DidChangeConfigurationParams(
                        JsonParser.parseString("{\"newslint\": {\"rules\": {\"" + CLAIM + "\": false}}}")));
        assertThat(client.refreshes.poll(5, TimeUnit.SECONDS)).isNotNull();
        var second = pull(URI, first.getResultId());
        assertThat(second.isRelatedFullDocumentDiagnosticReport()).isTrue();
        assertThat(codes(second.getRelatedFullDocumentDiagnosticReport().getItems()))
                .doesNotContain(CLAIM);
    }

    @Test
    void aPullWaitsForTheRunningAnalysisAndAnEditMeanwhileAsksTheClientToPullAgain() throws Exception {
        start(ProtocolClient.flows(PULL_DIAGNOSTICS), 10_000);
        String held = TEXT + "HOLD\n";
        open(URI, 1, held);
        assertThat(gate.entered.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<DocumentDiagnosticReport> waiting = pullAsync(URI, null);
        assertThat(waiting).as("the analysis of version 1 is still running").isNotDone();
        replaceAll(URI, 2, TEXT + "The airport handles 3 million passengers a year.\n");
        gate.open.countDown();
        Throwable refused = catchThrowable(() -> waiting.get(30, TimeUnit.SECONDS));
        assertThat(refused).isInstanceOf(ExecutionException.class);
        assertThat(refused.getCause()).isInstanceOf(ResponseErrorException.class);
        var error = ((ResponseErrorException) refused.getCause()).getResponseError();
        assertThat(error.getCode()).isEqualTo(ResponseErrorCode.ServerCancelled.getValue());
        assertThat(((DiagnosticServerCancellationData) error.getData()).isRetriggerRequest())
                .isTrue();

        // asked again, the report is that of version 2, although its debounce (10 s) has not expired
        var again = pull(URI, null).getRelatedFullDocumentDiagnosticReport();
        assertThat(again.getItems())
                .filteredOn(d -> d.getCode().getLeft().equals(CLAIM))
                .extracting(d -> d.getRange().getStart().getLine())
                .contains(3);
    }

    /** Which tokens a workspace pull carries. */
    private record Tokens(String name, String workDone, String partial) {}

    @Test
    void aWorkspacePullReportsEveryOpenDocumentWithProgressAndPartialResults() throws Exception {
        String a = "file:///tmp/pull/a.txt";
        String b = "file:///tmp/pull/b.txt";
        for (Tokens row : List.of(
                new Tokens("no tokens", null, null),
                new Tokens("work done", "wd", null),
                new Tokens("partial results", null, "pr"),
                new Tokens("both", "wd", "pr"))) {
            ProtocolClient rowClient = new ProtocolClient();
            server = new NewslintLanguageServer(Checker.createDefault(), 10, s -> {});
            server.connect(rowClient);
            server.initialize(ProtocolClient.initializeParams(ProtocolClient.flows(PULL_DIAGNOSTICS)))
                    .get(10, TimeUnit.SECONDS);
            open(a, 1, TEXT);
            open(b, 7, TEXT.replace("Maria Lopez", "Ana Ruiz"));
            String aId = pull(a, null).getRelatedFullDocumentDiagnosticReport().getResultId();
            WorkspaceDiagnosticParams params = new WorkspaceDiagnosticParams(
                    List.of(new PreviousResultId(a, aId), new PreviousResultId(b, "stale")));
            if (row.workDone() != null) {
                params.setWorkDoneToken(row.workDone());
            }
            if (row.partial() != null) {
                params.setPartialResultToken(row.partial());
            }
            WorkspaceDiagnosticReport answer =
                    server.getWorkspaceService().diagnostic(params).get(30, TimeUnit.SECONDS);

            List<ProgressParams> sent = new ArrayList<>(rowClient.progress);
            List<WorkspaceDocumentDiagnosticReport> reports = new ArrayList<>(answer.getItems());
            List<String> workDone = new ArrayList<>();
            for (ProgressParams p : sent) {
                if (p.getToken().getLeft().equals(row.partial())) {
                    reports.addAll(((WorkspaceDiagnosticReportPartialResult)
                                    p.getValue().getRight())
                            .getItems());
                } else {
                    assertThat(p.getToken().getLeft()).isEqualTo(row.workDone());
                    workDone.add(describe(p.getValue().getLeft()));
                }
            }
            if (row.partial() != null) {
                assertThat(answer.getItems())
                        .as("%s: the answer itself is empty", row.name())
                        .isEmpty();
            }
            assertThat(workDone)
                    .as(row.name())
                    .isEqualTo(
                            row.workDone() == null
                                    ? List.of()
                                    : List.of(
                                            "begin newslint diagnostics 0 of 2 documents",
                                            "report 1 of 2 documents 50",
                                            "report 2 of 2 documents 100",
                                            "end 2 documents checked"));
            assertThat(reports).as(row.name()).hasSize(2);
            for (WorkspaceDocumentDiagnosticReport r : reports) {
                if (r.isWorkspaceUnchangedDocumentDiagnosticReport()) {
                    var u = r.getWorkspaceUnchangedDocumentDiagnosticReport();
                    assertThat(u.getUri()).as(row.name()).isEqualTo(a);
                    assertThat(u.getResultId()).isEqualTo(aId);
                    assertThat(u.getVersion()).isEqualTo(1);
                } else {
                    var f = r.getWorkspaceFullDocumentDiagnosticReport();
                    assertThat(f.getUri()).as(row.name()).isEqualTo(b);
                    assertThat(f.getVersion()).isEqualTo(7);
                    assertThat(f.getResultId()).isNotBlank();
                    assertThat(codes(f.getItems())).contains(CLAIM);
                }
            }
            assertThat(rowClient.diagnostics)
                    .as("no push to a client that pulls")
                    .isEmpty();
            server.shutdown();
        }
    }

    private static String describe(WorkDoneProgressNotification n) {
        if (n instanceof WorkDoneProgressBegin begin) {
            return "begin " + begin.getTitle() + " " + begin.getMessage();
        }
        if (n instanceof WorkDoneProgressReport report) {
            return "report " + report.getMessage() + " " + report.getPercentage();
        }
        return "end " + ((WorkDoneProgressEnd) n).getMessage();
    }

    @Test
    void aPullForADocumentThatIsNotOpenIsAnEmptyReportAndMissingParamsAreInvalidParams() throws Exception {
        start(ProtocolClient.flows(PULL_DIAGNOSTICS), 10);
        var report = pull("file:///tmp/pull/never-opened.txt", null);
        assertThat(report.getRelatedFullDocumentDiagnosticReport().getItems()).isEmpty();
        for (Runnable call : List.<Runnable>of(
                () -> server.getTextDocumentService().diagnostic(null),
                () -> server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams()),
                () -> server.getWorkspaceService().diagnostic(null))) {
            assertThat(catchThrowable(call::run))
                    .isInstanceOfSatisfying(
                            ResponseErrorException.class,
                            e -> assertThat(e.getResponseError().getCode())
                                    .isEqualTo(ResponseErrorCode.InvalidParams.getValue()));
        }
    }
}
