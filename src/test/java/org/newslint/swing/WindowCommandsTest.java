package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window commands' tables: M-x completion and C-h b. */
class WindowCommandsTest {
    @Test
    void commandCompletionOffersEveryCommandButSelfInsertion() {
        Commands commands = new Commands();
        for (String name :
                new String[] {"save-buffer", "save-buffers-kill-terminal", "self-insert-command", "set-mark-command"}) {
            commands.define(name, () -> {});
        }
        assertThat(WindowCommands.completeCommand(commands, "save"))
                .containsExactly("save-buffer", "save-buffers-kill-terminal");
        assertThat(WindowCommands.completeCommand(commands, "se")).containsExactly("set-mark-command");
        assertThat(WindowCommands.completeCommand(commands, "x")).isEmpty();
    }

    @Test
    void theBindingsTableHasAKeyColumnAndACommandColumn() {
        String table = WindowCommands.bindingsTable(Keymap.emacs());
        assertThat(table.lines())
                .anyMatch(l -> l.matches("C-x C-s\\s+save-buffer"))
                .anyMatch(l -> l.matches("C-f\\s+forward-char"))
                .allMatch(l -> l.length() > 17 && l.charAt(16) == ' ');
    }
}
