package org.newslint.swing;

import java.awt.Color;
import java.util.Set;
import javax.swing.text.BadLocationException;
import javax.swing.text.Caret;
import javax.swing.text.Document;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;

/**
 * The Emacs editing commands on a Swing text component: motion, killing and yanking, the mark and
 * region, undo, incremental search. They work on the component's document and caret only, so the
 * tests run them on a text area that is never shown.
 */
public final class EditingCommands {
    static final Set<String> KILLS = Set.of("kill-line", "kill-region", "kill-word", "backward-kill-word");
    static final Set<String> LINE_MOTION = Set.of("next-line", "previous-line");
    /** Lines C-v moves when the text has no window to measure a screenful in. */
    static final int PAGE_LINES = 20;

    static final Color SEARCH_MATCH = new Color(255, 214, 102);

    final JTextComponent area;
    final CommandLoop loop;
    final KillRing ring;
    final Echo echo;
    final UndoHistory undo;
    Position mark;
    boolean markActive;
    int yankStart = -1;
    int yankEnd = -1;
    int goalColumn = -1;
    double goalX = -1;
    String lastSearch = "";
    Object searchHighlight;

    final Motion motion = new Motion(this);
    final SearchCommands search = new SearchCommands(this);

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
            moveTo(motion.nextChar(point()));
        });
        c.define("backward-char", () -> {
            if (point() <= 0) {
                throw new Commands.UserError("Beginning of buffer");
            }
            moveTo(motion.previousChar(point()));
        });
        c.define("next-line", () -> motion.lineMotion(true));
        c.define("previous-line", () -> motion.lineMotion(false));
        c.define("move-beginning-of-line", () -> moveTo(motion.lineStart(point())));
        c.define("move-end-of-line", () -> moveTo(motion.lineEnd(point())));
        c.define("forward-word", () -> moveTo(motion.wordEnd(point())));
        c.define("backward-word", () -> moveTo(motion.wordStart(point())));
        c.define("beginning-of-buffer", () -> {
            pushMark();
            moveTo(0);
        });
        c.define("end-of-buffer", () -> {
            pushMark();
            moveTo(length());
        });
        c.define("scroll-up-command", () -> motion.page(true));
        c.define("scroll-down-command", () -> motion.page(false));
        c.define("recenter", motion::recenter);
        c.define("delete-char", () -> {
            if (deleteActiveRegion()) {
                return;
            }
            if (point() >= length()) {
                throw new Commands.UserError("End of buffer");
            }
            remove(point(), motion.nextChar(point()));
        });
        c.define("delete-backward-char", () -> {
            if (deleteActiveRegion()) {
                return;
            }
            if (point() <= 0) {
                throw new Commands.UserError("Beginning of buffer");
            }
            remove(motion.previousChar(point()), point());
        });
        c.define("kill-line", () -> {
            int p = point();
            if (p >= length()) {
                throw new Commands.UserError("End of buffer");
            }
            int end = motion.lineEnd(p);
            kill(p, end == p ? end + 1 : end, false);
        });
        c.define("kill-word", () -> kill(point(), motion.wordEnd(point()), false));
        c.define("backward-kill-word", () -> kill(motion.wordStart(point()), point(), true));
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
        c.define("isearch-forward", () -> search.isearch(true));
        c.define("isearch-backward", () -> search.isearch(false));
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
    void pushMark() {
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

    // ------------------------------------------------------------------ editing

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

    void kill(int from, int to, boolean backward) {
        int start = Math.max(0, Math.min(from, to));
        int end = Math.min(length(), Math.max(from, to));
        ring.kill(text(start, end), KILLS.contains(loop.lastCommand()), backward);
        remove(start, end);
    }

    void yank() {
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

    void yankPop() {
        if (!(loop.lastCommand().equals("yank") || loop.lastCommand().equals("yank-pop")) || yankStart < 0) {
            throw new Commands.UserError("Previous command was not a yank");
        }
        String s = ring.rotate();
        remove(yankStart, Math.min(yankEnd, length()));
        insert(s);
        mark = position(yankStart);
        yankEnd = yankStart + s.length();
    }

    void transposeChars() {
        int p = point();
        if (p == 0 || length() < 2) {
            throw new Commands.UserError("Beginning of buffer");
        }
        int at = p == motion.lineEnd(p) ? p - 1 : p;
        if (at == 0) {
            throw new Commands.UserError("Beginning of buffer");
        }
        String a = text(at - 1, at);
        String b = text(at, at + 1);
        remove(at - 1, at + 1);
        moveTo(at - 1);
        insert(b + a);
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
        search.clearSearchHighlight();
    }

    // ------------------------------------------------------------------ document access

    int length() {
        return area.getDocument().getLength();
    }

    String text(int from, int to) {
        try {
            return area.getDocument().getText(from, Math.max(0, to - from));
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    Position position(int offset) {
        Document doc = area.getDocument();
        try {
            return doc.createPosition(Math.max(0, Math.min(offset, doc.getLength())));
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }
}
