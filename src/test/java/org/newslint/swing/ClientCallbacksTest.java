package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.junit.jupiter.api.Test;

/** What lsp4j delivers reaches the listener only on the executor given, and requests are answered at once. */
class ClientCallbacksTest {
    private final List<Runnable> queued = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private final ClientCallbacks client = new ClientCallbacks(
            new ServerConnection.Listener() {
                @Override
                public void diagnostics(PublishDiagnosticsParams params) {
                    heard.add("diagnostics " + params.getUri());
                }

                @Override
                public void message(MessageType type, String text, boolean show) {
                    heard.add((show ? "show " : "log ") + type + " " + text);
                }

                @Override
                public void stopped(String why) {
                    heard.add("stopped");
                }

                @Override
                public void inlayHintsChanged() {
                    heard.add("inlay hints");
                }
            },
            queued::add);

    private void runQueued() {
        queued.forEach(Runnable::run);
        queued.clear();
    }

    @Test
    void everyCallIsHandedToTheExecutorInOrder() {
        client.publishDiagnostics(new PublishDiagnosticsParams("file:///a.txt", List.of()));
        client.showMessage(new MessageParams(MessageType.Warning, "careful"));
        client.logMessage(new MessageParams(MessageType.Info, "loaded"));
        client.telemetryEvent("ignored");
        assertThat(heard).as("nothing runs on lsp4j's thread").isEmpty();
        runQueued();
        assertThat(heard).containsExactly("diagnostics file:///a.txt", "show Warning careful", "log Info loaded");
    }

    @Test
    void requestsAreAnsweredAtOnce() {
        ShowMessageRequestParams ask = new ShowMessageRequestParams();
        ask.setType(MessageType.Error);
        ask.setMessage("restart?");
        assertThat(client.showMessageRequest(ask)).isCompletedWithValue(null);
        assertThat(client.refreshInlayHints()).isCompletedWithValue(null);
        runQueued();
        assertThat(heard).containsExactly("show Error restart?", "inlay hints");
    }
}
