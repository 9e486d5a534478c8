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
import java.nio.file.Files;
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
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * The editor window: one buffer in an Emacs-keyed text area, wavy underlines for the server's
 * diagnostics, the diagnostic at point in the echo line, hover popups, the outline panel, and the
 * file commands. It owns the connection to the server and never waits for it on the event thread:
 * requests return futures whose results come back through {@code invokeLater} and are dropped if
 * the text changed meanwhile.
 */
final class EditorWindow {
    static final int HOVER_DELAY_MILLIS = 600;
    static final Duration STOP_GRACE = Duration.ofSeconds(3);

    final JFrame frame = new JFrame();
    final EmacsTextArea area = new EmacsTextArea();
    final EchoArea echo;
    final JLabel modeLine = new JLabel(" ");
    final OutlinePanel outline;
    final JScrollPane textScroll = new JScrollPane(area);
    final JSplitPane split;
    final Commands commands = new Commands();
    final CommandLoop loop;
    final UndoHistory undo = new UndoHistory();
    final EditingCommands editing;
    final InlayHints inlays = new InlayHints();
    final HoverPopup hover = new HoverPopup(area);
    final Timer hoverTimer;
    final List<Object> underlines = new ArrayList<>();
    final Map<DiagnosticSeverity, WavyUnderline> painters = new HashMap<>();
    final List<String> serverCommand;
    final CountDownLatch closed = new CountDownLatch(1);
    final BufferSession session = new BufferSession(this);
    final ServerViews views = new ServerViews(this);
    final FileCommands files = new FileCommands(this);
    ServerConnection server;
    String serverState = "starting…";
    DocumentSync sync;
    DiagnosticsModel diagnostics;
    Path file;
    String lineSeparator = System.lineSeparator();
    long changes;
    long savedChanges;
    boolean flushScheduled;
    boolean inCommand;
    Point hoverPoint;
    boolean quitting;

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
                views.showDiagnosticAtPoint();
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
                views.showDiagnosticAtPoint();
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
        hoverTimer = new Timer(HOVER_DELAY_MILLIS, e -> views.hoverAtMouse());
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

        outline = new OutlinePanel(ui, views::jumpTo);
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

    // ------------------------------------------------------------------ commands

    void registerCommands() {
        commands.define(
                "find-file",
                () -> echo.read(
                        "Find file: ",
                        files.directory() + "/",
                        files::completeFile,
                        files::findFile,
                        () -> echo.message("Quit")));
        commands.define("save-buffer", () -> {
            if (file == null) {
                loop.execute("write-file");
            } else if (!files.modified() && Files.exists(file)) {
                echo.message("(No changes need to be saved)");
            } else {
                files.save();
            }
        });
        commands.define(
                "write-file",
                () -> echo.read(
                        "Write file: ",
                        files.directory() + "/",
                        files::completeFile,
                        files::saveAs,
                        () -> echo.message("Quit")));
        commands.define("save-buffers-kill-terminal", files::requestQuit);
        commands.define(
                "execute-extended-command",
                () -> echo.read(
                        "M-x ",
                        "",
                        this::completeCommand,
                        name -> SwingUtilities.invokeLater(() -> {
                            String n = name.strip();
                            if (!commands.has(n)) {
                                echo.error("No command named " + n);
                                return;
                            }
                            loop.execute(n);
                        }),
                        () -> echo.message("Quit")));
        commands.define("next-error", () -> views.gotoDiagnostic(true));
        commands.define("previous-error", () -> views.gotoDiagnostic(false));
        commands.define("newslint-outline", views::toggleOutline);
        commands.define("newslint-hover", views::hoverAtPoint);
        commands.define("newslint-restart-server", () -> {
            ServerConnection old = server;
            server = null;
            if (old != null) {
                old.stop(STOP_GRACE);
            }
            diagnostics.clear();
            session.startServer();
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

    List<String> completeCommand(String typed) {
        return commands.names().stream()
                .filter(n -> n.startsWith(typed) && !n.equals("self-insert-command"))
                .toList();
    }

    /** The key bindings as a two-column text table, for C-h b. */
    String bindingsTable() {
        StringBuilder sb = new StringBuilder();
        loop.keymap().table().forEach((k, c) -> sb.append(String.format(Locale.ROOT, "%-16s %s%n", k, c)));
        return sb.toString();
    }

    void showText(String title, String text) {
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

    void updateTitle() {
        frame.setTitle((files.modified() ? "*" : "") + files.bufferName()
                + (file == null ? "" : " — " + file.getParent()) + " — newslint");
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
        String mode = file != null && BufferFile.languageId(file).equals("markdown") ? "Markdown" : "Text";
        modeLine.setText(String.format(
                Locale.ROOT,
                "-:%s-  %-24s  L%-4d C%-3d  (%s)   %s%s",
                files.modified() ? "**" : "--",
                files.bufferName(),
                line + 1,
                col,
                mode,
                status,
                editing.markActive() ? "   [mark]" : ""));
    }

    static Clipboard systemClipboard() {
        try {
            return Toolkit.getDefaultToolkit().getSystemClipboard();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
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
        views.hoverAtMouse();
    }

    /** Shows the window with a file's text (or an empty buffer) and starts the server. */
    void open(Path path, BufferFile.Loaded loaded) {
        session.open(path, loaded);
    }

    /** Closes the window and stops the server; {@link #awaitClosed} returns when it has gone. */
    void quit() {
        files.quit();
    }

    void awaitClosed() throws InterruptedException {
        files.awaitClosed();
    }

    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return files.awaitClosed(timeout);
    }

    boolean modified() {
        return files.modified();
    }

    /** True when the diagnostics shown belong to the text in the buffer now. */
    boolean diagnosticsCurrent() {
        return views.diagnosticsCurrent();
    }

    boolean outlineShowing() {
        return views.outlineShowing();
    }
}
