package org.newslint.swing;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key bindings as data: a table from key sequences in Emacs notation ({@code "C-x C-s"}) to
 * command names, so that M-x, the help listing and the README all read the same table, and a
 * binding is changed in one line. Also translates AWT key events into that notation.
 */
public final class Keymap {
    /** What a key sequence means so far. */
    public enum Kind {
        COMMAND,
        PREFIX,
        UNBOUND
    }

    /** The result of looking a sequence up: a command name, the start of a longer sequence, or nothing. */
    public record Lookup(Kind kind, String command) {}

    /** The default bindings, in the order the help listing shows them. */
    private static final String[][] EMACS = {
        {"C-f", "forward-char"},
        {"<right>", "forward-char"},
        {"C-b", "backward-char"},
        {"<left>", "backward-char"},
        {"C-n", "next-line"},
        {"<down>", "next-line"},
        {"C-p", "previous-line"},
        {"<up>", "previous-line"},
        {"C-a", "move-beginning-of-line"},
        {"<home>", "move-beginning-of-line"},
        {"C-e", "move-end-of-line"},
        {"<end>", "move-end-of-line"},
        {"M-f", "forward-word"},
        {"C-<right>", "forward-word"},
        {"M-b", "backward-word"},
        {"C-<left>", "backward-word"},
        {"M-<", "beginning-of-buffer"},
        {"C-<home>", "beginning-of-buffer"},
        {"M->", "end-of-buffer"},
        {"C-<end>", "end-of-buffer"},
        {"C-v", "scroll-up-command"},
        {"<next>", "scroll-up-command"},
        {"M-v", "scroll-down-command"},
        {"<prior>", "scroll-down-command"},
        {"C-l", "recenter"},
        {"C-d", "delete-char"},
        {"<deletechar>", "delete-char"},
        {"DEL", "delete-backward-char"},
        {"M-d", "kill-word"},
        {"M-DEL", "backward-kill-word"},
        {"C-k", "kill-line"},
        {"C-w", "kill-region"},
        {"M-w", "kill-ring-save"},
        {"C-y", "yank"},
        {"M-y", "yank-pop"},
        {"C-SPC", "set-mark-command"},
        {"C-@", "set-mark-command"},
        {"C-x C-x", "exchange-point-and-mark"},
        {"C-x h", "mark-whole-buffer"},
        {"C-g", "keyboard-quit"},
        {"C-/", "undo"},
        {"C-_", "undo"},
        {"C-x u", "undo"},
        {"C-?", "undo-redo"},
        {"RET", "newline"},
        {"C-o", "open-line"},
        {"TAB", "tab-to-tab-stop"},
        {"C-t", "transpose-chars"},
        {"C-s", "isearch-forward"},
        {"C-r", "isearch-backward"},
        {"C-x C-f", "find-file"},
        {"C-x C-s", "save-buffer"},
        {"C-x C-w", "write-file"},
        {"C-x C-c", "save-buffers-kill-terminal"},
        {"M-x", "execute-extended-command"},
        {"M-g n", "next-error"},
        {"M-g p", "previous-error"},
        {"C-c o", "newslint-outline"},
        {"C-c h", "newslint-hover"},
        {"C-h b", "describe-bindings"},
        {"C-h e", "view-echo-area-messages"},
    };

    private final Map<String, String> bindings = new LinkedHashMap<>();

    /** The standard Emacs bindings that the editor implements. */
    public static Keymap emacs() {
        Keymap k = new Keymap();
        for (String[] b : EMACS) {
            k.bind(b[0], b[1]);
        }
        return k;
    }

    /** Binds a sequence such as {@code "C-x C-s"}; rejects a sequence that would hide or extend another. */
    public void bind(String keys, String command) {
        String seq = normalise(keys);
        for (String existing : bindings.keySet()) {
            if (!existing.equals(seq) && (existing.startsWith(seq + " ") || seq.startsWith(existing + " "))) {
                throw new IllegalArgumentException("'" + seq + "' conflicts with the binding of '" + existing + "'");
            }
        }
        bindings.put(seq, command);
    }

    public Lookup lookup(List<String> sequence) {
        String seq = String.join(" ", sequence);
        String command = bindings.get(seq);
        if (command != null) {
            return new Lookup(Kind.COMMAND, command);
        }
        for (String bound : bindings.keySet()) {
            if (bound.startsWith(seq + " ")) {
                return new Lookup(Kind.PREFIX, null);
            }
        }
        return new Lookup(Kind.UNBOUND, null);
    }

    /** Every binding, sequence → command, in table order. */
    public Map<String, String> table() {
        return Collections.unmodifiableMap(bindings);
    }

    /** The sequences bound to a command, for M-x's "you can run it with C-x C-s". */
    public List<String> keysFor(String command) {
        List<String> out = new ArrayList<>();
        bindings.forEach((k, c) -> {
            if (c.equals(command)) {
                out.add(k);
            }
        });
        return out;
    }

    /** Checks each key of a sequence; modifiers are written in the canonical order C-, M-, S-. */
    static String normalise(String keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys.trim().split("\\s+")) {
            if (key.isEmpty()) {
                continue;
            }
            boolean ctrl = false;
            boolean meta = false;
            boolean shift = false;
            String rest = key;
            while (rest.length() > 2 && rest.charAt(1) == '-') {
                switch (rest.charAt(0)) {
                    case 'C' -> ctrl = true;
                    case 'M' -> meta = true;
                    case 'S' -> shift = true;
                    default -> throw new IllegalArgumentException("unknown modifier in '" + key + "'");
                }
                rest = rest.substring(2);
            }
            out.add((ctrl ? "C-" : "") + (meta ? "M-" : "") + (shift ? "S-" : "") + rest);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("empty key sequence");
        }
        return String.join(" ", out);
    }

    /**
     * One key press in Emacs notation, or null for a modifier key on its own. Printable keys take
     * the character the layout produced ({@code M-<} is whatever key types {@code <}); with Control
     * held the character is a control code, so the key code says which key it was.
     *
     * @param modifiersEx {@link InputEvent#getModifiersEx()}
     */
    public static String keyName(int keyCode, char keyChar, int modifiersEx) {
        switch (keyCode) {
            case KeyEvent.VK_SHIFT,
                    KeyEvent.VK_CONTROL,
                    KeyEvent.VK_ALT,
                    KeyEvent.VK_META,
                    KeyEvent.VK_ALT_GRAPH,
                    KeyEvent.VK_CAPS_LOCK,
                    KeyEvent.VK_NUM_LOCK,
                    KeyEvent.VK_WINDOWS,
                    KeyEvent.VK_CONTEXT_MENU -> {
                return null;
            }
            default -> {
                // a key to name
            }
        }
        boolean altGraph = (modifiersEx & InputEvent.ALT_GRAPH_DOWN_MASK) != 0;
        boolean ctrl = (modifiersEx & InputEvent.CTRL_DOWN_MASK) != 0;
        boolean meta = !altGraph && (modifiersEx & (InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK)) != 0;
        boolean shift = (modifiersEx & InputEvent.SHIFT_DOWN_MASK) != 0;
        String named = namedKey(keyCode);
        String base;
        if (named != null) {
            base = named;
        } else {
            boolean printable = keyChar != KeyEvent.CHAR_UNDEFINED && keyChar >= 0x20 && keyChar != 0x7f;
            // macOS types a symbol for Option+key (Option+f is "ƒ"): Meta then means the key, not the symbol
            boolean metaSymbol = meta && keyChar > 0x7e && charOfKeyCode(keyCode, shift) != 0;
            if (printable && !ctrl && !metaSymbol) {
                base = String.valueOf(keyChar);
                shift = false; // the shift is in the character: M-< not M-S-,
            } else {
                char c = charOfKeyCode(keyCode, shift);
                if (c == 0) {
                    return null;
                }
                base = String.valueOf(c);
                shift = false;
            }
        }
        return (ctrl ? "C-" : "") + (meta ? "M-" : "") + (shift ? "S-" : "") + base;
    }

    /** True for a key that types itself when no prefix is pending: a single character without C- or M-. */
    public static boolean isSelfInserting(String key) {
        return key.length() == 1 || key.equals("SPC");
    }

    private static String namedKey(int keyCode) {
        if (keyCode >= KeyEvent.VK_F1 && keyCode <= KeyEvent.VK_F12) {
            return "<f" + (keyCode - KeyEvent.VK_F1 + 1) + ">";
        }
        return switch (keyCode) {
            case KeyEvent.VK_SPACE -> "SPC";
            case KeyEvent.VK_ENTER -> "RET";
            case KeyEvent.VK_TAB -> "TAB";
            case KeyEvent.VK_BACK_SPACE -> "DEL";
            case KeyEvent.VK_ESCAPE -> "ESC";
            case KeyEvent.VK_DELETE -> "<deletechar>";
            case KeyEvent.VK_LEFT, KeyEvent.VK_KP_LEFT -> "<left>";
            case KeyEvent.VK_RIGHT, KeyEvent.VK_KP_RIGHT -> "<right>";
            case KeyEvent.VK_UP, KeyEvent.VK_KP_UP -> "<up>";
            case KeyEvent.VK_DOWN, KeyEvent.VK_KP_DOWN -> "<down>";
            case KeyEvent.VK_HOME -> "<home>";
            case KeyEvent.VK_END -> "<end>";
            case KeyEvent.VK_PAGE_UP -> "<prior>";
            case KeyEvent.VK_PAGE_DOWN -> "<next>";
            case KeyEvent.VK_INSERT -> "<insert>";
            default -> null;
        };
    }

    /** The character a key types on a US layout; what Control-combinations are named after. */
    private static char charOfKeyCode(int keyCode, boolean shift) {
        if (keyCode >= KeyEvent.VK_A && keyCode <= KeyEvent.VK_Z) {
            char c = (char) ('a' + keyCode - KeyEvent.VK_A);
            return shift ? Character.toUpperCase(c) : c;
        }
        if (keyCode >= KeyEvent.VK_0 && keyCode <= KeyEvent.VK_9) {
            return shift ? ")!@#$%^&*(".charAt(keyCode - KeyEvent.VK_0) : (char) ('0' + keyCode - KeyEvent.VK_0);
        }
        return switch (keyCode) {
            case KeyEvent.VK_SLASH -> shift ? '?' : '/';
            case KeyEvent.VK_MINUS -> shift ? '_' : '-';
            case KeyEvent.VK_UNDERSCORE -> '_';
            case KeyEvent.VK_EQUALS -> shift ? '+' : '=';
            case KeyEvent.VK_COMMA -> shift ? '<' : ',';
            case KeyEvent.VK_PERIOD -> shift ? '>' : '.';
            case KeyEvent.VK_LESS -> '<';
            case KeyEvent.VK_GREATER -> '>';
            case KeyEvent.VK_SEMICOLON -> shift ? ':' : ';';
            case KeyEvent.VK_QUOTE -> shift ? '"' : '\'';
            case KeyEvent.VK_OPEN_BRACKET -> shift ? '{' : '[';
            case KeyEvent.VK_CLOSE_BRACKET -> shift ? '}' : ']';
            case KeyEvent.VK_BACK_SLASH -> shift ? '|' : '\\';
            case KeyEvent.VK_BACK_QUOTE -> shift ? '~' : '`';
            case KeyEvent.VK_AT -> '@';
            default -> 0;
        };
    }

    /** Above every key code that {@link #keyName} names. */
    private static final int MAX_KEY_CODE = 0x300;

    /** The key code and modifiers that produce a key named in Emacs notation; the seam tests and scripts type through. */
    public record Stroke(int keyCode, char keyChar, int modifiersEx) {
        public static Stroke of(String key) {
            String rest = key;
            int mods = 0;
            while (rest.length() > 2 && rest.charAt(1) == '-') {
                mods |= switch (rest.charAt(0)) {
                    case 'C' -> InputEvent.CTRL_DOWN_MASK;
                    case 'M' -> InputEvent.ALT_DOWN_MASK;
                    case 'S' -> InputEvent.SHIFT_DOWN_MASK;
                    default -> throw new IllegalArgumentException("unknown modifier in '" + key + "'");
                };
                rest = rest.substring(2);
            }
            for (int code = 0; code < MAX_KEY_CODE; code++) {
                String named = namedKey(code);
                if (named != null && named.equals(rest)) {
                    char typed = switch (code) {
                        case KeyEvent.VK_SPACE -> ' ';
                        case KeyEvent.VK_ENTER -> '\n';
                        case KeyEvent.VK_TAB -> '\t';
                        default -> KeyEvent.CHAR_UNDEFINED;
                    };
                    return new Stroke(code, typed, mods);
                }
            }
            if (rest.length() != 1) {
                throw new IllegalArgumentException("unknown key '" + key + "'");
            }
            char c = rest.charAt(0);
            for (boolean shift : new boolean[] {false, true}) {
                for (int code = 0; code < MAX_KEY_CODE; code++) {
                    if (charOfKeyCode(code, shift) == c) {
                        boolean ctrl = (mods & InputEvent.CTRL_DOWN_MASK) != 0;
                        char typed = ctrl && Character.isLetter(c) ? (char) (Character.toLowerCase(c) - 'a' + 1) : c;
                        return new Stroke(code, typed, mods | (shift ? InputEvent.SHIFT_DOWN_MASK : 0));
                    }
                }
            }
            throw new IllegalArgumentException("no key types '" + c + "'");
        }
    }
}
