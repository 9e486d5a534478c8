package org.newslint.swing;

/**
 * The mark and the region: C-SPC sets the mark (twice in a row turns the region off), C-x C-x
 * swaps point and mark, C-x h marks the whole buffer, and C-g gives up on the region.
 */
final class MarkCommands {
    private final PointAndMark pm;
    private final CommandLoop loop;
    private final Echo echo;

    MarkCommands(PointAndMark pm, CommandLoop loop, Echo echo) {
        this.pm = pm;
        this.loop = loop;
        this.echo = echo;
    }

    void register(Commands c) {
        c.define("set-mark-command", () -> {
            if (loop.lastCommand().equals("set-mark-command") && pm.markActive()) {
                pm.deactivateMark();
                echo.message("Mark deactivated");
                return;
            }
            pm.setMark(pm.point());
            echo.message("Mark set");
        });
        c.define("exchange-point-and-mark", () -> {
            if (pm.mark() < 0) {
                throw new Commands.UserError("No mark set in this buffer");
            }
            int m = pm.mark();
            int p = pm.point();
            pm.setMark(p);
            pm.moveTo(m);
        });
        c.define("mark-whole-buffer", () -> {
            pm.setMark(pm.length());
            pm.moveTo(0);
            echo.message("Mark set");
        });
        c.define("keyboard-quit", () -> {
            pm.deactivateMark();
            echo.message("Quit");
        });
    }
}
