package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key bindings end to end, without a window: AWT key events into the Emacs text area, through
 * the keymap and command loop, to the editing commands, on the event thread.
 */
class EditingCommandsTest {
    private static final String TEXT =
            "The bridge will close.\nIt carries 18,000 vehicles a day.\nSome residents say so.\n";

    private EmacsTextArea area;
    private CommandLoop loop;
    private EditingCommands editing;
    private final RecordingEcho echo = new RecordingEcho();

    @BeforeEach
    void setUp() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            area = new EmacsTextArea();
            area.setText(TEXT);
            area.setCaretPosition(0);
            Commands commands = new Commands();
            loop = new CommandLoop(Keymap.emacs(), commands, echo);
            UndoHistory undo = new UndoHistory();
            area.getDocument().addUndoableEditListener(undo);
            loop.beforeCommand(undo::commandStarting);
            editing = new EditingCommands(area, loop, new KillRing(null), echo, undo);
            editing.register(commands);
            area.setCommandLoop(loop);
        });
    }

    /** Presses keys in Emacs notation, each as KEY_PRESSED (+ KEY_TYPED) + KEY_RELEASED. */
    private void keys(String sequence) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            for (String key : sequence.split(" ")) {
                Keymap.Stroke s = Keymap.Stroke.of(key);
                area.processKeyEvent(
                        new KeyEvent(area, KeyEvent.KEY_PRESSED, 0, s.modifiersEx(), s.keyCode(), s.keyChar()));
                if (s.keyChar() != KeyEvent.CHAR_UNDEFINED) {
                    area.processKeyEvent(new KeyEvent(
                            area, KeyEvent.KEY_TYPED, 0, s.modifiersEx(), KeyEvent.VK_UNDEFINED, s.keyChar()));
                }
                area.processKeyEvent(
                        new KeyEvent(area, KeyEvent.KEY_RELEASED, 0, s.modifiersEx(), s.keyCode(), s.keyChar()));
            }
        });
    }

    private void type(String text) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            for (char c : text.toCharArray()) {
                area.processKeyEvent(new KeyEvent(area, KeyEvent.KEY_TYPED, 0, 0, KeyEvent.VK_UNDEFINED, c));
            }
        });
    }

    private int point() throws Exception {
        int[] p = new int[1];
        SwingUtilities.invokeAndWait(() -> p[0] = area.getCaretPosition());
        return p[0];
    }

    private String text() throws Exception {
        String[] t = new String[1];
        SwingUtilities.invokeAndWait(() -> t[0] = area.getText());
        return t[0];
    }

    @Test
    void charLineAndWordMotion() throws Exception {
        keys("C-f C-f C-f");
        assertThat(point()).isEqualTo(3);
        keys("C-b");
        assertThat(point()).isEqualTo(2);
        keys("C-n");
        assertThat(point()).as("same column on the next line").isEqualTo(TEXT.indexOf("It") + 2);
        keys("C-e");
        assertThat(point()).isEqualTo(TEXT.indexOf("day.") + 4);
        keys("C-p");
        assertThat(point()).as("the goal column is clamped to the shorter line").isEqualTo(TEXT.indexOf("close.") + 6);
        keys("C-a");
        assertThat(point()).isZero();
        keys("M-f M-f");
        assertThat(point()).isEqualTo("The bridge".length());
        keys("M-b");
        assertThat(point()).isEqualTo("The ".length());
        keys("ESC f");
        assertThat(point()).as("ESC is Meta").isEqualTo("The bridge".length());
        keys("M->");
        assertThat(point()).isEqualTo(TEXT.length());
        keys("C-f");
        assertThat(echo.lastError()).isEqualTo("End of buffer");
        keys("M-<");
        assertThat(point()).isZero();
    }

    @Test
    void typingInsertsAndDeletingDeletes() throws Exception {
        type("Ab");
        assertThat(text()).startsWith("AbThe bridge");
        keys("C-d");
        assertThat(text()).startsWith("Abhe bridge");
        keys("DEL");
        assertThat(text()).startsWith("Ahe bridge");
        keys("RET");
        assertThat(text()).startsWith("A\nhe bridge");
    }

    @Test
    void metaAndControlCombinationsNeverTypeTheirCharacter() throws Exception {
        keys("M-f C-f");
        assertThat(text()).isEqualTo(TEXT);
    }

    @Test
    void killLineTwiceTakesTheLineAndItsBreakAndYankPutsThemBack() throws Exception {
        keys("C-k");
        assertThat(text()).startsWith("\nIt carries");
        keys("C-k");
        assertThat(text()).startsWith("It carries");
        keys("C-e C-y");
        assertThat(text()).startsWith("It carries 18,000 vehicles a day.The bridge will close.\n\nSome");
    }

    @Test
    void markRegionKillCopyYankAndYankPop() throws Exception {
        keys("C-SPC M-f M-f");
        assertThat(echo.messages).contains("Mark set");
        assertThat(editing.markActive()).isTrue();
        assertThat(area.getSelectedText()).as("the active region is shown").isEqualTo("The bridge");
        keys("M-w");
        assertThat(editing.markActive()).isFalse();
        keys("C-e C-SPC M-b C-w");
        assertThat(text())
                .as("M-b from after the full stop goes to the start of the word")
                .startsWith("The bridge will \n");
        keys("C-y");
        assertThat(text()).startsWith("The bridge will close.\n");
        keys("M-y");
        assertThat(text()).as("M-y replaces the yank with the older kill").startsWith("The bridge will The bridge\n");
        keys("C-f M-y");
        assertThat(echo.lastError()).isEqualTo("Previous command was not a yank");
        keys("C-x C-x");
        assertThat(editing.markActive()).isTrue();
    }

    @Test
    void undoTakesBackACommandAtATimeAndTypingInGroups() throws Exception {
        type("Breaking: ");
        keys("C-k");
        assertThat(text()).startsWith("Breaking: \n");
        keys("C-/");
        assertThat(text()).startsWith("Breaking: The bridge");
        keys("C-_");
        assertThat(text()).as("ten typed characters are one undo step").isEqualTo(TEXT);
        keys("C-x u");
        assertThat(echo.lastError()).isEqualTo("No further undo information");
        keys("C-?");
        assertThat(text()).startsWith("Breaking: The bridge");
    }

    @Test
    void incrementalSearchForwardBackwardAndQuit() throws Exception {
        keys("C-s");
        type("vehicles");
        assertThat(point()).isEqualTo(TEXT.indexOf("vehicles") + "vehicles".length());
        assertThat(echo.prompt).isEqualTo("I-search: vehicles");
        keys("RET");
        assertThat(loop.inMode()).isFalse();
        assertThat(editing.mark()).as("mark saved where the search started").isZero();

        keys("C-s");
        type("zzz");
        assertThat(echo.prompt).startsWith("Failing I-search");
        keys("C-g");
        assertThat(loop.inMode()).as("the first C-g drops the failing part").isTrue();
        keys("C-g");
        assertThat(loop.inMode()).isFalse();
        assertThat(point())
                .as("C-g returns to where the search began")
                .isEqualTo(TEXT.indexOf("vehicles") + "vehicles".length());

        keys("C-r");
        type("the");
        assertThat(point()).isEqualTo(TEXT.indexOf("The"));
        keys("C-e");
        assertThat(loop.inMode()).as("a command key ends the search and runs").isFalse();
        assertThat(point()).isEqualTo(TEXT.indexOf("close.") + 6);
        keys("M-< C-s C-s");
        assertThat(echo.prompt).as("C-s C-s repeats the last search").isEqualTo("I-search: the");
        assertThat(point()).isEqualTo(3);
        keys("RET");
    }

    @Test
    void prefixKeysUnboundKeysAndQuit() throws Exception {
        keys("C-x");
        assertThat(echo.last()).isEqualTo("C-x-");
        keys("q");
        assertThat(echo.lastError()).isEqualTo("C-x q is undefined");
        assertThat(text()).as("the q after C-x is not typed").isEqualTo(TEXT);
        keys("C-x C-g");
        assertThat(echo.last()).isEqualTo("Quit");
        keys("C-x h");
        assertThat(area.getSelectedText()).isEqualTo(TEXT);
        keys("C-g");
        assertThat(editing.markActive()).isFalse();
    }

    @Test
    void transposeAndOpenLine() throws Exception {
        keys("C-f C-t");
        assertThat(text()).startsWith("hTe bridge");
        keys("C-a C-o");
        assertThat(text()).startsWith("\nhTe");
        assertThat(point()).isZero();
    }
}
