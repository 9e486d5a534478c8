package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeymapTest {
    private final Keymap keymap = Keymap.emacs();

    @Test
    void theIssuesBindingsAreAllInTheTable() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("C-f", "forward-char"),
                Map.entry("C-b", "backward-char"),
                Map.entry("C-n", "next-line"),
                Map.entry("C-p", "previous-line"),
                Map.entry("C-a", "move-beginning-of-line"),
                Map.entry("C-e", "move-end-of-line"),
                Map.entry("M-f", "forward-word"),
                Map.entry("M-b", "backward-word"),
                Map.entry("C-d", "delete-char"),
                Map.entry("C-k", "kill-line"),
                Map.entry("C-y", "yank"),
                Map.entry("C-w", "kill-region"),
                Map.entry("M-w", "kill-ring-save"),
                Map.entry("C-SPC", "set-mark-command"),
                Map.entry("C-s", "isearch-forward"),
                Map.entry("C-r", "isearch-backward"),
                Map.entry("C-x C-f", "find-file"),
                Map.entry("C-x C-s", "save-buffer"),
                Map.entry("C-x C-c", "save-buffers-kill-terminal"),
                Map.entry("C-g", "keyboard-quit"),
                Map.entry("C-/", "undo"),
                Map.entry("M-x", "execute-extended-command"));
        assertThat(keymap.table()).containsAllEntriesOf(expected);
    }

    @Test
    void lookupKnowsCommandsPrefixesAndUnboundSequences() {
        assertThat(keymap.lookup(List.of("C-x"))).isEqualTo(new Keymap.Lookup(Keymap.Kind.PREFIX, null));
        assertThat(keymap.lookup(List.of("C-x", "C-s")))
                .isEqualTo(new Keymap.Lookup(Keymap.Kind.COMMAND, "save-buffer"));
        assertThat(keymap.lookup(List.of("C-x", "q")).kind()).isEqualTo(Keymap.Kind.UNBOUND);
        assertThat(keymap.lookup(List.of("C-f")).command()).isEqualTo("forward-char");
        assertThat(keymap.keysFor("undo")).containsExactly("C-/", "C-_", "C-x u");
    }

    @Test
    void aBindingThatWouldHideAnotherIsRejected() {
        assertThatThrownBy(() -> keymap.bind("C-x", "oops")).hasMessageContaining("conflicts");
        assertThatThrownBy(() -> keymap.bind("C-f C-f", "oops")).hasMessageContaining("conflicts");
        keymap.bind("C-c x", "something");
        assertThat(keymap.lookup(List.of("C-c", "x")).command()).isEqualTo("something");
    }

    @Test
    void keyEventsAreNamedInEmacsNotation() {
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        int alt = InputEvent.ALT_DOWN_MASK;
        int shift = InputEvent.SHIFT_DOWN_MASK;
        assertThat(Keymap.keyName(KeyEvent.VK_F, (char) 6, ctrl)).isEqualTo("C-f");
        assertThat(Keymap.keyName(KeyEvent.VK_F, 'f', alt)).isEqualTo("M-f");
        assertThat(Keymap.keyName(KeyEvent.VK_F, 'f', InputEvent.META_DOWN_MASK))
                .isEqualTo("M-f");
        assertThat(Keymap.keyName(KeyEvent.VK_COMMA, '<', alt | shift))
                .as("the layout's character, not the key")
                .isEqualTo("M-<");
        assertThat(Keymap.keyName(KeyEvent.VK_SPACE, ' ', ctrl)).isEqualTo("C-SPC");
        assertThat(Keymap.keyName(KeyEvent.VK_SLASH, (char) 31, ctrl)).isEqualTo("C-/");
        assertThat(Keymap.keyName(KeyEvent.VK_MINUS, (char) 31, ctrl | shift)).isEqualTo("C-_");
        assertThat(Keymap.keyName(KeyEvent.VK_X, (char) 24, ctrl)).isEqualTo("C-x");
        assertThat(Keymap.keyName(KeyEvent.VK_X, 'x', 0)).isEqualTo("x");
        assertThat(Keymap.keyName(KeyEvent.VK_BACK_SPACE, '\b', alt)).isEqualTo("M-DEL");
        assertThat(Keymap.keyName(KeyEvent.VK_RIGHT, KeyEvent.CHAR_UNDEFINED, ctrl))
                .isEqualTo("C-<right>");
        assertThat(Keymap.keyName(KeyEvent.VK_CONTROL, KeyEvent.CHAR_UNDEFINED, ctrl))
                .as("a modifier alone")
                .isNull();
        assertThat(Keymap.keyName(KeyEvent.VK_F, '\u0192', alt))
                .as("macOS Option+f types ƒ; it is still M-f")
                .isEqualTo("M-f");
        assertThat(Keymap.keyName(KeyEvent.VK_Q, '@', InputEvent.ALT_GRAPH_DOWN_MASK))
                .as("AltGr types, it is not Meta")
                .isEqualTo("@");
        assertThat(Keymap.isSelfInserting("x")).isTrue();
        assertThat(Keymap.isSelfInserting("SPC")).isTrue();
        assertThat(Keymap.isSelfInserting("C-x")).isFalse();
        assertThat(Keymap.isSelfInserting("RET")).isFalse();
    }

    @Test
    void everyBoundKeyCanBeTypedAndReadsBackAsItself() {
        for (String seq : keymap.table().keySet()) {
            for (String key : seq.split(" ")) {
                Keymap.Stroke s = Keymap.Stroke.of(key);
                assertThat(Keymap.keyName(s.keyCode(), s.keyChar(), s.modifiersEx()))
                        .as("round trip of %s", key)
                        .isEqualTo(key);
            }
        }
    }
}
