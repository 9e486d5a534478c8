package org.newslint.swing;

import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * What the server tells the window, taken in on the event thread: published diagnostics go into
 * the buffer's {@link DiagnosticsModel} (which drops them if they are for older text), messages
 * into the echo line's log (and onto the line when meant for the user and nothing else is being
 * read there), a stopped server into the mode line, and a refresh of the inlay hints.
 */
final class ServerEvents implements ServerConnection.Listener {
    private final ServerSession session;
    private final EditorBuffer buffer;
    private final EchoArea echo;
    private final CommandLoop loop;
    private final StatusLines status;
    private final Runnable inlayHintsChanged;
    private final BooleanSupplier quitting;

    /**
     * @param inlayHintsChanged asks the server for the inlay hints again
     * @param quitting          whether the window is closing, so a stopped server is no news
     */
    ServerEvents(
            ServerSession session,
            EditorBuffer buffer,
            EchoArea echo,
            CommandLoop loop,
            StatusLines status,
            Runnable inlayHintsChanged,
            BooleanSupplier quitting) {
        this.session = session;
        this.buffer = buffer;
        this.echo = echo;
        this.loop = loop;
        this.status = status;
        this.inlayHintsChanged = inlayHintsChanged;
        this.quitting = quitting;
    }

    @Override
    public void diagnostics(PublishDiagnosticsParams params) {
        DocumentSync sync = buffer.sync();
        if (session.connection() != null && sync != null) {
            buffer.diagnostics().accept(params, sync.uri(), sync.hasPendingChanges() ? -1 : sync.version());
        }
    }

    @Override
    public void message(MessageType type, String text, boolean show) {
        echo.remember("newslint server: " + text);
        if ((show || type == MessageType.Error) && !loop.inMode() && !echo.reading()) {
            if (type == MessageType.Error) {
                echo.error(text);
            } else {
                echo.message(text);
            }
        }
    }

    @Override
    public void stopped(String why) {
        session.stopped();
        if (!quitting.getAsBoolean()) {
            echo.error(why);
        }
        status.updateModeLine();
    }

    @Override
    public void inlayHintsChanged() {
        inlayHintsChanged.run();
    }
}
