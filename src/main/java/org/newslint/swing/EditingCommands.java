package org.newslint.swing;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Set;
import javax.swing.text.BadLocationException;
import javax.swing.text.Caret;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Document;
import javax.swing.text.Element;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.Utilities;

/**
 * The Emacs editing commands on a Swing text component: motion, killing and yanking, the mark and
 * region, undo, incremental search. They work on the component's document and caret only, so the
 * tests run them on a text area that is never shown.
 */
public final class EditingCommands {
    private static final Set<String> KILLS = Set.of("kill-line", "kill-region", "kill-word", "backward-kill-word");
    private static final Set<String> LINE_MOTION = Set.of("next-line", "previous-line");
    /** Lines C-v moves when the text has no window to measure a screenful in. */
    private static final int PAGE_LINES = 20;
    static final Color SEARCH_MATCH = new Color(255, 214, 102);

    private final JTextComponent area;
    private final CommandLoop loop;
    private final KillRing ring;
    private final Echo echo;
    private final UndoHistory undo;
    private Position mark;
    private boolean markActive;
    private int yankStart = -1;
    private int yankEnd = -1;
    private int goalColumn = -1;
    private double goalX = -1;
    private String lastSearch = "";
    private Object searchHighlight;

    public EditingCommands(JTextComponent area, CommandLoop loop, KillRing ring, Echo echo, UndoHistory undo) {
        this.area = area;
        this.loop = loop;
        this.ring = ring;
        this.echo = echo;
        this.undo = undo;
    }

    /** Registers every editing command under its Emacs name. */
    public void register(Commands c) {
        c.define("self-insert-command", () -> insert(String.valueOf(loop.lastChar())));
        c.define("forward-char", () -> {
            if (point() >= length()) {
                throw new Commands.UserError("End of buffer");
            }
            moveTo(nextChar(point()));
        });
        c.define("backward-char", () -> {
            if (point() <= 0) {
                throw new Commands.UserError("Beginning of buffer");
            }
            moveTo(previousChar(point()));
        });
        c.define("next-line", () -> lineMotion(true));
        c.define("previous-line", () -> lineMotion(false));
        c.define("move-beginning-of-line", () -> moveTo(lineStart(point())));
        c.define("move-end-of-line", () -> moveTo(lineEnd(point())));
        c.define("forward-word", () -> moveTo(wordEnd(point())));
        c.define("backward-word", () -> moveTo(wordStart(point())));
        c.define("beginning-of-buffer", () -> {
            pushMark();
            moveTo(0);
        });
        c.define("end-of-buffer", () -> {
            pushMark();
            moveTo(length());
        });
        c.define("scroll-up-command", () -> page(true));
        c.define("scroll-down-command", () -> page(false));
        c.define("recenter", this::recenter);
        c.define("delete-char", () -> {
            if (deleteActiveRegion()) {
                return;
            }
            if (point() >= length()) {
                throw new Commands.UserError("End of buffer");
            }
            remove(point(), nextChar(point()));
        });
        c.define("delete-backward-char", () -> {
            if (deleteActiveRegion()) {
                return;
            }
            if (point() <= 0) {
                throw new Commands.UserError("Beginning of buffer");
            }
            remove(previousChar(point()), point());
        });
        c.define("kill-line", () -> {
            int p = point();
            if (p >= length()) {
                throw new Commands.UserError("End of buffer");
            }
            int end = lineEnd(p);
            kill(p, end == p ? end + 1 : end, false);
        });
        c.define("kill-word", () -> kill(point(), wordEnd(point()), false));
        c.define("backward-kill-word", () -> kill(wordStart(point()), point(), true));
        c.define("kill-region", () -> {
            int[] r = region();
            kill(r[0], r[1], false);
        });
        c.define("kill-ring-save", () -> {
            int[] r = region();
            ring.kill(text(r[0], r[1]), false, false);
            deactivateMark();
            echo.message("Saved text to the kill ring");
        });
        c.define("yank", this::yank);
        c.define("yank-pop", this::yankPop);
        c.define("set-mark-command", () -> {
            if (loop.lastCommand().equals("set-mark-command") && markActive) {
                deactivateMark();
                echo.message("Mark deactivated");
                return;
            }
            setMark(point());
            echo.message("Mark set");
        });
        c.define("exchange-point-and-mark", () -> {
            if (mark == null) {
                throw new Commands.UserError("No mark set in this buffer");
            }
            int m = mark.getOffset();
            int p = point();
            setMark(p);
            moveTo(m);
        });
        c.define("mark-whole-buffer", () -> {
            setMark(length());
            moveTo(0);
            echo.message("Mark set");
        });
        c.define("keyboard-quit", () -> {
            deactivateMark();
            echo.message("Quit");
        });
        c.define("undo", () -> {
            deactivateMark();
            if (!undo.undo()) {
                throw new Commands.UserError("No further undo information");
            }
            echo.message("Undo");
        });
        c.define("undo-redo", () -> {
            deactivateMark();
            if (!undo.redo()) {
                throw new Commands.UserError("No further redo information");
            }
            echo.message("Redo");
        });
        c.define("newline", () -> insert("\n"));
        c.define("open-line", () -> {
            int p = point();
            insert("\n");
            moveTo(p);
        });
        c.define("tab-to-tab-stop", () -> insert("\t"));
        c.define("transpose-chars", this::transposeChars);
        c.define("isearch-forward", () -> isearch(true));
        c.define("isearch-backward", () -> isearch(false));
    }

    // ------------------------------------------------------------------ point, mark, region

    public int point() {
        return area.getCaretPosition();
    }

    /** Moves point; with an active mark the region between them is shown as the selection. */
    public void moveTo(int offset) {
        int p = Math.max(0, Math.min(offset, length()));
        Caret caret = area.getCaret();
        if (markActive && mark != null) {
            caret.setDot(Math.min(mark.getOffset(), length()));
            caret.moveDot(p);
        } else {
            caret.setDot(p);
        }
    }

    public boolean markActive() {
        return markActive;
    }

    /** The mark's offset, or -1 when it was never set. */
    public int mark() {
        return mark == null ? -1 : mark.getOffset();
    }

    public void setMark(int offset) {
        mark = position(offset);
        markActive = true;
        moveTo(point());
    }

    /** Sets the mark where point is without activating it, as M-< and C-y do. */
    private void pushMark() {
        mark = position(point());
        markActive = false;
    }

    public void deactivateMark() {
        markActive = false;
        Caret caret = area.getCaret();
        if (caret.getDot() != caret.getMark()) {
            caret.setDot(caret.getDot());
        }
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

    private boolean deleteActiveRegion() {
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

    // ------------------------------------------------------------------ editing

    private void insert(String s) {
        deactivateMark();
        int p = point();
        try {
            area.getDocument().insertString(p, s, null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        area.getCaret().setDot(p + s.length());
    }

    private void remove(int from, int to) {
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

    private void kill(int from, int to, boolean backward) {
        int start = Math.max(0, Math.min(from, to));
        int end = Math.min(length(), Math.max(from, to));
        ring.kill(text(start, end), KILLS.contains(loop.lastCommand()), backward);
        remove(start, end);
    }

    private void yank() {
        String s = ring.yank();
        if (s == null) {
            throw new Commands.UserError("Kill ring is empty");
        }
        int p = point();
        insert(s);
        mark = position(p);
        yankStart = p;
        yankEnd = p + s.length();
    }

    private void yankPop() {
        if (!(loop.lastCommand().equals("yank") || loop.lastCommand().equals("yank-pop")) || yankStart < 0) {
            throw new Commands.UserError("Previous command was not a yank");
        }
        String s = ring.rotate();
        remove(yankStart, Math.min(yankEnd, length()));
        insert(s);
        mark = position(yankStart);
        yankEnd = yankStart + s.length();
    }

    private void transposeChars() {
        int p = point();
        if (p == 0 || length() < 2) {
            throw new Commands.UserError("Beginning of buffer");
        }
        int at = p == lineEnd(p) ? p - 1 : p;
        if (at == 0) {
            throw new Commands.UserError("Beginning of buffer");
        }
        String a = text(at - 1, at);
        String b = text(at, at + 1);
        remove(at - 1, at + 1);
        moveTo(at - 1);
        insert(b + a);
    }

    // ------------------------------------------------------------------ motion

    private void lineMotion(boolean down) {
        boolean continuing = LINE_MOTION.contains(loop.lastCommand());
        int p = point();
        if (area.isShowing() && area.getWidth() > 0) {
            try {
                Rectangle2D r = area.modelToView2D(p);
                if (!continuing || goalX < 0) {
                    goalX = r.getX();
                }
                int q = down ? Utilities.getPositionBelow(area, p, (float) goalX) : Utilities.getPositionAbove(area, p, (float) goalX);
                if (q < 0 || q == p) {
                    lineMotionAtEdge(down, p);
                    return;
                }
                moveTo(q);
                return;
            } catch (BadLocationException e) {
                lineMotionAtEdge(down, p);
                return;
            }
        }
        Element root = area.getDocument().getDefaultRootElement();
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
        moveTo(Math.min(t.getStartOffset() + goalColumn, lineEnd(t.getStartOffset())));
    }

    private void lineMotionAtEdge(boolean down, int p) {
        int edge = down ? length() : 0;
        if (p == edge) {
            throw new Commands.UserError(down ? "End of buffer" : "Beginning of buffer");
        }
        moveTo(edge);
    }

    private void page(boolean down) {
        int p = point();
        if ((down && p >= length()) || (!down && p <= 0)) {
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
                q = down ? length() : 0;
            }
            moveTo(q);
            return;
        }
        Element root = area.getDocument().getDefaultRootElement();
        int line = root.getElementIndex(p) + (down ? PAGE_LINES : -PAGE_LINES);
        line = Math.max(0, Math.min(line, root.getElementCount() - 1));
        moveTo(root.getElement(line).getStartOffset());
    }

    private void recenter() {
        if (!area.isShowing()) {
            return;
        }
        try {
            Rectangle2D r = area.modelToView2D(point());
            Rectangle vis = area.getVisibleRect();
            int top = (int) Math.max(0, r.getY() - vis.height / 2.0);
            area.scrollRectToVisible(new Rectangle(vis.x, top, vis.width, vis.height));
        } catch (BadLocationException e) {
            // nothing to centre
        }
    }

    int lineStart(int offset) {
        Element root = area.getDocument().getDefaultRootElement();
        return root.getElement(root.getElementIndex(offset)).getStartOffset();
    }

    int lineEnd(int offset) {
        Element root = area.getDocument().getDefaultRootElement();
        return Math.min(root.getElement(root.getElementIndex(offset)).getEndOffset() - 1, length());
    }

    private int wordEnd(int from) {
        String t = text(0, length());
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

    private int wordStart(int from) {
        String t = text(0, length());
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
        return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < t.length()
                && Character.isLetter(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1));
    }

    private int nextChar(int p) {
        String t = text(p, Math.min(length(), p + 2));
        return p + (t.length() == 2 && Character.isHighSurrogate(t.charAt(0)) && Character.isLowSurrogate(t.charAt(1)) ? 2 : 1);
    }

    private int previousChar(int p) {
        String t = text(Math.max(0, p - 2), p);
        return p - (t.length() == 2 && Character.isHighSurrogate(t.charAt(0)) && Character.isLowSurrogate(t.charAt(1)) ? 2 : 1);
    }

    // ------------------------------------------------------------------ incremental search

    private void isearch(boolean forward) {
        deactivateMark();
        IncrementalSearch search = new IncrementalSearch(text(0, length()), point(), forward, lastSearch);
        CommandLoop.Mode mode = new CommandLoop.Mode() {
            @Override
            public boolean key(String key) {
                switch (key) {
                    case "C-s" -> search.repeat(true);
                    case "C-r" -> search.repeat(false);
                    case "DEL" -> search.backspace();
                    case "C-g" -> {
                        if (!search.dropFailing()) {
                            finish(this, search, false);
                            moveTo(search.origin());
                            echo.message("Quit");
                            return true;
                        }
                    }
                    case "RET" -> {
                        finish(this, search, true);
                        return true;
                    }
                    default -> {
                        if (Keymap.isSelfInserting(key)) {
                            return false;
                        }
                        // any other key ends the search where it is and then does its usual job
                        finish(this, search, true);
                        return false;
                    }
                }
                show(search);
                return true;
            }

            @Override
            public void typed(char c) {
                if (c >= 0x20 && c != 0x7f) {
                    search.type(c);
                    show(search);
                }
            }
        };
        loop.enterMode(mode);
        show(search);
    }

    private void show(IncrementalSearch search) {
        clearSearchHighlight();
        area.getCaret().setDot(search.point());
        if (search.matchStart() >= 0) {
            try {
                searchHighlight = area.getHighlighter().addHighlight(search.matchStart(), search.matchEnd(),
                        new DefaultHighlighter.DefaultHighlightPainter(SEARCH_MATCH));
            } catch (BadLocationException e) {
                // the match is where the text was; nothing to show
            }
        }
        echo.prompt(search.prompt());
    }

    private void finish(CommandLoop.Mode mode, IncrementalSearch search, boolean keep) {
        loop.exitMode(mode);
        clearSearchHighlight();
        if (!search.query().isEmpty()) {
            lastSearch = search.query();
        }
        if (keep) {
            area.getCaret().setDot(search.point());
            if (search.point() != search.origin()) {
                mark = position(search.origin());
                markActive = false;
                echo.message("Mark saved where search started");
            } else {
                echo.message("");
            }
        }
    }

    private void clearSearchHighlight() {
        if (searchHighlight != null) {
            area.getHighlighter().removeHighlight(searchHighlight);
            searchHighlight = null;
        }
    }

    /** The last search string, for tests and for C-s C-s. */
    public String lastSearch() {
        return lastSearch;
    }

    /** Forgets the mark and the yank, as after opening another file. */
    public void reset() {
        mark = null;
        markActive = false;
        yankStart = -1;
        yankEnd = -1;
        clearSearchHighlight();
    }

    // ------------------------------------------------------------------ document access

    private int length() {
        return area.getDocument().getLength();
    }

    private String text(int from, int to) {
        try {
            return area.getDocument().getText(from, Math.max(0, to - from));
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
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
