package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A y-or-n question driven through the command loop, as keys reach it. */
class YesNoQuestionTest {
    private final RecordingEcho echo = new RecordingEcho();
    private final Commands commands = new Commands();
    private final CommandLoop loop = new CommandLoop(Keymap.emacs(), commands, echo);
    private final List<String> happened = new ArrayList<>();

    private void ask() {
        new YesNoQuestion(
                        loop,
                        echo,
                        "Save a.txt?",
                        Map.of('y', () -> happened.add("yes"), 'n', () -> happened.add("no")),
                        () -> happened.add("cancelled"),
                        () -> happened.add("answered"))
                .ask();
    }

    @Test
    void anAnswerInEitherCaseRunsItAndEndsTheQuestion() {
        commands.define("forward-char", () -> happened.add("moved"));
        ask();
        assertThat(echo.prompt).isEqualTo("Save a.txt?");
        assertThat(loop.inMode()).isTrue();
        assertThat(loop.keyPressed("C-f")).as("a command key is used up").isTrue();
        assertThat(echo.prompt).isEqualTo("Save a.txt? Please answer y or n.");
        assertThat(loop.keyPressed("x")).as("a character comes as typed").isFalse();
        loop.keyTyped('x');
        assertThat(happened).isEmpty();
        loop.keyTyped('Y');
        assertThat(happened).containsExactly("yes", "answered");
        assertThat(loop.inMode()).isFalse();
        assertThat(echo.prompt).isEmpty();
    }

    @Test
    void controlGOrEscapeGivesUp() {
        ask();
        loop.keyPressed("C-g");
        assertThat(happened).containsExactly("cancelled");
        assertThat(loop.inMode()).isFalse();
        ask();
        loop.keyPressed("ESC");
        assertThat(happened).containsExactly("cancelled", "cancelled");
        loop.keyTyped('n');
        assertThat(happened).as("after the question, n is just a character").hasSize(2);
    }
}
