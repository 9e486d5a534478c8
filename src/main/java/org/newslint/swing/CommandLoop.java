package org.newslint.swing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns key presses into commands, as Emacs's command loop does: collects prefix keys
 * ({@code C-x …}), treats ESC as Meta, hands keys to a mode while one is active (an incremental
 * search, a question), runs the bound command and remembers which command ran last (consecutive
 * kills join, M-y follows C-y). It sees keys as names, so it runs the same with or without a window.
 */
public final class CommandLoop {
    private static final Logger LOG = Logger.getLogger(CommandLoop.class.getName());

    /** Reads keys for a while instead of the keymap. */
    public interface Mode {
        /**
         * A key press. Returns true when the mode used it; false for a key that will type a
         * character (then {@link #typed} follows), or after the mode ended itself so that the
         * key runs its normal command.
         */
        boolean key(String key);

        /** A character typed while the mode is active. */
        void typed(char c);
    }

    private final Keymap keymap;
    private final Commands commands;
    private final Echo echo;
    private final List<String> pending = new ArrayList<>();
    private final List<Consumer<String>> before = new ArrayList<>();
    private final List<Consumer<String>> after = new ArrayList<>();
    private boolean escPending;
    private Mode mode;
    private String lastCommand = "";
    private String thisCommand = "";
    private char lastChar;

    public CommandLoop(Keymap keymap, Commands commands, Echo echo) {
        this.keymap = keymap;
        this.commands = commands;
        this.echo = echo;
    }

    public Keymap keymap() {
        return keymap;
    }

    public Commands commands() {
        return commands;
    }

    /** Runs before every command with its name (the undo history closes a group here). */
    public void beforeCommand(Consumer<String> hook) {
        before.add(hook);
    }

    /** Runs after every command with its name (the window shows the diagnostic at point here). */
    public void afterCommand(Consumer<String> hook) {
        after.add(hook);
    }

    /**
     * A key press in Emacs notation. Returns true when the key was used, so the character it
     * would type must be swallowed; false when it is an ordinary character to be typed.
     */
    public boolean keyPressed(String key) {
        if (mode != null) {
            Mode m = mode;
            if (m.key(key)) {
                return true;
            }
            if (mode == m) {
                return false; // a character for the mode: keyTyped follows
            }
        }
        String k = key;
        if (escPending) {
            escPending = false;
            if (k.equals("ESC")) {
                pending.clear();
                execute("keyboard-quit");
                return true;
            }
            k = k.contains("M-") ? k : k.startsWith("C-") ? "C-M-" + k.substring(2) : "M-" + k;
        } else if (k.equals("ESC") && pending.isEmpty()) {
            escPending = true;
            echo.message("ESC-");
            return true;
        }
        if (k.equals("C-g") && !pending.isEmpty()) {
            pending.clear();
            execute("keyboard-quit");
            return true;
        }
        if (pending.isEmpty() && Keymap.isSelfInserting(k)) {
            return false;
        }
        pending.add(k);
        Keymap.Lookup found = keymap.lookup(pending);
        switch (found.kind()) {
            case PREFIX -> echo.message(String.join(" ", pending) + "-");
            case COMMAND -> {
                pending.clear();
                execute(found.command());
            }
            default -> {
                String seq = String.join(" ", pending);
                pending.clear();
                echo.error(seq + " is undefined");
            }
        }
        return true;
    }

    /** A typed character that {@link #keyPressed} did not use: inserts it, or gives it to the mode. */
    public void keyTyped(char c) {
        if (mode != null) {
            mode.typed(c);
            return;
        }
        if (!pending.isEmpty() || c < 0x20 || c == 0x7f) {
            return;
        }
        lastChar = c;
        execute("self-insert-command");
    }

    /** Runs a command by name, as a key would: hooks, last-command tracking, errors to the echo line. */
    public void execute(String name) {
        thisCommand = name;
        for (Consumer<String> hook : before) {
            hook.accept(name);
        }
        try {
            commands.run(name);
        } catch (Commands.UserError e) {
            echo.error(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "command " + name + " failed", e);
            echo.error(name + " failed: " + e);
        }
        lastCommand = thisCommand;
        for (Consumer<String> hook : after) {
            hook.accept(name);
        }
    }

    /** The command that ran before the current one. */
    public String lastCommand() {
        return lastCommand;
    }

    /** The character that is being self-inserted. */
    public char lastChar() {
        return lastChar;
    }

    public void enterMode(Mode m) {
        mode = m;
    }

    public void exitMode(Mode m) {
        if (mode == m) {
            mode = null;
        }
    }

    public boolean inMode() {
        return mode != null;
    }

    /** The prefix keys typed so far, for the echo line. */
    public List<String> pendingKeys() {
        return List.copyOf(pending);
    }
}
