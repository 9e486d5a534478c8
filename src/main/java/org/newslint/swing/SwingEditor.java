package org.newslint.swing;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.text.BadLocationException;
import org.newslint.text.LineIndex;

/**
 * Starts the Swing editor ({@code newslint edit FILE}) and is the handle a caller keeps: wait for the
 * window to close, or drive it from outside the event thread as the window test does (type keys,
 * run commands, read what the buffer, the echo line and the outline show, take a screenshot).
 * Every method may be called from any thread; the work happens on the event thread.
 */
public final class SwingEditor {
    private final EditorWindow window;

    private SwingEditor(EditorWindow window) {
        this.window = window;
    }

    /** Opens a window on a file (null for an empty buffer), with the server started from this jar. */
    public static SwingEditor open(Path file) throws BufferFile.FileError {
        return open(file, ServerConnection.defaultCommand());
    }

    /**
     * Opens a window with the given server command line.
     *
     * @throws HeadlessException  when there is no display
     * @throws BufferFile.FileError when the file cannot be read (not UTF-8, a directory, unreadable)
     */
    public static SwingEditor open(Path file, List<String> serverCommand) throws BufferFile.FileError {
        if (GraphicsEnvironment.isHeadless()) {
            throw new HeadlessException("no display: the Swing editor needs a graphical display");
        }
        BufferFile.Loaded loaded =
                file == null ? new BufferFile.Loaded("", System.lineSeparator(), false) : BufferFile.read(file);
        return new SwingEditor(onEdt(() -> {
            UIManager.put("swing.boldMetal", Boolean.FALSE);
            EditorWindow w = new EditorWindow(serverCommand);
            w.open(file, loaded);
            return w;
        }));
    }

    /** Blocks until the window has closed and the server has stopped. */
    public void awaitClosed() throws InterruptedException {
        window.awaitClosed();
    }

    public boolean awaitClosed(Duration timeout) throws InterruptedException {
        return window.awaitClosed(timeout);
    }

    public JFrame frame() {
        return window.layout().frame();
    }

    /** Types keys in Emacs notation ({@code "C-x C-s"}, {@code "M-<"}) as key events on the text area. */
    public void keys(String sequence) {
        for (String key : sequence.trim().split("\\s+")) {
            Keymap.Stroke s = Keymap.Stroke.of(key);
            onEdt(() -> {
                EmacsTextArea area = window.layout().area();
                long when = System.currentTimeMillis();
                area.dispatchEvent(
                        new KeyEvent(area, KeyEvent.KEY_PRESSED, when, s.modifiersEx(), s.keyCode(), s.keyChar()));
                if (s.keyChar() != KeyEvent.CHAR_UNDEFINED) {
                    area.dispatchEvent(new KeyEvent(
                            area, KeyEvent.KEY_TYPED, when, s.modifiersEx(), KeyEvent.VK_UNDEFINED, s.keyChar()));
                }
                area.dispatchEvent(
                        new KeyEvent(area, KeyEvent.KEY_RELEASED, when, s.modifiersEx(), s.keyCode(), s.keyChar()));
                return null;
            });
        }
    }

    /** Types text character by character, as key events. */
    public void type(String text) {
        onEdt(() -> {
            EmacsTextArea area = window.layout().area();
            for (char c : text.toCharArray()) {
                area.dispatchEvent(new KeyEvent(
                        area, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0, KeyEvent.VK_UNDEFINED, c));
            }
            return null;
        });
    }

    /** Runs a command by name, as M-x does. */
    public void command(String name) {
        onEdt(() -> {
            window.loop().execute(name);
            return null;
        });
    }

    public String text() {
        return onEdt(() -> window.layout().area().getText());
    }

    public int point() {
        return onEdt(() -> window.layout().area().getCaretPosition());
    }

    public boolean modified() {
        return onEdt(() -> window.buffer().modified());
    }

    public String echoText() {
        return onEdt(() -> window.layout().echo().currentText());
    }

    public String modeLine() {
        return onEdt(() -> window.layout().modeLine().getText());
    }

    /** Diagnostics shown, as {@code line:column severity message [code]} (1-based line and column). */
    public List<String> diagnostics() {
        return onEdt(() -> {
            String text = window.layout().area().getText();
            LineIndex lines = new LineIndex(text);
            List<String> out = new ArrayList<>();
            for (DiagnosticsModel.Entry e : window.buffer().diagnostics().entries()) {
                LineIndex.Position p = lines.position(e.startOffset());
                out.add((p.line() + 1) + ":" + (p.column() + 1) + " " + e.describe());
            }
            return out;
        });
    }

    /** How many diagnostics publications the buffer has taken. */
    public int diagnosticPublications() {
        return onEdt(() -> window.buffer().diagnostics().publications());
    }

    /** Waits until the diagnostics shown are those for the buffer's current text; false on timeout. */
    public boolean awaitDiagnostics(Duration timeout) throws InterruptedException {
        return await(timeout, () -> window.buffer().diagnosticsCurrent());
    }

    /** How many wavy underlines the text area is painting. */
    public int underlines() {
        return onEdt(() -> {
            int n = 0;
            for (var h : window.layout().area().getHighlighter().getHighlights()) {
                if (h.getPainter() instanceof WavyUnderline) {
                    n++;
                }
            }
            return n;
        });
    }

    /** Whether the window is still on screen (a quit that was refused leaves it there). */
    public boolean showing() {
        return onEdt(() -> window.layout().frame().isShowing());
    }

    public boolean outlineShowing() {
        return onEdt(() -> window.layout().outlineShowing());
    }

    /** The outline as indented lines. */
    public List<String> outline() {
        return onEdt(() -> OutlineModel.lines(window.layout().outline().root()));
    }

    /** Waits until the outline has content; false on timeout. */
    public boolean awaitOutline(Duration timeout) throws InterruptedException {
        return await(timeout, () -> window.layout().outline().root().getChildCount() > 0);
    }

    /** Rests the mouse over the text at an offset: the hover popup follows when the server answers. */
    public void hoverAt(int offset) {
        onEdt(() -> {
            Rectangle2D r = window.layout().area().modelToView2D(offset);
            window.hoverAt(new Point((int) r.getCenterX() + 2, (int) r.getCenterY()));
            return null;
        });
    }

    /** Where on the screen the character at an offset is drawn (its middle), for a robot's mouse. */
    public Point screenPoint(int offset) {
        return onEdt(() -> {
            Rectangle2D r = window.layout().area().modelToView2D(offset);
            Point p = new Point((int) r.getCenterX() + 1, (int) r.getCenterY());
            SwingUtilities.convertPointToScreen(p, window.layout().area());
            return p;
        });
    }

    /** The hover popup's HTML, or null when none is showing. */
    public String hoverText() {
        return onEdt(() -> window.hover().text());
    }

    public boolean awaitHover(Duration timeout) throws InterruptedException {
        return await(timeout, () -> window.hover().showing());
    }

    /** The window painted into an image (popups included, as they are lightweight inside the window). */
    public BufferedImage screenshot() {
        return onEdt(() -> {
            JFrame f = window.layout().frame();
            var root = f.getRootPane();
            BufferedImage img = new BufferedImage(
                    Math.max(1, root.getWidth()), Math.max(1, root.getHeight()), BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            try {
                root.paint(g);
            } finally {
                g.dispose();
            }
            return img;
        });
    }

    /** Closes the window without asking, discarding changes (for scripts and tests). */
    public void quitDiscardingChanges() {
        onEdt(() -> {
            window.quit();
            return null;
        });
    }

    private boolean await(Duration timeout, Callable<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (onEdt(condition)) {
                return true;
            }
            Thread.sleep(50);
        }
        return onEdt(condition);
    }

    /** Runs on the event thread and returns the result; rethrows what it threw. */
    static <T> T onEdt(Callable<T> c) {
        if (SwingUtilities.isEventDispatchThread()) {
            try {
                return c.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(c.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (failure.get() instanceof RuntimeException re) {
            throw re;
        }
        if (failure.get() instanceof BadLocationException ble) {
            throw new IllegalArgumentException(ble);
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }
}
