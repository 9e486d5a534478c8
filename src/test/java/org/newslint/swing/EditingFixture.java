package org.newslint.swing;

import java.util.concurrent.Callable;
import javax.swing.JTextArea;

/**
 * A text area that is never shown, with the editing commands registered on a command loop, for
 * tests that run commands by name on the event thread.
 */
final class EditingFixture {
    final JTextArea area = new JTextArea();
    final Commands commands = new Commands();
    final RecordingEcho echo = new RecordingEcho();
    final CommandLoop loop = new CommandLoop(Keymap.emacs(), commands, echo);
    final KillRing ring = new KillRing(null);
    final UndoHistory undo = new UndoHistory();
    final EditingCommands editing;

    private EditingFixture(String text, int point) {
        area.setText(text);
        area.setCaretPosition(point);
        area.getDocument().addUndoableEditListener(undo);
        loop.beforeCommand(undo::commandStarting);
        editing = new EditingCommands(area, loop, ring, echo, undo);
        editing.register(commands);
    }

    static EditingFixture of(String text, int point) {
        return onEdt(() -> new EditingFixture(text, point));
    }

    /** Runs commands by name, one after another, as keys would. */
    void run(String... names) {
        onEdt(() -> {
            for (String name : names) {
                loop.execute(name);
            }
            return null;
        });
    }

    String text() {
        return onEdt(area::getText);
    }

    int point() {
        return onEdt(area::getCaretPosition);
    }

    static <T> T onEdt(Callable<T> c) {
        return SwingEditor.onEdt(c);
    }
}
