package org.newslint.swing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The editor's side of the protocol, one connection to one server process: starts the newslint
 * server ({@link ServerProcess}, {@code java -cp newslint.jar org.newslint.cli.Main lsp}), talks
 * JSON-RPC to it over its stdin/stdout through lsp4j's client launcher, initializes it, and shuts
 * it down on quit. What is sent goes through the {@link ServerOutbox} in order, so the event thread
 * never waits on a pipe; what is received reaches the listener through {@link ClientCallbacks} on
 * the executor given (the event thread, in the editor).
 */
public final class ServerConnection {
    private static final Logger LOG = Logger.getLogger(ServerConnection.class.getName());
    /** JVM start-up plus loading the OpenNLP models. */
    static final Duration INITIALIZE_TIMEOUT = Duration.ofSeconds(120);

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

    private final ServerProcess process;
    private final Listener listener;
    private final Executor ui;
    private final CompletableFuture<ServerCapabilities> ready = new CompletableFuture<>();
    private volatile LanguageServer server;
    private volatile boolean stopping;
    private final ServerOutbox outbox = new ServerOutbox(() -> capabilities() != null, () -> stopping);
    private final ExecutorService inbox = Executors.newCachedThreadPool(ServerOutbox.daemon("newslint-lsp-receive"));

    /**
     * @param command the server command line, usually {@link #defaultCommand()}
     * @param ui      where listener calls run ({@code SwingUtilities::invokeLater} in the editor)
     */
    public ServerConnection(List<String> command, Listener listener, Executor ui) {
        this.process = new ServerProcess(command);
        this.listener = listener;
        this.ui = ui;
    }

    /** This jar's server on this Java; see {@link ServerProcess#defaultCommand()}. */
    public static List<String> defaultCommand() {
        return ServerProcess.defaultCommand();
    }

    /** Starts the process and initializes; completes with the server's capabilities. Call once. */
    public CompletableFuture<ServerCapabilities> start() {
        outbox.execute(() -> {
            try {
                var p = process.start();
                Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(
                        new ClientCallbacks(listener, ui), p.getInputStream(), p.getOutputStream(), inbox, null);
                Future<Void> listening = launcher.startListening();
                server = launcher.getRemoteProxy();
                process.watch(listening, this::ended);
                InitializeResult result = server.initialize(Capabilities.initializeParams())
                        .get(INITIALIZE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                server.initialized(new InitializedParams());
                ServerCapabilities caps =
                        result.getCapabilities() == null ? new ServerCapabilities() : result.getCapabilities();
                Capabilities.requireUtf16(caps);
                ready.complete(caps);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while starting the server");
            } catch (TimeoutException e) {
                fail("the server did not answer initialize within " + INITIALIZE_TIMEOUT.toSeconds() + " s"
                        + process.lastStderr());
            } catch (Exception e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                fail("could not start the newslint server (" + process.commandLine() + "): " + cause.getMessage()
                        + process.lastStderr());
            }
        });
        return ready;
    }

    private void fail(String why) {
        ready.completeExceptionally(new IllegalStateException(why));
        process.destroy();
        ui.execute(() -> listener.stopped(why));
    }

    /** The process ended: a crash unless it was asked to stop or never got going. */
    private void ended(int status) {
        if (!stopping && ready.isDone() && !ready.isCompletedExceptionally()) {
            String why = "the newslint server stopped" + (status >= 0 ? " (exit status " + status + ")" : "")
                    + process.lastStderr() + "; M-x newslint-restart-server starts it again";
            ui.execute(() -> listener.stopped(why));
        }
    }

    /** The server's capabilities, or null until it is ready (or if it failed). */
    public ServerCapabilities capabilities() {
        return ready.isDone() && !ready.isCompletedExceptionally() ? ready.join() : null;
    }

    public boolean running() {
        return capabilities() != null && process.alive() && !stopping;
    }

    /** The sync kind the server asked for. */
    public TextDocumentSyncKind syncKind() {
        return Capabilities.syncKind(capabilities());
    }

    /** Inlay hints are requested only when the server advertises {@code inlayHintProvider}. */
    public boolean inlayHintsSupported() {
        return Capabilities.inlayHints(capabilities());
    }

    public boolean hoverSupported() {
        return Capabilities.hover(capabilities());
    }

    public boolean documentSymbolsSupported() {
        return Capabilities.documentSymbols(capabilities());
    }

    // ------------------------------------------------------------------ notifications, in order

    public void didOpen(TextDocumentItem item) {
        outbox.send(() -> server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(item)));
    }

    public void didChange(DidChangeTextDocumentParams params) {
        outbox.send(() -> server.getTextDocumentService().didChange(params));
    }

    public void didClose(String uri) {
        outbox.send(() -> server.getTextDocumentService()
                .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri))));
    }

    // ------------------------------------------------------------------ requests

    public CompletableFuture<Hover> hover(String uri, Position position) {
        return outbox.request(() ->
                server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
    }

    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbols(String uri) {
        return outbox.request(() -> server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
    }

    public CompletableFuture<List<InlayHint>> inlayHints(String uri, Range range) {
        if (!inlayHintsSupported()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return outbox.request(() ->
                server.getTextDocumentService().inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), range)));
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
                        outbox.flushed().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                        stopping = true;
                        if (capabilities() != null && process.alive()) {
                            server.shutdown().get(grace.toMillis(), TimeUnit.MILLISECONDS);
                            server.exit();
                            process.waitFor(grace);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        LOG.log(Level.FINE, "server did not shut down cleanly", e);
                    } finally {
                        stopping = true;
                        process.destroy();
                        outbox.shutdownNow();
                        inbox.shutdownNow();
                        process.removeShutdownHook();
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
        return process.exitStatus();
    }

    /** The server's recent stderr lines, for the messages log. */
    public List<String> stderrTail() {
        return process.stderrTail();
    }
}
