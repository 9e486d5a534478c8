package org.newslint.lsp;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.text.Document;

/**
 * Runs analyses off the JSON-RPC thread: debounces bursts of edits, lets the newest version win
 * (an older analysis is cancelled between paragraphs) and never publishes a stale version.
 */
final class AnalysisScheduler {
    private static final Logger LOG = Logger.getLogger(AnalysisScheduler.class.getName());

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("newslint-debounce"));
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), daemon("newslint-analysis"));
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final Map<String, ArticleAnalysis> latest = new ConcurrentHashMap<>();
    private final long debounceMillis;

    AnalysisScheduler(long debounceMillis) {
        this.debounceMillis = debounceMillis;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Schedules an analysis of {@code doc} after the debounce delay. {@code currentVersion} tells
     * whether the document has moved on; {@code publish} receives only results that are still current.
     */
    void schedule(Document doc, IntSupplier currentVersion, Function<Document, ArticleAnalysis> analyse,
                  Consumer<ArticleAnalysis> publish) {
        ScheduledFuture<?> previous = pending.put(doc.uri(), timer.schedule(() -> workers.submit(() -> {
            if (currentVersion.getAsInt() != doc.version()) {
                return;
            }
            try {
                ArticleAnalysis result = analyse.apply(doc);
                if (currentVersion.getAsInt() == doc.version()) {
                    latest.put(doc.uri(), result);
                    publish.accept(result);
                }
            } catch (java.util.concurrent.CancellationException superseded) {
                LOG.fine(() -> "analysis of " + doc.uri() + " v" + doc.version() + " superseded");
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.WARNING, "analysis failed for " + doc.uri(), e);
            }
        }), debounceMillis, TimeUnit.MILLISECONDS));
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** The analysis of exactly this version, reusing the published one when it matches. */
    CompletableFuture<ArticleAnalysis> analysisOf(Document doc, Function<Document, ArticleAnalysis> analyse) {
        ArticleAnalysis cached = latest.get(doc.uri());
        if (cached != null && cached.document().version() == doc.version() && cached.document().text().equals(doc.text())) {
            return CompletableFuture.completedFuture(cached);
        }
        return CompletableFuture.supplyAsync(() -> {
            ArticleAnalysis a = analyse.apply(doc);
            latest.merge(doc.uri(), a, (old, neu) -> neu.document().version() >= old.document().version() ? neu : old);
            return a;
        }, workers);
    }

    void forget(String uri) {
        ScheduledFuture<?> f = pending.remove(uri);
        if (f != null) {
            f.cancel(false);
        }
        latest.remove(uri);
    }

    void shutdown() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
