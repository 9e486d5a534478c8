package org.newslint.swing;

import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import javax.swing.JLabel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.PlainDocument;

/**
 * The parts of the editor window that need no display, wired as {@link EditorWindow} wires them
 * but without a frame or a server: a text area, the echo line, the command loop with the editing
 * commands, the buffer, a server session whose event-thread work is queued for the test to run,
 * and the status lines. Create and use it on the event thread.
 */
final class WindowFixture {
    final EmacsTextArea area = new EmacsTextArea();
    final EchoArea echo = new EchoArea(new Font(Font.MONOSPACED, Font.PLAIN, 12), () -> {});
    final Commands commands = new Commands();
    final CommandLoop loop = new CommandLoop(Keymap.emacs(), commands, echo);
    final EditingCommands editing = new EditingCommands(area, loop, new KillRing(null), echo, new UndoHistory());
    final EditorBuffer buffer = new EditorBuffer();
    /** What the session hands to the event thread; thread-safe, as a server's answers arrive on other threads. */
    final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    final ServerSession session = new ServerSession(List.of("/nonexistent/newslint-server"), buffer, ui::add);
    final List<String> titles = new CopyOnWriteArrayList<>();
    final JLabel modeLine = new JLabel(" ");
    final StatusLines status = new StatusLines(titles::add, modeLine, area, buffer, session, editing);

    WindowFixture() {
        editing.register(commands);
    }

    /** Puts a text in the buffer as visiting {@code file} would (no server to tell). */
    PlainDocument load(Path file, String text, String separator) {
        PlainDocument doc = EditorBuffer.document(text);
        area.setDocument(doc);
        area.setCaretPosition(0);
        buffer.visit(file, separator);
        doc.addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                buffer.edited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                buffer.edited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {}
        });
        DocumentSync sync = new DocumentSync(doc, buffer.uri(), buffer.languageId());
        doc.addDocumentListener(sync);
        sync.onChange(session::scheduleFlush);
        buffer.attach(sync, new DiagnosticsModel(doc));
        return doc;
    }

    /** Runs what was handed to the event thread so far. */
    void runQueued() {
        Runnable r;
        while ((r = ui.poll()) != null) {
            r.run();
        }
    }
}
