package org.newslint.swing;

import java.awt.Point;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.PlainDocument;
import javax.swing.tree.DefaultMutableTreeNode;

/**
 * The editor window: wires its parts together and runs its life. One buffer ({@link EditorBuffer})
 * in an Emacs-keyed text area ({@link WindowLayout}), with the editing, file and window commands;
 * one server ({@link ServerSession}) whose events ({@link ServerEvents}) become underlines, the
 * diagnostic at point in the echo line, the outline and inlay hints ({@link ServerViews}) and
 * hovers ({@link HoverRequests}). It opens a file, visits another, and quits. It never waits for
 * the server on the event thread: requests return futures whose results come back through
 * {@code invokeLater} and are dropped if the text changed meanwhile.
 */
final class EditorWindow {
    private final Commands commands = new Commands();
    private final UndoHistory undo = new UndoHistory();
    private final InlayHints inlays = new InlayHints();
    private final EditorBuffer buffer = new EditorBuffer();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final WindowLayout layout;
    private final EmacsTextArea area;
    private final EchoArea echo;
    private final CommandLoop loop;
    private final EditingCommands editing;
    private final HoverPopup hover;
    private final ServerSession session;
    private final StatusLines status;
    private final ServerViews views;
    private final HoverRequests hovers;
    private final ServerEvents events;
    private final DiagnosticUnderlines underlines;
    private boolean inCommand;
    private boolean quitting;

    EditorWindow(List<String> serverCommand) {
        layout = new WindowLayout(this::jumpTo, this::closeRequested);
        area = layout.area();
        echo = layout.echo();
        hover = new HoverPopup(area);
        loop = new CommandLoop(Keymap.emacs(), commands, echo);
        editing = new EditingCommands(area, loop, new KillRing(systemClipboard()), echo, undo);
        session = new ServerSession(serverCommand, buffer, SwingUtilities::invokeLater);
        status = new StatusLines(layout.frame()::setTitle, layout.modeLine(), area, buffer, session, editing);
        views = new ServerViews(session, buffer, area, layout.outline(), inlays, SwingUtilities::invokeLater);
        hovers = new HoverRequests(session, buffer, area, hover, echo, SwingUtilities::invokeLater);
        events = new ServerEvents(session, buffer, echo, loop, status, views::refreshInlayHints, () -> quitting);
        underlines = new DiagnosticUnderlines(area);

        editing.register(commands);
        new FileCommands(area, echo, loop, buffer, session, status, this::load, this::quit).register(commands);
        new WindowCommands(layout, loop, editing, buffer, session, views, hovers, this::startServer).register(commands);
        loop.beforeCommand(name -> {
            inCommand = true;
            echo.commandStarting();
            undo.commandStarting(name);
            hover.hide();
        });
        loop.afterCommand(name -> {
            inCommand = false;
            if (!echo.messageSet() && !loop.inMode() && !echo.reading()) {
                showDiagnosticAtPoint();
            }
            status.updateModeLine();
        });

        area.setCommandLoop(loop);
        area.setInlayHints(inlays);
        area.onKey(hover::hide);
        area.addCaretListener(e -> {
            if (!inCommand && !loop.inMode() && !echo.reading()) {
                showDiagnosticAtPoint();
            }
            status.updateModeLine();
        });
        area.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                editing.deactivateMark();
                hover.hide();
            }
        });
        hovers.followMouse();
        echo.setReturnFocus(area::requestFocusInWindow);
    }

    /** Shows the window with a file's text (or an empty buffer) and starts the server. */
    void open(Path path, BufferFile.Loaded loaded) {
        load(path, loaded);
        startServer();
        layout.frame().setVisible(true);
        area.requestFocusInWindow();
        if (path != null) {
            echo.message(loaded.existed() ? "" : "(New file)");
        }
    }

    /** Puts a file's text in the buffer, in place of what was there, and opens it on the server. */
    private void load(Path path, BufferFile.Loaded loaded) {
        if (buffer.sync() != null) {
            session.close(buffer.sync().uri());
        }
        PlainDocument doc = EditorBuffer.document(loaded.text());
        area.setDocument(doc);
        area.setCaretPosition(0);
        buffer.visit(path, loaded.lineSeparator());
        undo.clear();
        doc.addUndoableEditListener(undo);
        doc.addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                edited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                edited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attributes only
            }
        });
        DocumentSync sync = new DocumentSync(doc, buffer.uri(), buffer.languageId());
        session.adoptSyncKind(sync);
        doc.addDocumentListener(sync);
        sync.onChange(session::scheduleFlush);
        DiagnosticsModel diagnostics = new DiagnosticsModel(doc);
        diagnostics.addListener(this::diagnosticsChanged);
        buffer.attach(sync, diagnostics);
        editing.reset();
        inlays.clear();
        underlines.clear();
        layout.outline().update(new DefaultMutableTreeNode("outline"));
        layout.outline().setStatus("Waiting for the server…");
        session.open(sync);
        status.updateTitle();
        status.updateModeLine();
    }

    private void startServer() {
        session.start(events, () -> {
            status.updateModeLine();
            if (layout.outlineShowing()) {
                views.refreshOutline();
            }
        });
        status.updateModeLine();
    }

    private void edited() {
        buffer.edited();
        hover.hide();
        status.updateTitle();
    }

    private void diagnosticsChanged() {
        underlines.show(buffer.diagnostics().entries());
        if (!inCommand && !loop.inMode() && !echo.reading() && !echo.messageSet()) {
            showDiagnosticAtPoint();
        }
        status.updateModeLine();
        if (layout.outlineShowing()) {
            views.refreshOutline();
        }
        views.refreshInlayHints();
    }

    private void showDiagnosticAtPoint() {
        DiagnosticsModel diagnostics = buffer.diagnostics();
        if (diagnostics == null) {
            return;
        }
        DiagnosticsModel.Entry e = diagnostics.at(area.getCaretPosition());
        echo.showIdle(e == null ? "" : e.describe());
    }

    private void jumpTo(OutlineModel.Item item) {
        editing.deactivateMark();
        area.getCaret().setDot(Math.min(item.offset(), area.getDocument().getLength()));
        area.requestFocusInWindow();
        loop.execute("recenter");
        showDiagnosticAtPoint();
    }

    /** The window's close button: asks as C-x C-c does. */
    private void closeRequested() {
        area.requestFocusInWindow();
        loop.execute("save-buffers-kill-terminal");
    }

    /** Closes the window and stops the server; {@link #awaitClosed} returns when it has gone. */
    void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        hover.hide();
        hovers.stop();
        layout.frame().setVisible(false);
        layout.frame().dispose();
        session.stop().whenComplete((v, ex) -> closed.countDown());
    }

    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Clipboard systemClipboard() {
        try {
            return Toolkit.getDefaultToolkit().getSystemClipboard();
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ for SwingEditor

    WindowLayout layout() {
        return layout;
    }

    EditorBuffer buffer() {
        return buffer;
    }

    CommandLoop loop() {
        return loop;
    }

    HoverPopup hover() {
        return hover;
    }

    /** Shows the hover for the word under a point in the text area, as resting the mouse there does. */
    void hoverAt(Point p) {
        hovers.at(p);
    }
}
