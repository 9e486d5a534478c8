package org.newslint.lsp;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.newslint.testing.RecordingClient;

/**
 * A recording client for the protocol flows a client opts into ({@link Flow}): it records the
 * progress, refresh, configuration and progress-token requests the server sends and answers them
 * as the test says.
 */
class ProtocolClient extends RecordingClient {
    /** The client capabilities a test can switch on, one per flow. */
    enum Flow {
        PULL_DIAGNOSTICS,
        DIAGNOSTIC_REFRESH,
        CONFIGURATION,
        WORK_DONE_PROGRESS
    }

    final BlockingQueue<ProgressParams> progress = new LinkedBlockingQueue<>();
    final BlockingQueue<String> refreshes = new LinkedBlockingQueue<>();
    final BlockingQueue<ConfigurationParams> configurationRequests = new LinkedBlockingQueue<>();
    final BlockingQueue<WorkDoneProgressCreateParams> createdTokens = new LinkedBlockingQueue<>();
    volatile Function<ConfigurationParams, CompletableFuture<List<Object>>> configurationAnswer =
            p -> CompletableFuture.completedFuture(java.util.Arrays.asList((Object) null));
    volatile CompletableFuture<Void> createAnswer = CompletableFuture.completedFuture(null);

    static InitializeParams initializeParams(Set<Flow> flows) {
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        if (flows.contains(Flow.PULL_DIAGNOSTICS)) {
            td.setDiagnostic(new DiagnosticCapabilities(false));
        }
        if (flows.contains(Flow.DIAGNOSTIC_REFRESH)) {
            ws.setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
        }
        ws.setConfiguration(flows.contains(Flow.CONFIGURATION));
        window.setWorkDoneProgress(flows.contains(Flow.WORK_DONE_PROGRESS));
        caps.setTextDocument(td);
        caps.setWorkspace(ws);
        caps.setWindow(window);
        InitializeParams params = new InitializeParams();
        params.setCapabilities(caps);
        return params;
    }

    static Set<Flow> flows(Flow... flows) {
        return flows.length == 0 ? EnumSet.noneOf(Flow.class) : EnumSet.of(flows[0], flows);
    }

    /** The next progress notification, or null after {@code seconds}. */
    ProgressParams nextProgress(int seconds) throws InterruptedException {
        return progress.poll(seconds, TimeUnit.SECONDS);
    }

    @Override
    public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
        configurationRequests.add(params);
        return configurationAnswer.apply(params);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        createdTokens.add(params);
        return createAnswer;
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        refreshes.add("refresh");
        return CompletableFuture.completedFuture(null);
    }
}
