package org.newslint.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends, for in-process and over-the-wire server tests. */
public class RecordingClient implements LanguageClient {
    public final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    public final BlockingQueue<MessageParams> logs = new LinkedBlockingQueue<>();

    /**
     * Waits for diagnostics of {@code uri} at {@code version}, skipping older ones; returns null on
     * timeout together with everything seen in {@code seen}, so callers can explain the failure.
     */
    public PublishDiagnosticsParams awaitDiagnostics(
            String uri, int version, long timeoutMillis, List<PublishDiagnosticsParams> seen)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            long left = deadline - System.nanoTime();
            PublishDiagnosticsParams p = left > 0 ? diagnostics.poll(left, TimeUnit.NANOSECONDS) : null;
            if (p == null) {
                return null;
            }
            seen.add(p);
            if (p.getUri().equals(uri) && p.getVersion() != null && p.getVersion() == version) {
                return p;
            }
        }
    }

    public PublishDiagnosticsParams awaitDiagnostics(String uri, int version, long timeoutMillis)
            throws InterruptedException {
        return awaitDiagnostics(uri, version, timeoutMillis, new ArrayList<>());
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
        diagnostics.add(p);
    }

    @Override
    public void showMessage(MessageParams p) {
        logs.add(p);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams p) {
        logs.add(p);
    }
}
