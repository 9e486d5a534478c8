package org.newslint.swing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The editor's side of the protocol: starts the newslint server as a subprocess of the same jar
 * ({@code java -cp newslint.jar org.newslint.cli.Main lsp}), talks JSON-RPC to it over its
 * stdin/stdout through lsp4j's client launcher, and shuts it down on quit. Everything sent goes
 * through one background thread, in order, so the event thread never waits on a pipe; everything
 * received is handed to the listener on the executor given (the event thread, in the editor).
 */
public final class ServerConnection implements LanguageClient {
    private static final Logger LOG = Logger.getLogger(ServerConnection.class.getName());
    /** JVM start-up plus loading the OpenNLP models. */
    static final Duration INITIALIZE_TIMEOUT = Duration.ofSeconds(120);

    private static final int STDERR_LINES = 40;

    /** What the server tells the editor; called on the listener executor. */
    public interface Listener {
        void diagnostics(PublishDiagnosticsParams params);

        /** {@code show}: window/showMessage (for the user now) rather than window/logMessage. */
        void message(MessageType type, String text, boolean show);

        /** The server is gone, or never started. */
        void stopped(String why);

        /** workspace/inlayHint/refresh. */
        default void inlayHintsChanged() {}
    }

    private final List<String> command;
    private final Listener listener;
    private final Executor ui;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(daemon("newslint-lsp-send"));
    private final ExecutorService inbox = Executors.newCachedThreadPool(daemon("newslint-lsp-receive"));
    private final CompletableFuture<ServerCapabilities> ready = new CompletableFuture<>();
    private final StderrTail stderr = new StderrTail(STDERR_LINES);
    private final Thread killOnExit = new Thread(this::destroy, "newslint-lsp-kill");
    private volatile Process process;
    private volatile LanguageServer server;
    private volatile boolean stopping;

    /**
     * @param command the server command line, usually {@link ServerLaunch#defaultCommand()}
     * @param ui      where listener calls run ({@code SwingUtilities::invokeLater} in the editor)
     */
    public ServerConnection(List<String> command, Listener listener, Executor ui) {
        this.command = List.copyOf(command);
        this.listener = listener;
        this.ui = ui;
    }

    /** Starts the process and initializes; completes with the server's capabilities. Call once. */
    public CompletableFuture<ServerCapabilities> start() {
        outbox.execute(() -> {
            try {
                ProcessBuilder pb = new ProcessBuilder(command);
                pb.redirectError(ProcessBuilder.Redirect.PIPE);
                Process p = pb.start();
                process = p;
                Runtime.getRuntime().addShutdownHook(killOnExit);
                stderr.drain(p.getErrorStream());
                Launcher<LanguageServer> launcher =
                        LSPLauncher.createClientLauncher(this, p.getInputStream(), p.getOutputStream(), inbox, null);
                Future<Void> listening = launcher.startListening();
                server = launcher.getRemoteProxy();
                watch(p, listening);
                InitializeResult result = server.initialize(ServerLaunch.initializeParams())
                        .get(INITIALIZE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                server.initialized(new InitializedParams());
                ServerCapabilities caps =
                        result.getCapabilities() == null ? new ServerCapabilities() : result.getCapabilities();
                if (caps.getPositionEncoding() != null
                        && !caps.getPositionEncoding().equals("utf-16")) {
                    throw new IllegalStateException("the server chose position encoding " + caps.getPositionEncoding()
                            + ", but this editor offered only utf-16");
                }
                ready.complete(caps);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while starting the server");
            } catch (TimeoutException e) {
                fail("the server did not answer initialize within " + INITIALIZE_TIMEOUT.toSeconds() + " s"
                        + stderr.lastLineNote());
            } catch (Exception e) {
                Throwable cause =
                        e instanceof java.util.concurrent.ExecutionException && e.getCause() != null ? e.getCause() : e;
                fail("could not start the newslint server (" + String.join(" ", command) + "): " + cause.getMessage()
                        + stderr.lastLineNote());
            }
        });
        return ready;
    }

    private void fail(String why) {
        ready.completeExceptionally(new IllegalStateException(why));
        destroy();
        ui.execute(() -> listener.stopped(why));
    }

    /** The server's capabilities, or null until it is ready (or if it failed). */
    public ServerCapabilities capabilities() {
        return ready.isDone() && !ready.isCompletedExceptionally() ? ready.join() : null;
    }

    public boolean running() {
        Process p = process;
        return capabilities() != null && p != null && p.isAlive() && !stopping;
    }

    /** The sync kind the server asked for. */
    public TextDocumentSyncKind syncKind() {
        ServerCapabilities caps = capabilities();
        if (caps == null || caps.getTextDocumentSync() == null) {
            return TextDocumentSyncKind.Incremental;
        }
        var sync = caps.getTextDocumentSync();
        TextDocumentSyncKind k =
                sync.isLeft() ? sync.getLeft() : sync.getRight().getChange();
        return k == null ? TextDocumentSyncKind.None : k;
    }

    /** Inlay hints are requested only when the server advertises {@code inlayHintProvider}. */
    public boolean inlayHintsSupported() {
        ServerCapabilities caps = capabilities();
        if (caps == null || caps.getInlayHintProvider() == null) {
            return false;
        }
        var p = caps.getInlayHintProvider();
        return p.isRight() || Boolean.TRUE.equals(p.getLeft());
    }

    public boolean hoverSupported() {
        ServerCapabilities caps = capabilities();
        return caps != null
                && caps.getHoverProvider() != null
                && (caps.getHoverProvider().isRight()
                        || Boolean.TRUE.equals(caps.getHoverProvider().getLeft()));
    }

    public boolean documentSymbolsSupported() {
        ServerCapabilities caps = capabilities();
        return caps != null
                && caps.getDocumentSymbolProvider() != null
                && (caps.getDocumentSymbolProvider().isRight()
                        || Boolean.TRUE.equals(caps.getDocumentSymbolProvider().getLeft()));
    }

    // ------------------------------------------------------------------ notifications, in order

    public void didOpen(TextDocumentItem item) {
        send(() -> server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(item)));
    }

    public void didChange(DidChangeTextDocumentParams params) {
        send(() -> server.getTextDocumentService().didChange(params));
    }

    public void didClose(String uri) {
        send(() -> server.getTextDocumentService()
                .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))));
    }

    private void send(Runnable notification) {
        if (stopping) {
            return;
        }
        outbox.execute(() -> {
            if (capabilities() == null || stopping) {
                return;
            }
            try {
                notification.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "cannot send to the server", e);
            }
        });
    }

    // ------------------------------------------------------------------ requests

    public CompletableFuture<Hover> hover(String uri, Position position) {
        return request(() ->
                server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
    }

    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbols(String uri) {
        return request(() -> server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
    }

    public CompletableFuture<List<InlayHint>> inlayHints(String uri, Range range) {
        if (!inlayHintsSupported()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return request(() ->
                server.getTextDocumentService().inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), range)));
    }

    /** Sends a request after everything queued before it; fails when there is no server. */
    private <T> CompletableFuture<T> request(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<CompletableFuture<T>> sent = new CompletableFuture<>();
        if (stopping) {
            return CompletableFuture.failedFuture(new IllegalStateException("the server is stopping"));
        }
        outbox.execute(() -> {
            if (capabilities() == null || stopping) {
                sent.completeExceptionally(new IllegalStateException("the newslint server is not running"));
                return;
            }
            try {
                sent.complete(call.get());
            } catch (RuntimeException e) {
                sent.completeExceptionally(e);
            }
        });
        return sent.thenCompose(f -> f);
    }

    // ------------------------------------------------------------------ shutting down

    /**
     * Sends what is queued, then shutdown and exit, waits for the process and kills it if it does
     * not go. Never blocks the caller; the future completes when the process is gone.
     */
    public CompletableFuture<Void> stop(Duration grace) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(
                () -> {
                    try {
                        CompletableFuture<Void> flushed = CompletableFuture.runAsync(() -> {}, outbox);
                        flushed.get(grace.toMillis(), TimeUnit.MILLISECONDS);
                        stopping = true;
                        Process p = process;
                        if (capabilities() != null && p != null && p.isAlive()) {
                            server.shutdown().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                            server.exit();
                            p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        LOG.log(Level.FINE, "server did not shut down cleanly", e);
                    } finally {
                        stopping = true;
                        destroy();
                        outbox.shutdownNow();
                        inbox.shutdownNow();
                        try {
                            Runtime.getRuntime().removeShutdownHook(killOnExit);
                        } catch (IllegalStateException | IllegalArgumentException e) {
                            // the JVM is already shutting down, or the hook was never added
                        }
                        done.complete(null);
                    }
                },
                "newslint-lsp-stop");
        t.setDaemon(true);
        t.start();
        return done;
    }

    /** The exit status after the process ended, or null. */
    public Integer exitStatus() {
        Process p = process;
        return p == null || p.isAlive() ? null : p.exitValue();
    }

    private void destroy() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void watch(Process p, Future<Void> listening) {
        Thread t = new Thread(
                () -> {
                    try {
                        listening.get();
                    } catch (Exception e) {
                        LOG.log(Level.FINE, "connection ended", e);
                    }
                    int status;
                    try {
                        p.waitFor(5, TimeUnit.SECONDS);
                        status = p.isAlive() ? -1 : p.exitValue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (!stopping && ready.isDone() && !ready.isCompletedExceptionally()) {
                        String why =
                                "the newslint server stopped" + (status >= 0 ? " (exit status " + status + ")" : "")
                                        + stderr.lastLineNote() + "; M-x newslint-restart-server starts it again";
                        ui.execute(() -> listener.stopped(why));
                    }
                },
                "newslint-lsp-watch");
        t.setDaemon(true);
        t.start();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The server's recent stderr lines, for the messages log. */
    public List<String> stderrTail() {
        return stderr.lines();
    }

    // ------------------------------------------------------------------ LanguageClient

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        ui.execute(() -> listener.diagnostics(params));
    }

    @Override
    public void showMessage(MessageParams params) {
        ui.execute(() -> listener.message(params.getType(), params.getMessage(), true));
    }

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
