package org.newslint.swing;

import java.util.Map;

/**
 * A y-or-n question read in the echo line, as Emacs asks before losing changes: a mode of the
 * {@link CommandLoop} that waits for one of the answers (either case), repeats the question for any
 * other character or command key, and gives up on C-g or ESC.
 */
final class YesNoQuestion implements CommandLoop.Mode {
    private final CommandLoop loop;
    private final Echo echo;
    private final String question;
    private final Map<Character, Runnable> answers;
    private final Runnable cancel;
    private final Runnable answered;

    /**
     * @param answers  what each (lower-case) answer does
     * @param cancel   what C-g does
     * @param answered runs after any answer's action (the window redraws its mode line)
     */
    YesNoQuestion(
            CommandLoop loop,
            Echo echo,
            String question,
            Map<Character, Runnable> answers,
            Runnable cancel,
            Runnable answered) {
        this.loop = loop;
        this.echo = echo;
        this.question = question;
        this.answers = answers;
        this.cancel = cancel;
        this.answered = answered;
    }

    /** Shows the question and reads keys for it. */
    void ask() {
        loop.enterMode(this);
        echo.prompt(question);
    }

    @Override
    public boolean key(String key) {
        if (key.equals("C-g") || key.equals("ESC")) {
            loop.exitMode(this);
            cancel.run();
            return true;
        }
        if (Keymap.isSelfInserting(key)) {
            return false;
        }
        echo.prompt(question + " Please answer y or n.");
        return true;
    }

    @Override
    public void typed(char c) {
        Runnable r = answers.get(Character.toLowerCase(c));
        if (r == null) {
            echo.prompt(question + " Please answer y or n.");
            return;
        }
        loop.exitMode(this);
        echo.prompt("");
        r.run();
        answered.run();
    }
}
