package org.newslint.swing;

import javax.swing.text.JTextComponent;

/**
 * The Emacs editing commands on a Swing text component, as one set to register: motion, killing
 * and yanking, the mark and region, typing and undo, incremental search. The commands themselves
 * live in one class per kind; this one builds them on a shared {@link PointAndMark} and is what
 * the window (and the key binding tests) hold. They work on the component's document and caret
 * only, so the tests run them on a text area that is never shown.
 */
public final class EditingCommands {
    private final PointAndMark pm;
    private final MotionCommands motion;
    private final KillCommands kills;
    private final MarkCommands marks;
    private final TypingCommands typing;
    private final SearchCommands search;

    public EditingCommands(JTextComponent area, CommandLoop loop, KillRing ring, Echo echo, UndoHistory undo) {
        this.pm = new PointAndMark(area);
        this.motion = new MotionCommands(area, pm, loop);
        this.kills = new KillCommands(pm, loop, ring, echo);
        this.marks = new MarkCommands(pm, loop, echo);
        this.typing = new TypingCommands(pm, loop, echo, undo);
        this.search = new SearchCommands(area, pm, loop, echo);
    }

    /** Registers every editing command under its Emacs name. */
    public void register(Commands c) {
        typing.register(c);
        motion.register(c);
        kills.register(c);
        marks.register(c);
        search.register(c);
    }

    public int point() {
        return pm.point();
    }

    /** Moves point; with an active mark the region between them is shown as the selection. */
    public void moveTo(int offset) {
        pm.moveTo(offset);
    }

    public boolean markActive() {
        return pm.markActive();
    }

    /** The mark's offset, or -1 when it was never set. */
    public int mark() {
        return pm.mark();
    }

    public void setMark(int offset) {
        pm.setMark(offset);
    }

    public void deactivateMark() {
        pm.deactivateMark();
    }

    /** The last search string, for tests and for C-s C-s. */
    public String lastSearch() {
        return search.lastSearch();
    }

    /** Forgets the mark and the yank, as after opening another file. */
    public void reset() {
        pm.clearMark();
        kills.reset();
        search.reset();
    }
}
