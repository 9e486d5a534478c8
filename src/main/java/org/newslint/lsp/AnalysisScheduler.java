package org.newslint.lsp;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.text.Document;

/**
 * Owns when analyses run, off the JSON-RPC thread: one job per document, for its newest version.
 * An edit replaces the job: the old one's debounce timer is cancelled and, once running, it is
 * cancelled between paragraphs unless a request is waiting for it. A request joins the job of the
 * version it was made against — scheduled, running or finished — and starts it at once if it is
 * still in its debounce, so a hover while typing never starts a second analysis. A job's result is
 * published only while it is the document's job and its version is current
 * ({@link OpenDocuments#isCurrent}); requests are answered from the version they asked about.
 */
final class AnalysisScheduler {
    private static final Logger LOG = Logger.getLogger(AnalysisScheduler.class.getName());

    /** Analyses one document version; {@code cancelled} turns true when the result is no longer wanted. */
    interface Analysis {
        ArticleAnalysis run(Document doc, BooleanSupplier cancelled);
    }

    /** Where results for the newest version go: the client's diagnostics. */
    interface Publisher {
        void publish(ArticleAnalysis analysis);
    }

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemon("newslint-debounce"));
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), daemon("newslint-analysis"));
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final long debounceMillis;
    private final Analysis analysis;
    private final Predicate<Document> current;
    private final Publisher publisher;

    /** The analysis of one document version, and who is waiting for it. */
    private static final class Job {
        final Document doc;
        final CompletableFuture<ArticleAnalysis> result = new CompletableFuture<>();
        final AtomicBoolean started = new AtomicBoolean();
        final AtomicInteger waitingRequests = new AtomicInteger();
        volatile boolean superseded;
        volatile ScheduledFuture<?> debounce;

        Job(Document doc) {
            this.doc = doc;
        }

        /** Nobody wants the result any more: a newer job replaced this one and no request waits for it. */
        boolean unwanted() {
            return superseded && waitingRequests.get() == 0;
        }
    }

    /**
     * @param current whether a document version is still the open one (the one version check)
     * @param publisher receives the results that are still current when they are ready
     */
    AnalysisScheduler(long debounceMillis, Analysis analysis, Predicate<Document> current, Publisher publisher) {
        this.debounceMillis = debounceMillis;
        this.analysis = analysis;
        this.current = current;
        this.publisher = publisher;
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Analyses {@code doc} after the debounce delay, replacing the document's previous job. */
    void schedule(Document doc) {
        Job job = new Job(doc);
        supersede(jobs.put(doc.uri(), job));
        job.debounce = timer.schedule(() -> start(job), debounceMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Analyses {@code doc} at once, replacing the document's previous job: for a document just opened,
     * whose findings the user is waiting for and which no keystroke will follow within the debounce.
     */
    void scheduleNow(Document doc) {
        Job job = new Job(doc);
        supersede(jobs.put(doc.uri(), job));
        start(job);
    }

    /**
     * The analysis of exactly this version, for a request: the document's job when it is for this
     * version (started now if it is still waiting out the debounce), or a job of its own when the
     * request names a version the scheduler has no job for.
     */
    CompletableFuture<ArticleAnalysis> analysisFor(Document doc) {
        Job job = jobs.get(doc.uri());
        if (job == null || job.doc.version() != doc.version() || !job.doc.text().equals(doc.text())) {
            job = new Job(doc);
            job.superseded = true; // nobody publishes it; only this request wants it
        }
        return join(job);
    }

    /**
     * The analysis the scheduler already holds for exactly this version (its job, finished, running or
     * still in its debounce, which then starts at once), joined like a request; null when it holds
     * none, so that a caller that must not start analyses of its own (workspace/symbol) skips it.
     */
    CompletableFuture<ArticleAnalysis> held(Document doc) {
        Job job = jobs.get(doc.uri());
        if (job == null || job.doc.version() != doc.version() || !job.doc.text().equals(doc.text())) {
            return null;
        }
        return join(job);
    }

    private CompletableFuture<ArticleAnalysis> join(Job joined) {
        joined.waitingRequests.incrementAndGet();
        start(joined);
        return joined.result.whenComplete((a, e) -> joined.waitingRequests.decrementAndGet());
    }

    /** Drops a closed document's job. */
    void forget(String uri) {
        supersede(jobs.remove(uri));
    }

    void shutdown() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private void supersede(Job old) {
        if (old == null) {
            return;
        }
        old.superseded = true;
        ScheduledFuture<?> debounce = old.debounce;
        if (debounce != null) {
            debounce.cancel(false);
        }
        if (!old.started.get() && old.unwanted()) {
            old.result.cancel(false);
        }
    }

    private void start(Job job) {
        if (!job.started.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> debounce = job.debounce;
        if (debounce != null) {
            debounce.cancel(false);
        }
        try {
            workers.execute(() -> run(job));
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            job.result.cancel(false);
        }
    }

    private void run(Job job) {
        if (job.unwanted()) {
            job.result.cancel(false);
            return;
        }
        try {
            long t0 = System.nanoTime();
            ArticleAnalysis result = analysis.run(job.doc, job::unwanted);
            LOG.fine(() -> "analysed " + job.doc.uri() + " v" + job.doc.version() + " in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
            job.result.complete(result);
            if (jobs.get(job.doc.uri()) == job && current.test(job.doc)) {
                publisher.publish(result);
            }
        } catch (CancellationException superseded) {
            LOG.fine(() -> "analysis of " + job.doc.uri() + " v" + job.doc.version() + " superseded");
            job.result.cancel(false);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "analysis failed for " + job.doc.uri(), e);
            job.result.completeExceptionally(e);
        } catch (OutOfMemoryError e) {
            // the analysis's objects are garbage once this frame is left: the server keeps serving, and
            // requests waiting for this version get an error instead of waiting for ever
            LOG.warning("analysis of " + job.doc.uri() + " v" + job.doc.version()
                    + " ran out of memory (the document is too large for this heap; see the README's Limits)");
            job.result.completeExceptionally(e);
        }
    }
}
