package org.newslint.swing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor's {@link LanguageClient}: what lsp4j calls, on its receiving threads, when the server
 * sends something. Each call is handed to the {@link ServerConnection.Listener} on the executor
 * given (the event thread, in the editor); requests the editor does not offer a choice for are
 * answered at once.
 */
final class ClientCallbacks implements LanguageClient {
    private final ServerConnection.Listener listener;
    private final Executor ui;

    ClientCallbacks(ServerConnection.Listener listener, Executor ui) {
        this.listener = listener;
        this.ui = ui;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        ui.execute(() -> listener.diagnostics(params));
    }

    @Override
    public void showMessage(MessageParams params) {
        ui.execute(() -> listener.message(params.getType(), params.getMessage(), true));
    }

    /** Shown as a message; the editor offers no buttons, so the answer is "no choice". */
    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        ui.execute(() -> listener.message(params.getType(), params.getMessage(), true));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        ui.execute(() -> listener.message(params.getType(), params.getMessage(), false));
    }

    @Override
    public void telemetryEvent(Object object) {
        // nothing to record
    }

    @Override
    public CompletableFuture<Void> refreshInlayHints() {
        ui.execute(listener::inlayHintsChanged);
        return CompletableFuture.completedFuture(null);
    }
}
