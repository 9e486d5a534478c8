package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What the server says, as the window takes it in: no display and no real server needed. */
class ServerEventsTest {
    private final WindowFixture f = EditingFixture.onEdt(WindowFixture::new);
    private final int[] inlayRefreshes = {0};
    private final boolean[] quitting = {false};
    private final ServerEvents events = new ServerEvents(
            f.session, f.buffer, f.echo, f.loop, f.status, () -> inlayRefreshes[0]++, () -> quitting[0]);

    private <T> T edt(java.util.concurrent.Callable<T> c) {
        return EditingFixture.onEdt(c);
    }

    @Test
    void messagesAreLoggedAndShownOnlyWhenMeantForTheUserAndTheLineIsFree() {
        edt(() -> {
            events.message(MessageType.Info, "models loaded", false);
            assertThat(f.echo.log()).containsExactly("newslint server: models loaded");
            assertThat(f.echo.currentText()).isEmpty();
            events.message(MessageType.Warning, "slow analysis", true);
            assertThat(f.echo.currentText()).isEqualTo("slow analysis");
            events.message(MessageType.Error, "model missing", false);
            assertThat(f.echo.currentText()).as("errors always show").isEqualTo("model missing");
            f.loop.enterMode(new CommandLoop.Mode() {
                @Override
                public boolean key(String key) {
                    return true;
                }

                @Override
                public void typed(char c) {}
            });
            events.message(MessageType.Error, "later", true);
            assertThat(f.echo.currentText())
                    .as("not over a question being asked")
                    .isEqualTo("model missing");
            assertThat(f.echo.log()).endsWith("newslint server: later");
            return null;
        });
    }

    @Test
    void aStoppedServerIsNewsUnlessTheWindowIsClosing() {
        edt(() -> {
            f.load(Path.of("a.txt"), "Text.\n", "\n");
            events.stopped("the newslint server stopped (exit status 1)");
            assertThat(f.echo.currentText()).isEqualTo("the newslint server stopped (exit status 1)");
            assertThat(f.modeLine.getText()).contains("newslint: not running");
            quitting[0] = true;
            f.echo.message("");
            events.stopped("gone");
            assertThat(f.echo.currentText()).isEmpty();
            events.inlayHintsChanged();
            assertThat(inlayRefreshes[0]).isEqualTo(1);
            return null;
        });
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void diagnosticsAreTakenOnlyWhileThereIsAServer() throws Exception {
        String uri = edt(() -> {
            f.load(Path.of("a.txt"), "The bridge will close.\n", "\n");
            return f.buffer.uri();
        });
        PublishDiagnosticsParams p = new PublishDiagnosticsParams(
                uri,
                List.of(new Diagnostic(
                        new Range(new Position(0, 4), new Position(0, 10)),
                        "Vague",
                        DiagnosticSeverity.Warning,
                        "newslint",
                        "x")));
        p.setVersion(1);
        edt(() -> {
            events.diagnostics(p);
            assertThat(f.buffer.diagnostics().publications())
                    .as("no server: a late publication is dropped")
                    .isZero();
            f.session.start(events, () -> {});
            events.diagnostics(p);
            assertThat(f.buffer.diagnostics().entries())
                    .extracting(DiagnosticsModel.Entry::startOffset)
                    .containsExactly(4);
            f.area.insert("Now ", 0);
            events.diagnostics(p);
            assertThat(f.buffer.diagnostics().publications())
                    .as("with an edit unsent, no version is current")
                    .isEqualTo(1);
            return null;
        });
        f.session.stop().get(20, TimeUnit.SECONDS);
    }
}
