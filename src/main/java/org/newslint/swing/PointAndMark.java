package org.newslint.swing;

import javax.swing.text.BadLocationException;
import javax.swing.text.Caret;
import javax.swing.text.Document;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;

/**
 * Point, the mark and the region on a text component, and the two primitive edits every editing
 * command makes through them: insert at point and remove a range, both of which end an active
 * region as typing does in Emacs. Shared by the motion, kill, mark, typing and search commands so
 * that they agree on where the region is.
 */
final class PointAndMark {
    private final JTextComponent area;
    private Position mark;
    private boolean markActive;

    PointAndMark(JTextComponent area) {
        this.area = area;
    }

    int point() {
        return area.getCaretPosition();
    }

    int length() {
        return area.getDocument().getLength();
    }

    Document document() {
        return area.getDocument();
    }

    /** Moves point; with an active mark the region between them is shown as the selection. */
    void moveTo(int offset) {
        int p = Math.max(0, Math.min(offset, length()));
        Caret caret = area.getCaret();
        if (markActive && mark != null) {
            caret.setDot(Math.min(mark.getOffset(), length()));
            caret.moveDot(p);
        } else {
            caret.setDot(p);
        }
    }

    boolean markActive() {
        return markActive;
    }

    /** The mark's offset, or -1 when it was never set. */
    int mark() {
        return mark == null ? -1 : mark.getOffset();
    }

    /** Sets and activates the mark, so the region shows. */
    void setMark(int offset) {
        mark = position(offset);
        markActive = true;
        moveTo(point());
    }

    /** Sets the mark without activating it, as M-<, C-y and a search do. */
    void pushMark(int offset) {
        mark = position(offset);
        markActive = false;
    }

    void deactivateMark() {
        markActive = false;
        Caret caret = area.getCaret();
        if (caret.getDot() != caret.getMark()) {
            caret.setDot(caret.getDot());
        }
    }

    /** Forgets the mark altogether, as after opening another file. */
    void clearMark() {
        mark = null;
        markActive = false;
    }

    /** The region: a selection made with the mouse, or point to mark. */
    int[] region() {
        Caret caret = area.getCaret();
        if (caret.getDot() != caret.getMark()) {
            return new int[] {Math.min(caret.getDot(), caret.getMark()), Math.max(caret.getDot(), caret.getMark())};
        }
        if (mark == null) {
            throw new Commands.UserError("The mark is not set now, so there is no region");
        }
        int m = Math.min(mark.getOffset(), length());
        return new int[] {Math.min(m, point()), Math.max(m, point())};
    }

    /** Deletes the region if the mark is active and the region is not empty; returns whether it did. */
    boolean deleteActiveRegion() {
        if (!markActive) {
            return false;
        }
        int[] r = region();
        if (r[0] == r[1]) {
            return false;
        }
        remove(r[0], r[1]);
        return true;
    }

    /** Inserts at point and leaves point after the text. */
    void insert(String s) {
        deactivateMark();
        int p = point();
        try {
            area.getDocument().insertString(p, s, null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        area.getCaret().setDot(p + s.length());
    }

    /** Removes a range and leaves point where it began. */
    void remove(int from, int to) {
        deactivateMark();
        if (to <= from) {
            return;
        }
        try {
            area.getDocument().remove(from, to - from);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        area.getCaret().setDot(from);
    }

    String text(int from, int to) {
        return TextUnits.text(area.getDocument(), from, to);
    }

    private Position position(int offset) {
        Document doc = area.getDocument();
        try {
            return doc.createPosition(Math.max(0, Math.min(offset, doc.getLength())));
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }
}
