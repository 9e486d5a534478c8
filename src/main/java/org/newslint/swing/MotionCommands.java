package org.newslint.swing;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Set;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.JTextComponent;
import javax.swing.text.Utilities;

/**
 * The commands that move point without changing the text: by character, word, line, screenful and
 * to either end of the buffer, and C-l. Consecutive C-n and C-p keep the column they started in;
 * on a text area that is not shown (the tests) lines and pages are counted in the document.
 */
final class MotionCommands {
    private static final Set<String> LINE_MOTION = Set.of("next-line", "previous-line");
    /** Lines C-v moves when the text has no window to measure a screenful in. */
    static final int PAGE_LINES = 20;

    private final JTextComponent area;
    private final PointAndMark pm;
    private final CommandLoop loop;
    private int goalColumn = -1;
    private double goalX = -1;

    MotionCommands(JTextComponent area, PointAndMark pm, CommandLoop loop) {
        this.area = area;
        this.pm = pm;
        this.loop = loop;
    }

    void register(Commands c) {
        c.define("forward-char", () -> {
            if (pm.point() >= pm.length()) {
                throw new Commands.UserError("End of buffer");
            }
            pm.moveTo(TextUnits.nextChar(pm.document(), pm.point()));
        });
        c.define("backward-char", () -> {
            if (pm.point() <= 0) {
                throw new Commands.UserError("Beginning of buffer");
            }
            pm.moveTo(TextUnits.previousChar(pm.document(), pm.point()));
        });
        c.define("next-line", () -> lineMotion(true));
        c.define("previous-line", () -> lineMotion(false));
        c.define("move-beginning-of-line", () -> pm.moveTo(TextUnits.lineStart(pm.document(), pm.point())));
        c.define("move-end-of-line", () -> pm.moveTo(TextUnits.lineEnd(pm.document(), pm.point())));
        c.define("forward-word", () -> pm.moveTo(TextUnits.wordEnd(pm.text(0, pm.length()), pm.point())));
        c.define("backward-word", () -> pm.moveTo(TextUnits.wordStart(pm.text(0, pm.length()), pm.point())));
        c.define("beginning-of-buffer", () -> {
            pm.pushMark(pm.point());
            pm.moveTo(0);
        });
        c.define("end-of-buffer", () -> {
            pm.pushMark(pm.point());
            pm.moveTo(pm.length());
        });
        c.define("scroll-up-command", () -> page(true));
        c.define("scroll-down-command", () -> page(false));
        c.define("recenter", this::recenter);
    }

    private void lineMotion(boolean down) {
        boolean continuing = LINE_MOTION.contains(loop.lastCommand());
        int p = pm.point();
        if (area.isShowing() && area.getWidth() > 0) {
            try {
                Rectangle2D r = area.modelToView2D(p);
                if (!continuing || goalX < 0) {
                    goalX = r.getX();
                }
                int q = down
                        ? Utilities.getPositionBelow(area, p, (float) goalX)
                        : Utilities.getPositionAbove(area, p, (float) goalX);
                if (q < 0 || q == p) {
                    lineMotionAtEdge(down, p);
                    return;
                }
                pm.moveTo(q);
                return;
            } catch (BadLocationException e) {
                lineMotionAtEdge(down, p);
                return;
            }
        }
        Element root = pm.document().getDefaultRootElement();
        int line = root.getElementIndex(p);
        if (!continuing || goalColumn < 0) {
            goalColumn = p - root.getElement(line).getStartOffset();
        }
        int target = line + (down ? 1 : -1);
        if (target < 0 || target >= root.getElementCount()) {
            lineMotionAtEdge(down, p);
            return;
        }
        Element t = root.getElement(target);
        pm.moveTo(Math.min(t.getStartOffset() + goalColumn, TextUnits.lineEnd(pm.document(), t.getStartOffset())));
    }

    private void lineMotionAtEdge(boolean down, int p) {
        int edge = down ? pm.length() : 0;
        if (p == edge) {
            throw new Commands.UserError(down ? "End of buffer" : "Beginning of buffer");
        }
        pm.moveTo(edge);
    }

    private void page(boolean down) {
        int p = pm.point();
        if ((down && p >= pm.length()) || (!down && p <= 0)) {
            throw new Commands.UserError(down ? "End of buffer" : "Beginning of buffer");
        }
        if (area.isShowing() && area.getHeight() > 0) {
            Rectangle vis = area.getVisibleRect();
            int lineHeight = area.getFontMetrics(area.getFont()).getHeight();
            int step = Math.max(lineHeight, vis.height - 2 * lineHeight);
            int top = Math.max(0, Math.min(vis.y + (down ? step : -step), area.getHeight() - vis.height));
            area.scrollRectToVisible(new Rectangle(vis.x, top, vis.width, vis.height));
            int y = down ? top : top + vis.height - lineHeight;
            int q = area.viewToModel2D(new Point2D.Double(0, y));
            if (q == p || q < 0) {
                q = down ? pm.length() : 0;
            }
            pm.moveTo(q);
            return;
        }
        Element root = pm.document().getDefaultRootElement();
        int line = root.getElementIndex(p) + (down ? PAGE_LINES : -PAGE_LINES);
        line = Math.max(0, Math.min(line, root.getElementCount() - 1));
        pm.moveTo(root.getElement(line).getStartOffset());
    }

    private void recenter() {
        if (!area.isShowing()) {
            return;
        }
        try {
            Rectangle2D r = area.modelToView2D(pm.point());
            Rectangle vis = area.getVisibleRect();
            int top = (int) Math.max(0, r.getY() - vis.height / 2.0);
            area.scrollRectToVisible(new Rectangle(vis.x, top, vis.width, vis.height));
        } catch (BadLocationException e) {
            // nothing to centre
        }
    }
}
