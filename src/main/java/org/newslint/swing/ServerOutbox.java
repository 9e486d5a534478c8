package org.newslint.swing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything the editor sends to the server goes through here, in order, on one background
 * thread, so the event thread never waits on a pipe and a request always follows the edits made
 * before it. Until the server has initialized, and once it is stopping, notifications are dropped
 * and requests fail.
 */
final class ServerOutbox {
    /** Logs under the connection's name, as the connection did before this class was split off. */
    private static final Logger LOG = Logger.getLogger(ServerConnection.class.getName());

    private final ExecutorService thread = Executors.newSingleThreadExecutor(daemon("newslint-lsp-send"));
    private final BooleanSupplier initialized;
    private final BooleanSupplier stopping;

    /**
     * @param initialized whether the server has answered initialize (checked when a message's turn comes)
     * @param stopping    whether the connection is being stopped (checked when a message is queued and when its turn comes)
     */
    ServerOutbox(BooleanSupplier initialized, BooleanSupplier stopping) {
        this.initialized = initialized;
        this.stopping = stopping;
    }

    /** Runs a task in turn, whatever the state (starting the server is the first). */
    void execute(Runnable task) {
        thread.execute(task);
    }

    /** Sends a notification in turn if the server is up by then; a failure to send is logged. */
    void send(Runnable notification) {
        if (stopping.getAsBoolean()) {
            return;
        }
        thread.execute(() -> {
            if (!initialized.getAsBoolean() || stopping.getAsBoolean()) {
                return;
            }
            try {
                notification.run();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "cannot send to the server", e);
            }
        });
    }

    /** Sends a request after everything queued before it; fails when there is no server. */
    <T> CompletableFuture<T> request(Supplier<CompletableFuture<T>> call) {
        CompletableFuture<CompletableFuture<T>> sent = new CompletableFuture<>();
        if (stopping.getAsBoolean()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the server is stopping"));
        }
        thread.execute(() -> {
            if (!initialized.getAsBoolean() || stopping.getAsBoolean()) {
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

    /** Completes when everything queued so far has been sent. */
    CompletableFuture<Void> flushed() {
        return CompletableFuture.runAsync(() -> {}, thread);
    }

    /** Drops whatever is still queued and ends the thread. */
    void shutdownNow() {
        thread.shutdownNow();
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
