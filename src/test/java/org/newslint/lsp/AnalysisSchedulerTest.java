package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.Prose;

/**
 * The scheduler alone, with an analysis that records what it was asked and can be held mid-run:
 * debounce, supersession, cancellation, requests joining the pending job, and that only current
 * versions are published. Every wait is on a latch, a queue or a future.
 */
class AnalysisSchedulerTest {
    private static final String URI = "file:///a.txt";
    private static final long LONG_DEBOUNCE = 60_000;

    private final Map<String, Integer> openVersion = new ConcurrentHashMap<>();
    private final List<Integer> analysed = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Integer> published = new LinkedBlockingQueue<>();
    private final Map<Integer, BooleanSupplier> cancellation = new ConcurrentHashMap<>();
    private volatile CountDownLatch running = new CountDownLatch(0);
    private volatile CountDownLatch release = new CountDownLatch(0);
    private AnalysisScheduler scheduler;

    @AfterEach
    void stop() {
        scheduler.shutdown();
    }

    private AnalysisScheduler scheduler(long debounceMillis) {
        scheduler = new AnalysisScheduler(
                debounceMillis,
                this::analyse,
                doc -> openVersion.getOrDefault(doc.uri(), -1) == doc.version(),
                a -> published.add(a.document().version()));
        return scheduler;
    }

    /** Records the version, waits while the test holds it, and gives up between "paragraphs" when cancelled. */
    private ArticleAnalysis analyse(Document doc, BooleanSupplier cancelled) {
        analysed.add(doc.version());
        cancellation.put(doc.version(), cancelled);
        running.countDown();
        try {
            assertThat(release.await(20, TimeUnit.SECONDS)).as("released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("superseded");
        }
        return new ArticleAnalysis(doc, Prose.of(doc), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private Document open(int version) {
        openVersion.put(URI, version);
        return new Document(URI, version, "Text of version " + version + ".", DocumentFormat.PLAIN_TEXT);
    }

    @Test
    void aDocumentJustOpenedIsAnalysedAndPublishedWithoutWaitingOutTheDebounce() throws Exception {
        AnalysisScheduler s = scheduler(LONG_DEBOUNCE);
        s.scheduleNow(open(1));
        assertThat(published.poll(20, TimeUnit.SECONDS))
                .as("published long before the debounce")
                .isEqualTo(1);
        assertThat(analysed).containsExactly(1);
    }

    @Test
    void anEditRightAfterOpeningSupersedesTheOpeningAnalysis() throws Exception {
        AnalysisScheduler s = scheduler(0);
        running = new CountDownLatch(1);
        release = new CountDownLatch(1);
        s.scheduleNow(open(1));
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        s.schedule(open(2));
        release.countDown();
        assertThat(published.poll(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(published.poll(200, TimeUnit.MILLISECONDS))
                .as("version 1 is never published")
                .isNull();
    }

    @Test
    void aRequestDuringTheDebounceJoinsThePendingAnalysisInsteadOfStartingAnother() throws Exception {
        AnalysisScheduler s = scheduler(LONG_DEBOUNCE);
        Document v1 = open(1);
        s.schedule(v1);
        ArticleAnalysis forHover = s.analysisFor(v1).get(20, TimeUnit.SECONDS);
        ArticleAnalysis forSymbols = s.analysisFor(v1).get(20, TimeUnit.SECONDS);
        assertThat(forHover.document().version()).isEqualTo(1);
        assertThat(forSymbols).isSameAs(forHover);
        assertThat(analysed).containsExactly(1);
        assertThat(published.poll(20, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void editsDuringTheDebounceAreAnalysedOnceForTheNewestVersion() throws Exception {
        AnalysisScheduler s = scheduler(LONG_DEBOUNCE);
        for (int v = 1; v <= 5; v++) {
            s.schedule(open(v));
        }
        assertThat(s.analysisFor(open(5)).get(20, TimeUnit.SECONDS).document().version())
                .isEqualTo(5);
        assertThat(analysed).containsExactly(5);
    }

    @Test
    void aSupersededAnalysisIsCancelledAndOnlyTheNewestVersionIsPublished() throws Exception {
        AnalysisScheduler s = scheduler(0);
        running = new CountDownLatch(1);
        release = new CountDownLatch(1);
        s.schedule(open(1));
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(cancellation.get(1).getAsBoolean())
                .as("v1 is wanted while it is the newest")
                .isFalse();
        s.schedule(open(2));
        assertThat(cancellation.get(1).getAsBoolean())
                .as("v1 is cancelled once v2 is scheduled")
                .isTrue();
        release.countDown();
        assertThat(published.poll(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(published.poll(200, TimeUnit.MILLISECONDS))
                .as("nothing for v1, ever")
                .isNull();
        assertThat(analysed).containsExactly(1, 2);
    }

    @Test
    void aRequestKeepsItsVersionsAnalysisAliveButItIsNotPublishedOnceStale() throws Exception {
        AnalysisScheduler s = scheduler(0);
        running = new CountDownLatch(1);
        release = new CountDownLatch(1);
        Document v1 = open(1);
        s.schedule(v1);
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        var hover = s.analysisFor(v1);
        s.schedule(open(2));
        assertThat(cancellation.get(1).getAsBoolean())
                .as("a request still waits for v1")
                .isFalse();
        release.countDown();
        assertThat(hover.get(20, TimeUnit.SECONDS).document().version()).isEqualTo(1);
        assertThat(published.poll(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(published.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aResultForAVersionThatIsNoLongerOpenIsNotPublished() throws Exception {
        AnalysisScheduler s = scheduler(LONG_DEBOUNCE);
        Document v1 = open(1);
        s.schedule(v1);
        openVersion.put(URI, 2); // the store moved on without the scheduler hearing of it
        assertThat(s.analysisFor(v1).get(20, TimeUnit.SECONDS).document().version())
                .isEqualTo(1);
        assertThat(published.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aClosedDocumentsPendingAnalysisNeverRuns() throws Exception {
        AnalysisScheduler s = scheduler(LONG_DEBOUNCE);
        Document closed = open(1);
        s.schedule(closed);
        s.forget(URI);
        openVersion.remove(URI);
        Document other = new Document("file:///b.txt", 1, "Other.", DocumentFormat.PLAIN_TEXT);
        openVersion.put(other.uri(), 1);
        s.schedule(other);
        s.analysisFor(other).get(20, TimeUnit.SECONDS);
        assertThat(published.poll(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(analysed).as("only the other document was analysed").containsExactly(1);
    }
}
