package org.newslint.swing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * The window's own commands, besides editing and files: M-x, going to the next or previous
 * diagnostic, showing the outline, hover at point, restarting the server, and the help windows
 * for the key bindings (C-h b) and the messages so far (C-h e).
 */
final class WindowCommands {
    private final WindowLayout layout;
    private final JTextComponent area;
    private final EchoArea echo;
    private final CommandLoop loop;
    private final EditingCommands editing;
    private final EditorBuffer buffer;
    private final ServerSession session;
    private final ServerViews views;
    private final HoverRequests hovers;
    private final Runnable startServer;

    /** @param startServer starts a server for the window (after the old one was discarded) */
    WindowCommands(
            WindowLayout layout,
            CommandLoop loop,
            EditingCommands editing,
            EditorBuffer buffer,
            ServerSession session,
            ServerViews views,
            HoverRequests hovers,
            Runnable startServer) {
        this.layout = layout;
        this.area = layout.area();
        this.echo = layout.echo();
        this.loop = loop;
        this.editing = editing;
        this.buffer = buffer;
        this.session = session;
        this.views = views;
        this.hovers = hovers;
        this.startServer = startServer;
    }

    void register(Commands c) {
        c.define(
                "execute-extended-command",
                () -> echo.read(
                        "M-x ",
                        "",
                        typed -> completeCommand(c, typed),
                        name -> SwingUtilities.invokeLater(() -> {
                            String n = name.strip();
                            if (!c.has(n)) {
                                echo.error("No command named " + n);
                                return;
                            }
                            loop.execute(n);
                        }),
                        () -> echo.message("Quit")));
        c.define("next-error", () -> gotoDiagnostic(true));
        c.define("previous-error", () -> gotoDiagnostic(false));
        c.define("newslint-outline", this::toggleOutline);
        c.define("newslint-hover", hovers::atPoint);
        c.define("newslint-restart-server", () -> {
            session.discard();
            buffer.diagnostics().clear();
            startServer.run();
            echo.message("Restarting the newslint server");
        });
        c.define("describe-bindings", () -> layout.showText("Key bindings", bindingsTable(loop.keymap())));
        c.define("view-echo-area-messages", () -> {
            List<String> lines = new ArrayList<>(echo.log());
            List<String> stderr = session.stderrTail();
            if (!stderr.isEmpty()) {
                lines.add("");
                lines.add("-- newslint server stderr (last lines) --");
                lines.addAll(stderr);
            }
            layout.showText("Messages", String.join("\n", lines));
        });
    }

    /** M-x completion: every command but self-insertion. */
    static List<String> completeCommand(Commands commands, String typed) {
        return commands.names().stream()
                .filter(n -> n.startsWith(typed) && !n.equals("self-insert-command"))
                .toList();
    }

    /** The key bindings as a two-column text table, for C-h b. */
    static String bindingsTable(Keymap keymap) {
        StringBuilder sb = new StringBuilder();
        keymap.table().forEach((k, c) -> sb.append(String.format(Locale.ROOT, "%-16s %s%n", k, c)));
        return sb.toString();
    }

    private void toggleOutline() {
        if (layout.outlineShowing()) {
            layout.hideOutline();
            echo.message("Outline hidden");
        } else {
            layout.showOutline();
            views.refreshOutline();
            echo.message("Outline: click a quote or a name to go to it");
        }
        layout.relayout();
    }

    private void gotoDiagnostic(boolean forward) {
        int p = area.getCaretPosition();
        DiagnosticsModel diagnostics = buffer.diagnostics();
        DiagnosticsModel.Entry e = forward ? diagnostics.next(p) : diagnostics.previous(p);
        if (e == null) {
            throw new Commands.UserError("No diagnostics in this buffer");
        }
        editing.deactivateMark();
        area.getCaret().setDot(e.startOffset());
        echo.message(e.describe());
    }
}
