package org.newslint.swing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The window's server, one at a time: starts it, drops it for a restart, stops it on quit, and
 * says how it is doing for the mode line. It also keeps the buffer's text in step on the server
 * (didOpen, didClose, and one didChange for everything a command did), never waiting for it.
 */
final class ServerSession {
    static final Duration STOP_GRACE = Duration.ofSeconds(3);

    private final List<String> command;
    private final EditorBuffer buffer;
    private final Executor ui;
    private ServerConnection server;
    private String state = "starting…";
    private boolean flushScheduled;

    /**
     * @param ui the event thread ({@code SwingUtilities::invokeLater}): where the server's answers
     *           and the coalesced didChange run
     */
    ServerSession(List<String> command, EditorBuffer buffer, Executor ui) {
        this.command = List.copyOf(command);
        this.buffer = buffer;
        this.ui = ui;
    }

    /** The current connection, or null before the first start and during a restart. */
    ServerConnection connection() {
        return server;
    }

    /**
     * Starts a server and opens the buffer on it; {@code ready} runs on the event thread once it
     * has initialized, unless another has replaced it by then.
     */
    void start(ServerConnection.Listener listener, Runnable ready) {
        ServerConnection s = new ServerConnection(command, listener, ui);
        server = s;
        state = "starting…";
        s.start()
                .thenAcceptAsync(
                        caps -> {
                            if (server != s) {
                                return;
                            }
                            state = "ready";
                            buffer.sync().setSyncKind(s.syncKind());
                            ready.run();
                        },
                        ui);
        s.didOpen(buffer.sync().openItem());
    }

    /** Stops the server without waiting and forgets it: until the next start there is none. */
    void discard() {
        ServerConnection old = server;
        server = null;
        if (old != null) {
            old.stop(STOP_GRACE);
        }
    }

    /** Stops the server for good; completes when its process has gone, at once if there is none. */
    CompletableFuture<Void> stop() {
        ServerConnection s = server;
        return s == null ? CompletableFuture.completedFuture(null) : s.stop(STOP_GRACE);
    }

    /** The server reported that it stopped (or never started). */
    void stopped() {
        state = "not running";
    }

    /** The server part of the mode line. */
    String status(DiagnosticsModel diagnostics) {
        if (server == null || state.equals("not running")) {
            return "newslint: not running";
        } else if (!state.equals("ready")) {
            return "newslint: " + state;
        } else if (diagnostics.publishedVersion() < 0) {
            return "newslint: analysing…";
        }
        return "newslint: " + diagnostics.summary();
    }

    /** Gives a new document the sync kind the server asked for, if it has said. */
    void adoptSyncKind(DocumentSync sync) {
        if (server != null && server.capabilities() != null) {
            sync.setSyncKind(server.syncKind());
        }
    }

    void open(DocumentSync sync) {
        if (server != null) {
            server.didOpen(sync.openItem());
        }
    }

    void close(String uri) {
        if (server != null) {
            server.didClose(uri);
        }
    }

    /** Sends the buffer's changes after the current event: one didChange for everything a command did. */
    void scheduleFlush() {
        if (flushScheduled) {
            return;
        }
        flushScheduled = true;
        ui.execute(() -> {
            flushScheduled = false;
            var params = buffer.sync().takeChanges();
            if (params != null && server != null) {
                server.didChange(params);
            }
        });
    }

    /** The server's last stderr lines, for C-h e; empty without a server. */
    List<String> stderrTail() {
        return server == null ? List.of() : server.stderrTail();
    }

    /** The innermost cause's message, for an echo-line error about a failed request. */
    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
