package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.swing.text.PlainDocument;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The window's server session without a real server: state, status text and coalesced changes. */
class ServerSessionTest {
    @Test
    void withoutAServerNothingIsSentAndTheModeLineSaysSo() throws Exception {
        WindowFixture f = EditingFixture.onEdt(WindowFixture::new);
        PlainDocument doc = EditingFixture.onEdt(() -> f.load(Path.of("a.txt"), "Text.\n", "\n"));
        assertThat(f.session.connection()).isNull();
        assertThat(f.session.status(f.buffer.diagnostics())).isEqualTo("newslint: not running");
        assertThat(f.session.stderrTail()).isEmpty();
        f.session.open(f.buffer.sync());
        f.session.close(f.buffer.uri());
        f.session.discard();
        assertThat(f.session.stop()).as("nothing to stop").isCompleted();
        EditingFixture.onEdt(() -> {
            doc.insertString(0, "One. ", null);
            doc.insertString(0, "Two. ", null);
            return null;
        });
        assertThat(f.ui).as("one flush for everything a command did").hasSize(1);
        assertThat(f.buffer.sync().hasPendingChanges()).isTrue();
        EditingFixture.onEdt(() -> {
            f.runQueued();
            return null;
        });
        assertThat(f.buffer.sync().hasPendingChanges())
                .as("taken, though there was no server to send them to")
                .isFalse();
        EditingFixture.onEdt(() -> {
            doc.insertString(0, "Three. ", null);
            return null;
        });
        assertThat(f.ui).as("the next change schedules the next flush").hasSize(1);
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aServerThatCannotStartIsStartingThenNotRunning() throws Exception {
        WindowFixture f = EditingFixture.onEdt(WindowFixture::new);
        EditingFixture.onEdt(() -> f.load(null, "", "\n"));
        CompletableFuture<String> stopped = new CompletableFuture<>();
        int[] ready = {0};
        EditingFixture.onEdt(() -> {
            f.session.start(
                    new ServerConnection.Listener() {
                        @Override
                        public void diagnostics(PublishDiagnosticsParams params) {}

                        @Override
                        public void message(MessageType type, String text, boolean show) {}

                        @Override
                        public void stopped(String why) {
                            f.session.stopped();
                            stopped.complete(why);
                        }
                    },
                    () -> ready[0]++);
            return null;
        });
        assertThat(f.session.connection()).isNotNull();
        assertThat(f.session.status(f.buffer.diagnostics())).isEqualTo("newslint: starting…");
        Runnable report = f.ui.poll(30, TimeUnit.SECONDS);
        assertThat(report).as("the failure is handed to the event thread").isNotNull();
        EditingFixture.onEdt(() -> {
            report.run();
            return null;
        });
        assertThat(stopped.get(1, TimeUnit.SECONDS)).contains("could not start the newslint server");
        assertThat(f.session.status(f.buffer.diagnostics())).isEqualTo("newslint: not running");
        assertThat(ready[0]).as("never ready").isZero();
        f.session.stop().get(20, TimeUnit.SECONDS);
        f.session.discard();
        assertThat(f.session.connection()).isNull();
    }

    @Test
    void aFailedRequestIsExplainedByItsInnermostCause() {
        Exception e = new RuntimeException("outer", new IllegalStateException("the server is stopping"));
        assertThat(ServerSession.rootMessage(e)).isEqualTo("the server is stopping");
        assertThat(ServerSession.rootMessage(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
    }
}
