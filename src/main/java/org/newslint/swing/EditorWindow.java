package org.newslint.swing;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.PlainDocument;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.newslint.text.LineIndex;

/**
 * The editor window: one buffer in an Emacs-keyed text area, wavy underlines for the server's
 * diagnostics, the diagnostic at point in the echo line, hover popups, the outline panel, and the
 * file commands. It owns the connection to the server and never waits for it on the event thread:
 * requests return futures whose results come back through {@code invokeLater} and are dropped if
 * the text changed meanwhile.
 */
final class EditorWindow {
    private static final int HOVER_DELAY_MILLIS = 600;
    private static final Duration STOP_GRACE = Duration.ofSeconds(3);

    private final JFrame frame = new JFrame();
    private final EmacsTextArea area = new EmacsTextArea();
    private final EchoArea echo;
    private final JLabel modeLine = new JLabel(" ");
    private final OutlinePanel outline;
    private final JScrollPane textScroll = new JScrollPane(area);
    private final JSplitPane split;
    private final Commands commands = new Commands();
    private final CommandLoop loop;
    private final UndoHistory undo = new UndoHistory();
    private final EditingCommands editing;
    private final InlayHints inlays = new InlayHints();
    private final HoverPopup hover = new HoverPopup(area);
    private final Timer hoverTimer;
    private final List<Object> underlines = new ArrayList<>();
    private final Map<DiagnosticSeverity, WavyUnderline> painters = new HashMap<>();
    private final List<String> serverCommand;
    private final CountDownLatch closed = new CountDownLatch(1);
    private ServerConnection server;
    private String serverState = "starting…";
    private DocumentSync sync;
    private DiagnosticsModel diagnostics;
    private Path file;
    private String lineSeparator = System.lineSeparator();
    private long changes;
    private long savedChanges;
    private boolean flushScheduled;
    private boolean inCommand;
    private Point hoverPoint;
    private boolean quitting;

    EditorWindow(List<String> serverCommand) {
        this.serverCommand = List.copyOf(serverCommand);
        Font mono = new Font(Font.MONOSPACED, Font.PLAIN, 14);
        Font ui = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        echo = new EchoArea(mono.deriveFont(13f), EchoArea.systemBeep());
        loop = new CommandLoop(Keymap.emacs(), commands, echo);
        editing = new EditingCommands(area, loop, new KillRing(systemClipboard()), echo, undo);
        editing.register(commands);
        registerCommands();
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
            updateModeLine();
        });

        area.setFont(mono);
        area.setMargin(new Insets(8, 10, 8, 10));
        area.setCommandLoop(loop);
        area.setInlayHints(inlays);
        area.onKey(hover::hide);
        area.setSelectionColor(new Color(0xC6, 0xDB, 0xF5));
        area.addCaretListener(e -> {
            if (!inCommand && !loop.inMode() && !echo.reading()) {
                showDiagnosticAtPoint();
            }
            updateModeLine();
        });
        area.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                editing.deactivateMark();
                hover.hide();
            }

            @Override
            public void mouseExited(MouseEvent e) {
                hoverTimer.stop();
            }
        });
        hoverTimer = new Timer(HOVER_DELAY_MILLIS, e -> hoverAtMouse());
        hoverTimer.setRepeats(false);
        area.addMouseMotionListener(new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                if (hoverPoint != null && hover.showing() && e.getPoint().distance(hoverPoint) < 6) {
                    return;
                }
                hover.hide();
                hoverPoint = e.getPoint();
                hoverTimer.restart();
            }
        });
        echo.setReturnFocus(area::requestFocusInWindow);

        outline = new OutlinePanel(ui, this::jumpTo);
        outline.setPreferredSize(new Dimension(340, 400));
        outline.setMinimumSize(new Dimension(160, 100));
        textScroll.setBorder(BorderFactory.createEmptyBorder());
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, textScroll, null);
        split.setResizeWeight(1.0);
        split.setBorder(BorderFactory.createEmptyBorder());

        modeLine.setFont(mono.deriveFont(13f));
        modeLine.setOpaque(true);
        modeLine.setBackground(new Color(0xD6, 0xD6, 0xD6));
        modeLine.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 1, 0, new Color(0x9A, 0x9A, 0x9A)),
                BorderFactory.createEmptyBorder(2, 6, 2, 6)));
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(modeLine, BorderLayout.NORTH);
        bottom.add(echo, BorderLayout.SOUTH);

        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                area.requestFocusInWindow();
                loop.execute("save-buffers-kill-terminal");
            }
        });
        frame.getContentPane().add(split, BorderLayout.CENTER);
        frame.getContentPane().add(bottom, BorderLayout.SOUTH);
        frame.setSize(1100, 720);
        frame.setLocationRelativeTo(null);
    }

    // ------------------------------------------------------------------ opening and the server

    /** Shows the window with a file's text (or an empty buffer) and starts the server. */
    void open(Path path, BufferFile.Loaded loaded) {
        load(path, loaded);
        startServer();
        frame.setVisible(true);
        area.requestFocusInWindow();
        if (path != null) {
            echo.message(loaded.existed() ? "" : "(New file)");
        }
    }

    private void load(Path path, BufferFile.Loaded loaded) {
        if (sync != null && server != null) {
            server.didClose(sync.uri());
        }
        PlainDocument doc = new PlainDocument();
        try {
            doc.insertString(0, loaded.text(), null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        doc.setDocumentFilter(new LineBreakFilter());
        area.setDocument(doc);
        area.setCaretPosition(0);
        file = path == null ? null : path.toAbsolutePath().normalize();
        lineSeparator = loaded.lineSeparator();
        changes = 0;
        savedChanges = 0;
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
        sync = new DocumentSync(doc, uri(file), languageId(file));
        if (server != null && server.capabilities() != null) {
            sync.setSyncKind(server.syncKind());
        }
        doc.addDocumentListener(sync);
        sync.onChange(this::scheduleFlush);
        diagnostics = new DiagnosticsModel(doc);
        diagnostics.addListener(this::diagnosticsChanged);
        editing.reset();
        inlays.clear();
        clearUnderlines();
        outline.update(new javax.swing.tree.DefaultMutableTreeNode("outline"));
        outline.setStatus("Waiting for the server…");
        if (server != null) {
            server.didOpen(sync.openItem());
        }
        updateTitle();
        updateModeLine();
    }

    private void startServer() {
        ServerConnection s = new ServerConnection(serverCommand, new ServerConnection.Listener() {
            @Override
            public void diagnostics(PublishDiagnosticsParams params) {
                if (server != null && sync != null) {
                    diagnostics.accept(params, sync.uri(), sync.hasPendingChanges() ? -1 : sync.version());
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
                serverState = "not running";
                if (!quitting) {
                    echo.error(why);
                }
                updateModeLine();
            }

            @Override
            public void inlayHintsChanged() {
                refreshInlayHints();
            }
        }, SwingUtilities::invokeLater);
        server = s;
        serverState = "starting…";
        s.start().thenAcceptAsync(caps -> {
            if (server != s) {
                return;
            }
            serverState = "ready";
            sync.setSyncKind(s.syncKind());
            updateModeLine();
            if (outlineShowing()) {
                refreshOutline();
            }
        }, SwingUtilities::invokeLater);
        s.didOpen(sync.openItem());
        updateModeLine();
    }

    private void edited() {
        changes++;
        hover.hide();
        updateTitle();
    }

    private void scheduleFlush() {
        if (flushScheduled) {
            return;
        }
        flushScheduled = true;
        // after the current event: one didChange for everything a command did
        SwingUtilities.invokeLater(() -> {
            flushScheduled = false;
            var params = sync.takeChanges();
            if (params != null && server != null) {
                server.didChange(params);
            }
        });
    }

    // ------------------------------------------------------------------ diagnostics, hover, outline

    private void diagnosticsChanged() {
        clearUnderlines();
        int length = area.getDocument().getLength();
        for (DiagnosticsModel.Entry e : diagnostics.entries()) {
            int start = e.startOffset();
            int end = e.endOffset();
            if (end == start) {
                // an empty range: underline the character there (or the one before, at the end of a line)
                if (end < length) {
                    end++;
                } else if (start > 0) {
                    start--;
                }
            }
            WavyUnderline painter = painters.computeIfAbsent(e.severity(), s -> new WavyUnderline(WavyUnderline.colorOf(s)));
            try {
                underlines.add(area.getHighlighter().addHighlight(start, end, painter));
            } catch (BadLocationException ex) {
                // the text moved on; the next publication redraws
            }
        }
        if (!inCommand && !loop.inMode() && !echo.reading() && !echo.messageSet()) {
            showDiagnosticAtPoint();
        }
        updateModeLine();
        if (outlineShowing()) {
            refreshOutline();
        }
        refreshInlayHints();
    }

    private void clearUnderlines() {
        for (Object tag : underlines) {
            area.getHighlighter().removeHighlight(tag);
        }
        underlines.clear();
    }

    private void showDiagnosticAtPoint() {
        if (diagnostics == null) {
            return;
        }
        DiagnosticsModel.Entry e = diagnostics.at(area.getCaretPosition());
        echo.showIdle(e == null ? "" : e.describe());
    }

    /** The LSP position of an offset in the buffer's current text, or null while an edit is unsent. */
    private Position lspPosition(int offset) {
        if (sync == null || sync.hasPendingChanges()) {
            return null;
        }
        LineIndex.Position p = new LineIndex(sync.shadowText()).position(offset);
        return new Position(p.line(), p.column());
    }

    private void hoverAtMouse() {
        Point p = hoverPoint;
        if (p == null || !area.isShowing() || server == null || !server.hoverSupported()) {
            return;
        }
        int offset = area.viewToModel2D(p);
        try {
            Rectangle2D r = area.modelToView2D(offset);
            Rectangle2D next = offset < area.getDocument().getLength() ? area.modelToView2D(offset + 1) : r;
            // only over a character, not the empty space after a line
            if (r == null || p.y < r.getY() || p.y > r.getY() + r.getHeight()
                    || p.x > Math.max(r.getX(), next.getX()) + 8 || p.x < r.getX() - 8) {
                return;
            }
            requestHover(offset, new Point(p.x, (int) (r.getY() + r.getHeight()) + 4), p);
        } catch (BadLocationException e) {
            // the text changed
        }
    }

    private void requestHover(int offset, Point showAt, Point mouse) {
        Position pos = lspPosition(offset);
        if (pos == null || server == null || !server.hoverSupported()) {
            if (mouse == null) {
                echo.message(server == null || !server.running() ? "The newslint server is not running" : "No hover information here");
            }
            return;
        }
        int version = sync.version();
        String uri = sync.uri();
        server.hover(uri, pos).whenComplete((h, ex) -> SwingUtilities.invokeLater(() -> {
            if (sync.version() != version || !sync.uri().equals(uri) || sync.hasPendingChanges()) {
                return;
            }
            if (mouse != null && (hoverPoint == null || hoverPoint.distance(mouse) > 6)) {
                return; // the mouse moved on
            }
            String html = ex == null ? HoverPopup.toHtml(h) : null;
            if (html == null) {
                if (mouse == null) {
                    echo.message(ex != null ? "Hover failed: " + rootMessage(ex) : "No hover information here");
                }
                return;
            }
            hover.show(html, showAt);
        }));
    }

    private void hoverAtPoint() {
        try {
            Rectangle2D r = area.modelToView2D(area.getCaretPosition());
            Point at = r == null ? new Point(10, 10) : new Point((int) r.getX(), (int) (r.getY() + r.getHeight()) + 4);
            requestHover(area.getCaretPosition(), at, null);
        } catch (BadLocationException e) {
            // point is always in the text
        }
    }

    /** True when the diagnostics shown belong to the text in the buffer now. */
    boolean diagnosticsCurrent() {
        return sync != null && !sync.hasPendingChanges() && diagnostics.publishedVersion() == sync.version();
    }

    boolean outlineShowing() {
        return split.getRightComponent() != null;
    }

    private void toggleOutline() {
        if (outlineShowing()) {
            split.setRightComponent(null);
            echo.message("Outline hidden");
        } else {
            split.setRightComponent(outline);
            split.setDividerLocation(Math.max(300, split.getWidth() - 360));
            refreshOutline();
            echo.message("Outline: click a quote or a name to go to it");
        }
        split.revalidate();
    }

    private void refreshOutline() {
        if (server == null || sync == null || server.capabilities() == null) {
            return;
        }
        if (!server.documentSymbolsSupported()) {
            outline.setStatus("The server offers no outline");
            return;
        }
        int version = sync.version();
        String uri = sync.uri();
        javax.swing.text.Document doc = area.getDocument();
        server.documentSymbols(uri).whenComplete((symbols, ex) -> SwingUtilities.invokeLater(() -> {
            if (sync.version() != version || !sync.uri().equals(uri) || sync.hasPendingChanges() || area.getDocument() != doc) {
                return; // a newer analysis will bring a newer outline
            }
            if (ex != null) {
                outline.setStatus("Outline failed: " + rootMessage(ex));
                return;
            }
            outline.update(OutlineModel.build(symbols, doc));
        }));
    }

    private void refreshInlayHints() {
        if (server == null || sync == null || !server.inlayHintsSupported() || sync.hasPendingChanges()) {
            return;
        }
        int version = sync.version();
        String uri = sync.uri();
        LineIndex lines = new LineIndex(sync.shadowText());
        LineIndex.Position end = lines.position(sync.shadowText().length());
        javax.swing.text.Document doc = area.getDocument();
        server.inlayHints(uri, new Range(new Position(0, 0), new Position(end.line(), end.column())))
                .whenComplete((hints, ex) -> SwingUtilities.invokeLater(() -> {
                    if (ex != null || sync.version() != version || sync.hasPendingChanges() || area.getDocument() != doc) {
                        return;
                    }
                    inlays.update(hints, doc);
                    area.repaint();
                }));
    }

    private void jumpTo(OutlineModel.Item item) {
        editing.deactivateMark();
        area.getCaret().setDot(Math.min(item.offset(), area.getDocument().getLength()));
        area.requestFocusInWindow();
        loop.execute("recenter");
        showDiagnosticAtPoint();
    }

    private void gotoDiagnostic(boolean forward) {
        int p = area.getCaretPosition();
        DiagnosticsModel.Entry e = forward ? diagnostics.next(p) : diagnostics.previous(p);
        if (e == null) {
            throw new Commands.UserError("No diagnostics in this buffer");
        }
        editing.deactivateMark();
        area.getCaret().setDot(e.startOffset());
        echo.message(e.describe());
    }

    // ------------------------------------------------------------------ files and quitting

    boolean modified() {
        return changes != savedChanges;
    }

    private String bufferName() {
        return file == null ? "*scratch*" : file.getFileName().toString();
    }

    /** Saves to the buffer's file; on failure says why in the echo line and returns false. */
    private boolean save() {
        if (file == null) {
            echo.error("This buffer has no file: use C-x C-w to choose one");
            return false;
        }
        try {
            BufferFile.write(file, area.getText(), lineSeparator);
        } catch (BufferFile.FileError e) {
            echo.error(e.getMessage());
            return false;
        }
        savedChanges = changes;
        echo.message("Wrote " + file);
        updateTitle();
        updateModeLine();
        return true;
    }

    private void saveAs(String input) {
        Path target = resolve(input);
        if (target == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            target = target.resolve(file == null ? "untitled.txt" : file.getFileName().toString());
        }
        Path old = file;
        String oldUri = sync.uri();
        file = target.toAbsolutePath().normalize();
        if (!save()) {
            file = old;
            return;
        }
        if (!uri(file).equals(oldUri)) {
            if (server != null) {
                server.didClose(oldUri);
            }
            sync.rename(uri(file), languageId(file));
            diagnostics.clear();
            if (server != null) {
                server.didOpen(sync.openItem());
            }
        }
        updateTitle();
    }

    private void findFile(String input) {
        Path target = resolve(input);
        if (target == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            echo.error(target + " is a directory");
            return;
        }
        Runnable visit = () -> {
            try {
                BufferFile.Loaded loaded = BufferFile.read(target);
                load(target, loaded);
                echo.message(loaded.existed() ? "" : "(New file)");
            } catch (BufferFile.FileError e) {
                echo.error(e.getMessage());
            }
        };
        if (!modified()) {
            visit.run();
            return;
        }
        ask("Buffer " + bufferName() + " modified; save it before visiting " + target.getFileName() + "? (y, n or C-g) ",
                Map.of('y', () -> {
                    if (save()) {
                        visit.run();
                    }
                }, 'n', visit), () -> echo.message("Quit"));
    }

    private Path resolve(String input) {
        String s = input.strip();
        if (s.isEmpty()) {
            echo.error("No file name given");
            return null;
        }
        if (s.startsWith("~/")) {
            s = System.getProperty("user.home") + s.substring(1);
        }
        try {
            Path p = Path.of(s);
            return p.isAbsolute() ? p : directory().resolve(p);
        } catch (InvalidPathException e) {
            echo.error("Not a file name: " + s);
            return null;
        }
    }

    private Path directory() {
        Path dir = file == null ? null : file.getParent();
        return dir != null ? dir : Path.of("").toAbsolutePath();
    }

    /** File name completion for the minibuffer. */
    private List<String> completeFile(String typed) {
        List<String> out = new ArrayList<>();
        String s = typed.startsWith("~/") ? System.getProperty("user.home") + typed.substring(1) : typed;
        int slash = s.lastIndexOf('/');
        String dirPart = slash >= 0 ? s.substring(0, slash + 1) : "";
        String prefix = slash >= 0 ? s.substring(slash + 1) : s;
        Path dir;
        try {
            dir = dirPart.isEmpty() ? directory() : Path.of(dirPart);
        } catch (InvalidPathException e) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && (prefix.startsWith(".") || !name.startsWith("."))) {
                    out.add(dirPart + name + (Files.isDirectory(p) ? "/" : ""));
                }
            }
        } catch (IOException e) {
            // no completions in an unreadable directory
        }
        out.sort(null);
        return out;
    }

    /** The quit command: asks before losing changes; a failed save does not quit. */
    private void requestQuit() {
        if (!modified()) {
            quit();
            return;
        }
        ask("Save " + bufferName() + " before quitting? (y, n or C-g) ", Map.of(
                'y', () -> {
                    if (file == null) {
                        echo.error("This buffer has no file: save it with C-x C-w first");
                    } else if (save()) {
                        quit();
                    }
                },
                'n', () -> ask("Quit without saving? Your changes to " + bufferName() + " will be lost. (y or n) ",
                        Map.of('y', this::quit, 'n', () -> echo.message("Quit cancelled")), () -> echo.message("Quit cancelled"))),
                () -> echo.message("Quit cancelled"));
    }

    /** Closes the window and stops the server; {@link #awaitClosed} returns when it has gone. */
    void quit() {
        if (quitting) {
            return;
        }
        quitting = true;
        hover.hide();
        hoverTimer.stop();
        frame.setVisible(false);
        frame.dispose();
        ServerConnection s = server;
        if (s == null) {
            closed.countDown();
            return;
        }
        s.stop(STOP_GRACE).whenComplete((v, ex) -> closed.countDown());
    }

    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** A y-or-n question read in the echo line; C-g cancels. */
    private void ask(String question, Map<Character, Runnable> answers, Runnable cancel) {
        area.requestFocusInWindow();
        CommandLoop.Mode mode = new CommandLoop.Mode() {
            @Override
            public boolean key(String key) {
                if (key.equals("C-g") || key.equals("ESC")) {
                    loop.exitMode(this);
                    cancel.run();
                    return true;
                }
                if (Keymap.isSelfInserting(key)) {
                    return false;
                }
                echo.prompt(question + " Please answer y or n.");
                return true;
            }

            @Override
            public void typed(char c) {
                Runnable r = answers.get(Character.toLowerCase(c));
                if (r == null) {
                    echo.prompt(question + " Please answer y or n.");
                    return;
                }
                loop.exitMode(this);
                echo.prompt("");
                r.run();
                updateModeLine();
            }
        };
        loop.enterMode(mode);
        echo.prompt(question);
    }

    // ------------------------------------------------------------------ commands

    private void registerCommands() {
        commands.define("find-file", () -> echo.read("Find file: ", directory() + "/", this::completeFile, this::findFile,
                () -> echo.message("Quit")));
        commands.define("save-buffer", () -> {
            if (file == null) {
                loop.execute("write-file");
            } else if (!modified() && Files.exists(file)) {
                echo.message("(No changes need to be saved)");
            } else {
                save();
            }
        });
        commands.define("write-file", () -> echo.read("Write file: ", directory() + "/", this::completeFile, this::saveAs,
                () -> echo.message("Quit")));
        commands.define("save-buffers-kill-terminal", this::requestQuit);
        commands.define("execute-extended-command", () -> echo.read("M-x ", "", this::completeCommand,
                name -> SwingUtilities.invokeLater(() -> {
                    String n = name.strip();
                    if (!commands.has(n)) {
                        echo.error("No command named " + n);
                        return;
                    }
                    loop.execute(n);
                }), () -> echo.message("Quit")));
        commands.define("next-error", () -> gotoDiagnostic(true));
        commands.define("previous-error", () -> gotoDiagnostic(false));
        commands.define("newslint-outline", this::toggleOutline);
        commands.define("newslint-hover", this::hoverAtPoint);
        commands.define("newslint-restart-server", () -> {
            ServerConnection old = server;
            server = null;
            if (old != null) {
                old.stop(STOP_GRACE);
            }
            diagnostics.clear();
            startServer();
            echo.message("Restarting the newslint server");
        });
        commands.define("describe-bindings", () -> showText("Key bindings", bindingsTable()));
        commands.define("view-echo-area-messages", () -> {
            List<String> lines = new ArrayList<>(echo.log());
            if (server != null && !server.stderrTail().isEmpty()) {
                lines.add("");
                lines.add("-- newslint server stderr (last lines) --");
                lines.addAll(server.stderrTail());
            }
            showText("Messages", String.join("\n", lines));
        });
    }

    private List<String> completeCommand(String typed) {
        return commands.names().stream().filter(n -> n.startsWith(typed) && !n.equals("self-insert-command")).toList();
    }

    /** The key bindings as a two-column text table, for C-h b. */
    String bindingsTable() {
        StringBuilder sb = new StringBuilder();
        loop.keymap().table().forEach((k, c) -> sb.append(String.format(Locale.ROOT, "%-16s %s%n", k, c)));
        return sb.toString();
    }

    private void showText(String title, String text) {
        JDialog d = new JDialog(frame, title, false);
        JTextArea t = new JTextArea(text);
        t.setEditable(false);
        t.setFont(area.getFont().deriveFont(13f));
        t.setCaretPosition(0);
        d.getContentPane().add(new JScrollPane(t));
        d.setSize(560, 480);
        d.setLocationRelativeTo(frame);
        d.setVisible(true);
    }

    // ------------------------------------------------------------------ display

    private void updateTitle() {
        frame.setTitle((modified() ? "*" : "") + bufferName() + (file == null ? "" : " — " + file.getParent()) + " — newslint");
    }

    void updateModeLine() {
        if (diagnostics == null) {
            return;
        }
        int p = area.getCaretPosition();
        javax.swing.text.Element root = area.getDocument().getDefaultRootElement();
        int line = root.getElementIndex(p);
        int col = p - root.getElement(line).getStartOffset();
        String status;
        if (server == null || serverState.equals("not running")) {
            status = "newslint: not running";
        } else if (!serverState.equals("ready")) {
            status = "newslint: " + serverState;
        } else if (diagnostics.publishedVersion() < 0) {
            status = "newslint: analysing…";
        } else {
            status = "newslint: " + diagnostics.summary();
        }
        String mode = file != null && languageId(file).equals("markdown") ? "Markdown" : "Text";
        modeLine.setText(String.format(Locale.ROOT, "-:%s-  %-24s  L%-4d C%-3d  (%s)   %s%s",
                modified() ? "**" : "--", bufferName(), line + 1, col, mode, status,
                editing.markActive() ? "   [mark]" : ""));
    }

    private static String uri(Path file) {
        return file == null ? "untitled:scratch" : file.toUri().toString();
    }

    private static String languageId(Path file) {
        String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown") || name.endsWith(".mkd")
                ? "markdown" : "plaintext";
    }

    private static Clipboard systemClipboard() {
        try {
            return Toolkit.getDefaultToolkit().getSystemClipboard();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    /** Line breaks typed or pasted as CR LF or CR become LF, so Swing's lines are the server's lines. */
    private static final class LineBreakFilter extends DocumentFilter {
        @Override
        public void insertString(FilterBypass fb, int offset, String s, AttributeSet attr) throws BadLocationException {
            super.insertString(fb, offset, normalise(s), attr);
        }

        @Override
        public void replace(FilterBypass fb, int offset, int length, String s, AttributeSet attrs) throws BadLocationException {
            super.replace(fb, offset, length, s == null ? null : normalise(s), attrs);
        }

        private static String normalise(String s) {
            return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        }
    }

    // ------------------------------------------------------------------ for SwingEditor

    JFrame frame() {
        return frame;
    }

    EmacsTextArea area() {
        return area;
    }

    CommandLoop loop() {
        return loop;
    }

    DiagnosticsModel diagnostics() {
        return diagnostics;
    }

    OutlinePanel outline() {
        return outline;
    }

    EchoArea echo() {
        return echo;
    }

    JLabel modeLine() {
        return modeLine;
    }

    HoverPopup hover() {
        return hover;
    }

    /** Shows the hover for the word under a point in the text area, as resting the mouse there does. */
    void hoverAt(Point p) {
        hoverPoint = p;
        hoverAtMouse();
    }
}
