package org.newslint.swing;

/**
 * The commands that type and delete: self-insertion, RET, C-o, TAB, C-d and DEL (which delete an
 * active region whole), C-t, and undo and redo, which take such changes back a command at a time.
 */
final class TypingCommands {
    private final PointAndMark pm;
    private final CommandLoop loop;
    private final Echo echo;
    private final UndoHistory undo;

    TypingCommands(PointAndMark pm, CommandLoop loop, Echo echo, UndoHistory undo) {
        this.pm = pm;
        this.loop = loop;
        this.echo = echo;
        this.undo = undo;
    }

    void register(Commands c) {
        c.define("self-insert-command", () -> pm.insert(String.valueOf(loop.lastChar())));
        c.define("newline", () -> pm.insert("\n"));
        c.define("open-line", () -> {
            int p = pm.point();
            pm.insert("\n");
            pm.moveTo(p);
        });
        c.define("tab-to-tab-stop", () -> pm.insert("\t"));
        c.define("delete-char", () -> {
            if (pm.deleteActiveRegion()) {
                return;
            }
            if (pm.point() >= pm.length()) {
                throw new Commands.UserError("End of buffer");
            }
            pm.remove(pm.point(), TextUnits.nextChar(pm.document(), pm.point()));
        });
        c.define("delete-backward-char", () -> {
            if (pm.deleteActiveRegion()) {
                return;
            }
            if (pm.point() <= 0) {
                throw new Commands.UserError("Beginning of buffer");
            }
            pm.remove(TextUnits.previousChar(pm.document(), pm.point()), pm.point());
        });
        c.define("transpose-chars", this::transposeChars);
        c.define("undo", () -> {
            pm.deactivateMark();
            if (!undo.undo()) {
                throw new Commands.UserError("No further undo information");
            }
            echo.message("Undo");
        });
        c.define("undo-redo", () -> {
            pm.deactivateMark();
            if (!undo.redo()) {
                throw new Commands.UserError("No further redo information");
            }
            echo.message("Redo");
        });
    }

    private void transposeChars() {
        int p = pm.point();
        if (p == 0 || pm.length() < 2) {
            throw new Commands.UserError("Beginning of buffer");
        }
        int at = p == TextUnits.lineEnd(pm.document(), p) ? p - 1 : p;
        if (at == 0) {
            throw new Commands.UserError("Beginning of buffer");
        }
        String a = pm.text(at - 1, at);
        String b = pm.text(at, at + 1);
        pm.remove(at - 1, at + 1);
        pm.moveTo(at - 1);
        pm.insert(b + a);
    }
}
