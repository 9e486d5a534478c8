package org.newslint.swing;

import java.awt.Point;
import java.awt.geom.Rectangle2D;
import javax.swing.SwingUtilities;
import javax.swing.text.BadLocationException;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.newslint.text.LineIndex;

/**
 * Shows what the server says about the buffer: wavy underlines and the finding at point, hovers
 * (mouse and C-c h), the outline panel and the speakers of quotes as inlay hints.
 */
final class ServerViews {
    private final EditorWindow window;

    ServerViews(EditorWindow window) {
        this.window = window;
    }

    // ------------------------------------------------------------------ diagnostics, hover, outline

    void diagnosticsChanged() {
        clearUnderlines();
        int length = window.area.getDocument().getLength();
        for (DiagnosticsModel.Entry e : window.diagnostics.entries()) {
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
            WavyUnderline painter =
                    window.painters.computeIfAbsent(e.severity(), s -> new WavyUnderline(WavyUnderline.colorOf(s)));
            try {
                window.underlines.add(window.area.getHighlighter().addHighlight(start, end, painter));
            } catch (BadLocationException ex) {
                // the text moved on; the next publication redraws
            }
        }
        if (!window.inCommand && !window.loop.inMode() && !window.echo.reading() && !window.echo.messageSet()) {
            showDiagnosticAtPoint();
        }
        window.updateModeLine();
        if (outlineShowing()) {
            refreshOutline();
        }
        refreshInlayHints();
    }

    void clearUnderlines() {
        for (Object tag : window.underlines) {
            window.area.getHighlighter().removeHighlight(tag);
        }
        window.underlines.clear();
    }

    void showDiagnosticAtPoint() {
        if (window.diagnostics == null) {
            return;
        }
        DiagnosticsModel.Entry e = window.diagnostics.at(window.area.getCaretPosition());
        window.echo.showIdle(e == null ? "" : e.describe());
    }

    /** The LSP position of an offset in the buffer's current text, or null while an edit is unsent. */
    Position lspPosition(int offset) {
        if (window.sync == null || window.sync.hasPendingChanges()) {
            return null;
        }
        LineIndex.Position p = new LineIndex(window.sync.shadowText()).position(offset);
        return new Position(p.line(), p.column());
    }

    void hoverAtMouse() {
        Point p = window.hoverPoint;
        if (p == null || !window.area.isShowing() || window.server == null || !window.server.hoverSupported()) {
            return;
        }
        int offset = window.area.viewToModel2D(p);
        try {
            Rectangle2D r = window.area.modelToView2D(offset);
            Rectangle2D next =
                    offset < window.area.getDocument().getLength() ? window.area.modelToView2D(offset + 1) : r;
            // only over a character, not the empty space after a line
            if (r == null
                    || p.y < r.getY()
                    || p.y > r.getY() + r.getHeight()
                    || p.x > Math.max(r.getX(), next.getX()) + 8
                    || p.x < r.getX() - 8) {
                return;
            }
            requestHover(offset, new Point(p.x, (int) (r.getY() + r.getHeight()) + 4), p);
        } catch (BadLocationException e) {
            // the text changed
        }
    }

    void requestHover(int offset, Point showAt, Point mouse) {
        Position pos = lspPosition(offset);
        if (pos == null || window.server == null || !window.server.hoverSupported()) {
            if (mouse == null) {
                window.echo.message(
                        window.server == null || !window.server.running()
                                ? "The newslint server is not running"
                                : "No hover information here");
            }
            return;
        }
        int version = window.sync.version();
        String uri = window.sync.uri();
        window.server
                .hover(uri, pos)
                .whenComplete((h, ex) -> SwingUtilities.invokeLater(() -> {
                    if (window.sync.version() != version
                            || !window.sync.uri().equals(uri)
                            || window.sync.hasPendingChanges()) {
                        return;
                    }
                    if (mouse != null && (window.hoverPoint == null || window.hoverPoint.distance(mouse) > 6)) {
                        return; // the mouse moved on
                    }
                    String html = ex == null ? HoverPopup.toHtml(h) : null;
                    if (html == null) {
                        if (mouse == null) {
                            window.echo.message(
                                    ex != null
                                            ? "Hover failed: " + EditorWindow.rootMessage(ex)
                                            : "No hover information here");
                        }
                        return;
                    }
                    window.hover.show(html, showAt);
                }));
    }

    void hoverAtPoint() {
        try {
            Rectangle2D r = window.area.modelToView2D(window.area.getCaretPosition());
            Point at = r == null ? new Point(10, 10) : new Point((int) r.getX(), (int) (r.getY() + r.getHeight()) + 4);
            requestHover(window.area.getCaretPosition(), at, null);
        } catch (BadLocationException e) {
            // point is always in the text
        }
    }

    /** True when the diagnostics shown belong to the text in the buffer now. */
    boolean diagnosticsCurrent() {
        return window.sync != null
                && !window.sync.hasPendingChanges()
                && window.diagnostics.publishedVersion() == window.sync.version();
    }

    boolean outlineShowing() {
        return window.split.getRightComponent() != null;
    }

    void toggleOutline() {
        if (outlineShowing()) {
            window.split.setRightComponent(null);
            window.echo.message("Outline hidden");
        } else {
            window.split.setRightComponent(window.outline);
            window.split.setDividerLocation(Math.max(300, window.split.getWidth() - 360));
            refreshOutline();
            window.echo.message("Outline: click a quote or a name to go to it");
        }
        window.split.revalidate();
    }

    void refreshOutline() {
        if (window.server == null || window.sync == null || window.server.capabilities() == null) {
            return;
        }
        if (!window.server.documentSymbolsSupported()) {
            window.outline.setStatus("The server offers no outline");
            return;
        }
        int version = window.sync.version();
        String uri = window.sync.uri();
        javax.swing.text.Document doc = window.area.getDocument();
        window.server
                .documentSymbols(uri)
                .whenComplete((symbols, ex) -> SwingUtilities.invokeLater(() -> {
                    if (window.sync.version() != version
                            || !window.sync.uri().equals(uri)
                            || window.sync.hasPendingChanges()
                            || window.area.getDocument() != doc) {
                        return; // a newer analysis will bring a newer outline
                    }
                    if (ex != null) {
                        window.outline.setStatus("Outline failed: " + EditorWindow.rootMessage(ex));
                        return;
                    }
                    window.outline.update(OutlineModel.build(symbols, doc));
                }));
    }

    void refreshInlayHints() {
        if (window.server == null
                || window.sync == null
                || !window.server.inlayHintsSupported()
                || window.sync.hasPendingChanges()) {
            return;
        }
        int version = window.sync.version();
        String uri = window.sync.uri();
        LineIndex lines = new LineIndex(window.sync.shadowText());
        LineIndex.Position end = lines.position(window.sync.shadowText().length());
        javax.swing.text.Document doc = window.area.getDocument();
        window.server
                .inlayHints(uri, new Range(new Position(0, 0), new Position(end.line(), end.column())))
                .whenComplete((hints, ex) -> SwingUtilities.invokeLater(() -> {
                    if (ex != null
                            || window.sync.version() != version
                            || window.sync.hasPendingChanges()
                            || window.area.getDocument() != doc) {
                        return;
                    }
                    window.inlays.update(hints, doc);
                    window.area.repaint();
                }));
    }

    void jumpTo(OutlineModel.Item item) {
        window.editing.deactivateMark();
        window.area
                .getCaret()
                .setDot(Math.min(item.offset(), window.area.getDocument().getLength()));
        window.area.requestFocusInWindow();
        window.loop.execute("recenter");
        showDiagnosticAtPoint();
    }

    void gotoDiagnostic(boolean forward) {
        int p = window.area.getCaretPosition();
        DiagnosticsModel.Entry e = forward ? window.diagnostics.next(p) : window.diagnostics.previous(p);
        if (e == null) {
            throw new Commands.UserError("No diagnostics in this buffer");
        }
        window.editing.deactivateMark();
        window.area.getCaret().setDot(e.startOffset());
        window.echo.message(e.describe());
    }
}
