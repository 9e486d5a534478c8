package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The motion, kill, mark and typing commands run by name on a text area that is never shown:
 * the cases the key binding test does not reach (screenfuls counted in lines, kills joining
 * backwards, deleting an active region, the errors at the edges).
 */
class EditingCommandGroupsTest {
    private static String lines(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("line ").append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void withoutAWindowAScreenfulIsTwentyLinesAndStopsAtTheEnds() {
        String text = lines(30);
        EditingFixture f = EditingFixture.of(text, 0);
        f.run("scroll-up-command");
        assertThat(f.point()).isEqualTo(text.indexOf("line " + MotionCommands.PAGE_LINES + "\n"));
        f.run("scroll-up-command");
        assertThat(f.point())
                .as("clamped to the last line, the empty one after the final break")
                .isEqualTo(text.length());
        f.run("scroll-up-command");
        assertThat(f.echo.lastError()).isEqualTo("End of buffer");
        f.run("scroll-down-command");
        assertThat(f.point()).isEqualTo(text.indexOf("line 10\n"));
    }

    @Test
    void lineMotionGoesToTheEdgeBeforeComplaining() {
        EditingFixture f = EditingFixture.of("first\nlast", 8);
        f.run("next-line");
        assertThat(f.point()).as("from the last line C-n goes to the end").isEqualTo(10);
        f.run("next-line");
        assertThat(f.echo.lastError()).isEqualTo("End of buffer");
        f.run("beginning-of-buffer");
        assertThat(f.point()).isZero();
        assertThat(f.editing.mark()).as("M-< leaves the mark where point was").isEqualTo(10);
        assertThat(f.editing.markActive()).isFalse();
    }

    @Test
    void backwardKillsJoinInFrontAndYankPutsTheWholeBack() {
        String text = "one two three";
        EditingFixture f = EditingFixture.of(text, text.length());
        f.run("backward-kill-word", "backward-kill-word");
        assertThat(f.text()).isEqualTo("one ");
        assertThat(f.ring.size()).as("consecutive kills are one entry").isEqualTo(1);
        f.run("yank");
        assertThat(f.text()).isEqualTo(text);
        assertThat(f.editing.mark()).as("the mark at the start of the yank").isEqualTo(4);
        f.run("forward-char");
        assertThat(f.echo.lastError()).isEqualTo("End of buffer");
        f.run("move-beginning-of-line", "kill-word", "kill-word");
        assertThat(f.text()).isEqualTo(" three");
        assertThat(f.ring.size()).as("forward kills join too").isEqualTo(2);
        f.run("forward-char", "kill-word");
        assertThat(f.ring.size()).as("a command in between starts a new entry").isEqualTo(3);
    }

    @Test
    void killAndYankComplainWhenThereIsNothingToWorkOn() {
        EditingFixture f = EditingFixture.of("text", 0);
        f.run("yank");
        assertThat(f.echo.lastError()).isEqualTo("Kill ring is empty");
        f.run("kill-region");
        assertThat(f.echo.lastError()).isEqualTo("The mark is not set now, so there is no region");
        f.run("yank-pop");
        assertThat(f.echo.lastError()).isEqualTo("Previous command was not a yank");
        f.run("exchange-point-and-mark");
        assertThat(f.echo.lastError()).isEqualTo("No mark set in this buffer");
        assertThat(f.text()).isEqualTo("text");
    }

    @Test
    void deletingWithAnActiveRegionDeletesTheRegionAndACharacterIsAWholeCodePoint() {
        EditingFixture f = EditingFixture.of("abc \uD83D\uDE00 def", 0);
        f.run("set-mark-command", "forward-word", "delete-backward-char");
        assertThat(f.text()).isEqualTo(" \uD83D\uDE00 def");
        f.run("forward-char", "delete-char");
        assertThat(f.text()).as("the emoji goes whole").isEqualTo("  def");
        f.run("set-mark-command", "set-mark-command");
        assertThat(f.echo.last()).isEqualTo("Mark deactivated");
        f.run("undo");
        assertThat(f.text()).isEqualTo(" \uD83D\uDE00 def");
    }

    @Test
    void transposeAtTheEndOfALineSwapsTheTwoCharactersBeforeIt() {
        EditingFixture f = EditingFixture.of("ab\ncd", 2);
        f.run("transpose-chars");
        assertThat(f.text()).isEqualTo("ba\ncd");
        assertThat(f.point()).isEqualTo(2);
        EditingFixture g = EditingFixture.of("a", 1);
        g.run("transpose-chars");
        assertThat(g.echo.lastError()).isEqualTo("Beginning of buffer");
    }
}
