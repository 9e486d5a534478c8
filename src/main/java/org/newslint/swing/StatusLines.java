package org.newslint.swing;

import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.text.Element;
import javax.swing.text.JTextComponent;

/**
 * The window's two status lines, redrawn from the state they show: the title bar (buffer name,
 * a star when modified, directory) and the Emacs mode line (modified flag, name, line and column,
 * mode, what the server says, whether the mark is active).
 */
final class StatusLines {
    private final Consumer<String> title;
    private final JLabel modeLine;
    private final JTextComponent area;
    private final EditorBuffer buffer;
    private final ServerSession session;
    private final EditingCommands editing;

    StatusLines(
            Consumer<String> title,
            JLabel modeLine,
            JTextComponent area,
            EditorBuffer buffer,
            ServerSession session,
            EditingCommands editing) {
        this.title = title;
        this.modeLine = modeLine;
        this.area = area;
        this.buffer = buffer;
        this.session = session;
        this.editing = editing;
    }

    void updateTitle() {
        title.accept(buffer.title());
    }

    void updateModeLine() {
        DiagnosticsModel diagnostics = buffer.diagnostics();
        if (diagnostics == null) {
            return;
        }
        int p = area.getCaretPosition();
        Element root = area.getDocument().getDefaultRootElement();
        int line = root.getElementIndex(p);
        int col = p - root.getElement(line).getStartOffset();
        modeLine.setText(modeLine(
                buffer.modified(),
                buffer.name(),
                line + 1,
                col,
                buffer.modeName(),
                session.status(diagnostics),
                editing.markActive()));
    }

    /** The mode line's text; {@code line} counts from 1 and {@code column} from 0, as in Emacs. */
    static String modeLine(
            boolean modified, String name, int line, int column, String mode, String status, boolean mark) {
        return String.format(
                Locale.ROOT,
                "-:%s-  %-24s  L%-4d C%-3d  (%s)   %s%s",
                modified ? "**" : "--",
                name,
                line,
                column,
                mode,
                status,
                mark ? "   [mark]" : "");
    }
}
