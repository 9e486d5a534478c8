package org.newslint.swing;

import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import javax.swing.text.BadLocationException;
import javax.swing.text.Element;
import javax.swing.text.Utilities;

/** Point motion: lines keeping a goal column, pages, recentring, words, and characters that never split a surrogate pair. */
final class Motion {
    private final EditingCommands editing;

    Motion(EditingCommands editing) {
        this.editing = editing;
    }

    // ------------------------------------------------------------------ motion

    void lineMotion(boolean down) {
        boolean continuing = EditingCommands.LINE_MOTION.contains(editing.loop.lastCommand());
        int p = editing.point();
        if (editing.area.isShowing() && editing.area.getWidth() > 0) {
            try {
                Rectangle2D r = editing.area.modelToView2D(p);
                if (!continuing || editing.goalX < 0) {
                    editing.goalX = r.getX();
                }
                int q = down
                        ? Utilities.getPositionBelow(editing.area, p, (float) editing.goalX)
                        : Utilities.getPositionAbove(editing.area, p, (float) editing.goalX);
                if (q < 0 || q == p) {
                    lineMotionAtEdge(down, p);
                    return;
                }
                editing.moveTo(q);
                return;
            } catch (BadLocationException e) {
                lineMotionAtEdge(down, p);
                return;
            }
        }
        Element root = editing.area.getDocument().getDefaultRootElement();
        int line = root.getElementIndex(p);
        if (!continuing || editing.goalColumn < 0) {
            editing.goalColumn = p - root.getElement(line).getStartOffset();
        }
        int target = line + (down ? 1 : -1);
        if (target < 0 || target >= root.getElementCount()) {
            lineMotionAtEdge(down, p);
            return;
        }
        Element t = root.getElement(target);
        editing.moveTo(Math.min(t.getStartOffset() + editing.goalColumn, lineEnd(t.getStartOffset())));
    }

    void lineMotionAtEdge(boolean down, int p) {
        int edge = down ? editing.length() : 0;
        if (p == edge) {
            throw new Commands.UserError(down ? "End of buffer" : "Beginning of buffer");
        }
        editing.moveTo(edge);
    }

    void page(boolean down) {
        int p = editing.point();
        if ((down && p >= editing.length()) || (!down && p <= 0)) {
            throw new Commands.UserError(down ? "End of buffer" : "Beginning of buffer");
        }
        if (editing.area.isShowing() && editing.area.getHeight() > 0) {
            Rectangle vis = editing.area.getVisibleRect();
            int lineHeight = editing.area.getFontMetrics(editing.area.getFont()).getHeight();
            int step = Math.max(lineHeight, vis.height - 2 * lineHeight);
            int top = Math.max(0, Math.min(vis.y + (down ? step : -step), editing.area.getHeight() - vis.height));
            editing.area.scrollRectToVisible(new Rectangle(vis.x, top, vis.width, vis.height));
            int y = down ? top : top + vis.height - lineHeight;
            int q = editing.area.viewToModel2D(new Point2D.Double(0, y));
            if (q == p || q < 0) {
                q = down ? editing.length() : 0;
            }
            editing.moveTo(q);
            return;
        }
        Element root = editing.area.getDocument().getDefaultRootElement();
        int line = root.getElementIndex(p) + (down ? EditingCommands.PAGE_LINES : -EditingCommands.PAGE_LINES);
        line = Math.max(0, Math.min(line, root.getElementCount() - 1));
        editing.moveTo(root.getElement(line).getStartOffset());
    }

    void recenter() {
        if (!editing.area.isShowing()) {
            return;
        }
        try {
            Rectangle2D r = editing.area.modelToView2D(editing.point());
            Rectangle vis = editing.area.getVisibleRect();
            int top = (int) Math.max(0, r.getY() - vis.height / 2.0);
            editing.area.scrollRectToVisible(new Rectangle(vis.x, top, vis.width, vis.height));
        } catch (BadLocationException e) {
            // nothing to centre
        }
    }

    int lineStart(int offset) {
        Element root = editing.area.getDocument().getDefaultRootElement();
        return root.getElement(root.getElementIndex(offset)).getStartOffset();
    }

    int lineEnd(int offset) {
        Element root = editing.area.getDocument().getDefaultRootElement();
        return Math.min(root.getElement(root.getElementIndex(offset)).getEndOffset() - 1, editing.length());
    }

    int wordEnd(int from) {
        String t = editing.text(0, editing.length());
        int i = from;
        while (i < t.length() && !wordChar(t, i)) {
            i++;
        }
        if (i >= t.length() && from >= t.length()) {
            throw new Commands.UserError("End of buffer");
        }
        while (i < t.length() && wordChar(t, i)) {
            i++;
        }
        return i;
    }

    int wordStart(int from) {
        String t = editing.text(0, editing.length());
        int i = from;
        if (i <= 0) {
            throw new Commands.UserError("Beginning of buffer");
        }
        while (i > 0 && !wordChar(t, i - 1)) {
            i--;
        }
        while (i > 0 && wordChar(t, i - 1)) {
            i--;
        }
        return i;
    }

    /** Letters and digits, and an apostrophe inside a word ("don't", "council’s"). */
    static boolean wordChar(String t, int i) {
        char c = t.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return (c == '\'' || c == '\u2019')
                && i > 0
                && i + 1 < t.length()
                && Character.isLetter(t.charAt(i - 1))
                && Character.isLetter(t.charAt(i + 1));
    }

    int nextChar(int p) {
        String t = editing.text(p, Math.min(editing.length(), p + 2));
        return p
                + (t.length() == 2 && Character.isHighSurrogate(t.charAt(0)) && Character.isLowSurrogate(t.charAt(1))
                        ? 2
                        : 1);
    }

    int previousChar(int p) {
        String t = editing.text(Math.max(0, p - 2), p);
        return p
                - (t.length() == 2 && Character.isHighSurrogate(t.charAt(0)) && Character.isLowSurrogate(t.charAt(1))
                        ? 2
                        : 1);
    }
}
