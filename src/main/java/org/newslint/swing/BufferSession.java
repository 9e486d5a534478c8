package org.newslint.swing;

import java.nio.file.Path;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.PlainDocument;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * The buffer's life with the server: loading a file into the window, starting the server for it,
 * and sending edits as versioned changes after a short pause in typing.
 */
final class BufferSession {
    private final EditorWindow window;

    BufferSession(EditorWindow window) {
        this.window = window;
    }

    // ------------------------------------------------------------------ opening and the server

    /** Shows the window with a file's text (or an empty buffer) and starts the server. */
    void open(Path path, BufferFile.Loaded loaded) {
        load(path, loaded);
        startServer();
        window.frame.setVisible(true);
        window.area.requestFocusInWindow();
        if (path != null) {
            window.echo.message(loaded.existed() ? "" : "(New file)");
        }
    }

    void load(Path path, BufferFile.Loaded loaded) {
        if (window.sync != null && window.server != null) {
            window.server.didClose(window.sync.uri());
        }
        PlainDocument doc = new PlainDocument();
        try {
            doc.insertString(0, loaded.text(), null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        doc.setDocumentFilter(new LineBreakFilter());
        window.area.setDocument(doc);
        window.area.setCaretPosition(0);
        window.file = path == null ? null : path.toAbsolutePath().normalize();
        window.lineSeparator = loaded.lineSeparator();
        window.changes = 0;
        window.savedChanges = 0;
        window.undo.clear();
        doc.addUndoableEditListener(window.undo);
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
        window.sync = new DocumentSync(doc, BufferFile.uri(window.file), BufferFile.languageId(window.file));
        if (window.server != null && window.server.capabilities() != null) {
            window.sync.setSyncKind(window.server.syncKind());
        }
        doc.addDocumentListener(window.sync);
        window.sync.onChange(this::scheduleFlush);
        window.diagnostics = new DiagnosticsModel(doc);
        window.diagnostics.addListener(window.views::diagnosticsChanged);
        window.editing.reset();
        window.inlays.clear();
        window.views.clearUnderlines();
        window.outline.update(new javax.swing.tree.DefaultMutableTreeNode("outline"));
        window.outline.setStatus("Waiting for the server…");
        if (window.server != null) {
            window.server.didOpen(window.sync.openItem());
        }
        window.updateTitle();
        window.updateModeLine();
    }

    void startServer() {
        ServerConnection s = new ServerConnection(
                window.serverCommand,
                new ServerConnection.Listener() {
                    @Override
                    public void diagnostics(PublishDiagnosticsParams params) {
                        if (window.server != null && window.sync != null) {
                            window.diagnostics.accept(
                                    params,
                                    window.sync.uri(),
                                    window.sync.hasPendingChanges() ? -1 : window.sync.version());
                        }
                    }

                    @Override
                    public void message(MessageType type, String text, boolean show) {
                        window.echo.remember("newslint server: " + text);
                        if ((show || type == MessageType.Error) && !window.loop.inMode() && !window.echo.reading()) {
                            if (type == MessageType.Error) {
                                window.echo.error(text);
                            } else {
                                window.echo.message(text);
                            }
                        }
                    }

                    @Override
                    public void stopped(String why) {
                        window.serverState = "not running";
                        if (!window.quitting) {
                            window.echo.error(why);
                        }
                        window.updateModeLine();
                    }

                    @Override
                    public void inlayHintsChanged() {
                        window.views.refreshInlayHints();
                    }
                },
                SwingUtilities::invokeLater);
        window.server = s;
        window.serverState = "starting…";
        s.start()
                .thenAcceptAsync(
                        caps -> {
                            if (window.server != s) {
                                return;
                            }
                            window.serverState = "ready";
                            window.sync.setSyncKind(s.syncKind());
                            window.updateModeLine();
                            if (window.views.outlineShowing()) {
                                window.views.refreshOutline();
                            }
                        },
                        SwingUtilities::invokeLater);
        s.didOpen(window.sync.openItem());
        window.updateModeLine();
    }

    void edited() {
        window.changes++;
        window.hover.hide();
        window.updateTitle();
    }

    void scheduleFlush() {
        if (window.flushScheduled) {
            return;
        }
        window.flushScheduled = true;
        // after the current event: one didChange for everything a command did
        SwingUtilities.invokeLater(() -> {
            window.flushScheduled = false;
            var params = window.sync.takeChanges();
            if (params != null && window.server != null) {
                window.server.didChange(params);
            }
        });
    }
}
