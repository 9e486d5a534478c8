package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sending in order on one thread, and what happens before the server is up and once it is stopping. */
class ServerOutboxTest {
    private final AtomicBoolean initialized = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final ServerOutbox outbox = new ServerOutbox(initialized::get, stopping::get);

    @AfterEach
    void shutDown() {
        outbox.shutdownNow();
    }

    private void flush() throws Exception {
        outbox.flushed().get(10, TimeUnit.SECONDS);
    }

    @Test
    void notificationsWaitForNothingButAreDroppedUntilTheServerIsUp() throws Exception {
        outbox.send(() -> sent.add("too early"));
        flush();
        assertThat(sent).isEmpty();
        initialized.set(true);
        outbox.send(() -> sent.add("open"));
        outbox.send(() -> {
            throw new IllegalStateException("pipe closed");
        });
        outbox.send(() -> sent.add("change"));
        flush();
        assertThat(sent).as("in order; a failed send does not stop the next").containsExactly("open", "change");
    }

    @Test
    void aRequestFollowsTheNotificationsQueuedBeforeIt() throws Exception {
        initialized.set(true);
        outbox.send(() -> sent.add("change"));
        CompletableFuture<List<String>> answer =
                outbox.request(() -> CompletableFuture.completedFuture(List.copyOf(sent)));
        assertThat(answer.get(10, TimeUnit.SECONDS)).containsExactly("change");
    }

    @Test
    void requestsFailWithoutAServerAndWhenTheCallFails() {
        CompletableFuture<String> early = outbox.request(() -> CompletableFuture.completedFuture("never"));
        assertThat(early)
                .failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class)
                .withMessageContaining("the newslint server is not running");
        initialized.set(true);
        CompletableFuture<String> broken = outbox.request(() -> {
            throw new IllegalArgumentException("bad params");
        });
        assertThat(broken)
                .failsWithin(Duration.ofSeconds(10))
                .withThrowableOfType(ExecutionException.class)
                .withMessageContaining("bad params");
        stopping.set(true);
        assertThat(outbox.request(() -> CompletableFuture.completedFuture("never")))
                .as("refused at once while stopping")
                .isCompletedExceptionally();
    }

    @Test
    void nothingIsSentOnceStopping() throws Exception {
        initialized.set(true);
        stopping.set(true);
        outbox.send(() -> sent.add("late"));
        flush();
        assertThat(sent).isEmpty();
    }
}
