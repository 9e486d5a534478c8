package org.newslint.swing;

import javax.swing.event.UndoableEditEvent;
import javax.swing.event.UndoableEditListener;
import javax.swing.undo.CannotRedoException;
import javax.swing.undo.CannotUndoException;
import javax.swing.undo.CompoundEdit;
import javax.swing.undo.UndoManager;

/**
 * Undo in command-sized steps: every edit a command makes is one undo step, and runs of typed
 * characters group up to twenty at a time, as Emacs does, instead of Swing's one step per change.
 * Built on {@link UndoManager}.
 */
public final class UndoHistory implements UndoableEditListener {
    private static final int TYPING_GROUP = 20;
    private static final String SELF_INSERT = "self-insert-command";

    private final UndoManager manager = new UndoManager();
    private CompoundEdit group;
    private int groupEdits;
    private String groupCommand = "";

    public UndoHistory() {
        manager.setLimit(5000);
    }

    /** Called before each command: a new undo step starts, unless typing continues. */
    public void commandStarting(String name) {
        boolean typing = name.equals(SELF_INSERT) && groupCommand.equals(SELF_INSERT) && groupEdits < TYPING_GROUP;
        if (!typing) {
            close();
        }
        groupCommand = name;
    }

    @Override
    public void undoableEditHappened(UndoableEditEvent e) {
        if (group == null) {
            group = new CompoundEdit();
            groupEdits = 0;
        }
        group.addEdit(e.getEdit());
        groupEdits++;
    }

    /** Undoes one step; false when there is nothing to undo. */
    public boolean undo() {
        close();
        if (!manager.canUndo()) {
            return false;
        }
        try {
            manager.undo();
            return true;
        } catch (CannotUndoException e) {
            return false;
        }
    }

    /** Redoes the step last undone; false when there is none. */
    public boolean redo() {
        close();
        if (!manager.canRedo()) {
            return false;
        }
        try {
            manager.redo();
            return true;
        } catch (CannotRedoException e) {
            return false;
        }
    }

    /** Forgets everything, as after opening another file. */
    public void clear() {
        group = null;
        groupEdits = 0;
        groupCommand = "";
        manager.discardAllEdits();
    }

    private void close() {
        if (group != null) {
            group.end();
            manager.addEdit(group);
            group = null;
            groupEdits = 0;
        }
    }
}
