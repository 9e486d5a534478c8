package org.newslint.swing;

import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.concurrent.Executor;
import javax.swing.Timer;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import org.eclipse.lsp4j.Position;
import org.newslint.text.LineIndex;

/**
 * Hover, from the mouse resting over a character for a moment or from C-c h at point: asks the
 * server about that place and shows its answer in the {@link HoverPopup}, unless the text changed
 * or the mouse moved on meanwhile. From the keyboard, having nothing to show is said in the echo line.
 */
final class HoverRequests {
    private static final int HOVER_DELAY_MILLIS = 600;

    private final ServerSession session;
    private final EditorBuffer buffer;
    private final JTextComponent area;
    private final HoverPopup hover;
    private final Echo echo;
    private final Executor ui;
    private final Timer timer = new Timer(HOVER_DELAY_MILLIS, e -> atMouse());
    /** Where the mouse rests, or null. */
    private Point mouse;

    HoverRequests(
            ServerSession session, EditorBuffer buffer, JTextComponent area, HoverPopup hover, Echo echo, Executor ui) {
        this.session = session;
        this.buffer = buffer;
        this.area = area;
        this.hover = hover;
        this.echo = echo;
        this.ui = ui;
        timer.setRepeats(false);
    }

    /** Follows the mouse over the text area: a pause starts a request, a move hides the popup. */
    void followMouse() {
        area.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseExited(MouseEvent e) {
                timer.stop();
            }
        });
        area.addMouseMotionListener(new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                if (mouse != null && hover.showing() && e.getPoint().distance(mouse) < 6) {
                    return;
                }
                hover.hide();
                mouse = e.getPoint();
                timer.restart();
            }
        });
    }

    /** Stops waiting for the mouse to rest (the window is closing). */
    void stop() {
        timer.stop();
    }

    /** Shows the hover for the word under a point in the text area, as resting the mouse there does. */
    void at(Point p) {
        mouse = p;
        atMouse();
    }

    /** C-c h: the hover for the word at point, below it. */
    void atPoint() {
        try {
            Rectangle2D r = area.modelToView2D(area.getCaretPosition());
            Point at = r == null ? new Point(10, 10) : new Point((int) r.getX(), (int) (r.getY() + r.getHeight()) + 4);
            request(area.getCaretPosition(), at, null);
        } catch (BadLocationException e) {
            // point is always in the text
        }
    }

    private void atMouse() {
        Point p = mouse;
        ServerConnection server = session.connection();
        if (p == null || !area.isShowing() || server == null || !server.hoverSupported()) {
            return;
        }
        int offset = area.viewToModel2D(p);
        try {
            Rectangle2D r = area.modelToView2D(offset);
            Rectangle2D next = offset < area.getDocument().getLength() ? area.modelToView2D(offset + 1) : r;
            // only over a character, not the empty space after a line
            if (r == null
                    || p.y < r.getY()
                    || p.y > r.getY() + r.getHeight()
                    || p.x > Math.max(r.getX(), next.getX()) + 8
                    || p.x < r.getX() - 8) {
                return;
            }
            request(offset, new Point(p.x, (int) (r.getY() + r.getHeight()) + 4), p);
        } catch (BadLocationException e) {
            // the text changed
        }
    }

    /** {@code from}: where the mouse was, or null when asked from the keyboard. */
    private void request(int offset, Point showAt, Point from) {
        Position pos = lspPosition(offset);
        ServerConnection server = session.connection();
        if (pos == null || server == null || !server.hoverSupported()) {
            if (from == null) {
                echo.message(
                        server == null || !server.running()
                                ? "The newslint server is not running"
                                : "No hover information here");
            }
            return;
        }
        DocumentSync sync = buffer.sync();
        int version = sync.version();
        String uri = sync.uri();
        server.hover(uri, pos)
                .whenComplete((h, ex) -> ui.execute(() -> {
                    DocumentSync now = buffer.sync();
                    if (now.version() != version || !now.uri().equals(uri) || now.hasPendingChanges()) {
                        return;
                    }
                    if (from != null && (mouse == null || mouse.distance(from) > 6)) {
                        return; // the mouse moved on
                    }
                    String html = ex == null ? HoverPopup.toHtml(h) : null;
                    if (html == null) {
                        if (from == null) {
                            echo.message(
                                    ex != null
                                            ? "Hover failed: " + ServerSession.rootMessage(ex)
                                            : "No hover information here");
                        }
                        return;
                    }
                    hover.show(html, showAt);
                }));
    }

    /** The LSP position of an offset in the buffer's current text, or null while an edit is unsent. */
    private Position lspPosition(int offset) {
        DocumentSync sync = buffer.sync();
        if (sync == null || sync.hasPendingChanges()) {
            return null;
        }
        LineIndex.Position p = new LineIndex(sync.shadowText()).position(offset);
        return new Position(p.line(), p.column());
    }
}
