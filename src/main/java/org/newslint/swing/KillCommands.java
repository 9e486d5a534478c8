package org.newslint.swing;

import java.util.Set;

/**
 * Killing and yanking: C-k, M-d, M-DEL, C-w and M-w put text on the {@link KillRing} (consecutive
 * kills join into one entry), C-y puts the latest back and M-y replaces what C-y just inserted
 * with an older kill.
 */
final class KillCommands {
    private static final Set<String> KILLS = Set.of("kill-line", "kill-region", "kill-word", "backward-kill-word");

    private final PointAndMark pm;
    private final CommandLoop loop;
    private final KillRing ring;
    private final Echo echo;
    /** What the last C-y or M-y inserted, for the next M-y to replace; -1 when nothing. */
    private int yankStart = -1;

    private int yankEnd = -1;

    KillCommands(PointAndMark pm, CommandLoop loop, KillRing ring, Echo echo) {
        this.pm = pm;
        this.loop = loop;
        this.ring = ring;
        this.echo = echo;
    }

    void register(Commands c) {
        c.define("kill-line", () -> {
            int p = pm.point();
            if (p >= pm.length()) {
                throw new Commands.UserError("End of buffer");
            }
            int end = TextUnits.lineEnd(pm.document(), p);
            kill(p, end == p ? end + 1 : end, false);
        });
        c.define("kill-word", () -> kill(pm.point(), TextUnits.wordEnd(pm.text(0, pm.length()), pm.point()), false));
        c.define(
                "backward-kill-word",
                () -> kill(TextUnits.wordStart(pm.text(0, pm.length()), pm.point()), pm.point(), true));
        c.define("kill-region", () -> {
            int[] r = pm.region();
            kill(r[0], r[1], false);
        });
        c.define("kill-ring-save", () -> {
            int[] r = pm.region();
            ring.kill(pm.text(r[0], r[1]), false, false);
            pm.deactivateMark();
            echo.message("Saved text to the kill ring");
        });
        c.define("yank", this::yank);
        c.define("yank-pop", this::yankPop);
    }

    /** Forgets the last yank, as after opening another file. */
    void reset() {
        yankStart = -1;
        yankEnd = -1;
    }

    private void kill(int from, int to, boolean backward) {
        int start = Math.max(0, Math.min(from, to));
        int end = Math.min(pm.length(), Math.max(from, to));
        ring.kill(pm.text(start, end), KILLS.contains(loop.lastCommand()), backward);
        pm.remove(start, end);
    }

    private void yank() {
        String s = ring.yank();
        if (s == null) {
            throw new Commands.UserError("Kill ring is empty");
        }
        int p = pm.point();
        pm.insert(s);
        pm.pushMark(p);
        yankStart = p;
        yankEnd = p + s.length();
    }

    private void yankPop() {
        if (!(loop.lastCommand().equals("yank") || loop.lastCommand().equals("yank-pop")) || yankStart < 0) {
            throw new Commands.UserError("Previous command was not a yank");
        }
        String s = ring.rotate();
        pm.remove(yankStart, Math.min(yankEnd, pm.length()));
        pm.insert(s);
        pm.pushMark(yankStart);
        yankEnd = yankStart + s.length();
    }
}
