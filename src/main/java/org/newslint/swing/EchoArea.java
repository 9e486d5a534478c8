package org.newslint.swing;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;

/**
 * The line at the bottom of the window, as in Emacs: messages, errors, the diagnostic at point,
 * and the minibuffer where M-x and C-x C-f read a command or a file name (with TAB completion,
 * RET to accept, C-g to give up). Every message is also kept for C-h e.
 */
public final class EchoArea extends JPanel implements Echo {
    static final Color ERROR = new Color(0xB0, 0x1C, 0x1C);
    private static final int LOG_LIMIT = 1000;

    private final JLabel text = new JLabel(" ");
    private final JLabel promptLabel = new JLabel();
    private final JTextField input = new JTextField();
    private final JLabel completions = new JLabel();
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final List<String> log = new ArrayList<>();
    private final Runnable beep;
    private Runnable returnFocus = () -> {};
    private boolean messageSet;
    private Consumer<String> onAccept;
    private Runnable onCancel;
    private Function<String, List<String>> completer;

    public EchoArea(Font font, Runnable beep) {
        super(new BorderLayout());
        this.beep = beep;
        setBorder(BorderFactory.createEmptyBorder(2, 6, 3, 6));
        for (JComponent c : new JComponent[] {text, promptLabel, input, completions}) {
            c.setFont(font);
        }
        input.setBorder(BorderFactory.createEmptyBorder());
        input.setFocusTraversalKeysEnabled(false);
        completions.setForeground(Color.GRAY);
        JPanel reading = new JPanel(new BorderLayout());
        reading.setOpaque(false);
        reading.add(promptLabel, BorderLayout.WEST);
        reading.add(input, BorderLayout.CENTER);
        reading.add(completions, BorderLayout.EAST);
        center.setOpaque(false);
        center.add(text, "message");
        center.add(reading, "reading");
        add(center, BorderLayout.CENTER);
        bindMinibufferKeys();
    }

    /** Where focus goes back to after the minibuffer closes. */
    public void setReturnFocus(Runnable r) {
        this.returnFocus = r;
    }

    @Override
    public void message(String s) {
        show(s, getForeground());
        messageSet = true;
        remember(s);
    }

    @Override
    public void error(String s) {
        show(s, ERROR);
        messageSet = true;
        remember(s);
        beep.run();
    }

    @Override
    public void prompt(String s) {
        show(s, getForeground());
        messageSet = true;
    }

    /** Text shown while idle (the diagnostic at point): not logged, replaced by any message. */
    public void showIdle(String s) {
        show(s, new Color(0x44, 0x44, 0x44));
    }

    /** Forgets whether a message was shown, at the start of each command. */
    public void commandStarting() {
        messageSet = false;
    }

    /** Whether the running command showed something, so the idle text must not replace it. */
    public boolean messageSet() {
        return messageSet;
    }

    public String currentText() {
        return reading()
                ? promptLabel.getText() + input.getText()
                : text.getText().strip();
    }

    public List<String> log() {
        return List.copyOf(log);
    }

    /** Logs a line without showing it (the server's log messages). */
    public void remember(String s) {
        if (s == null || s.isBlank()) {
            return;
        }
        log.add(s);
        if (log.size() > LOG_LIMIT) {
            log.remove(0);
        }
    }

    private void show(String s, Color color) {
        if (reading()) {
            completions.setText("  [" + s + "]");
            return;
        }
        text.setForeground(color);
        text.setText(s == null || s.isEmpty() ? " " : s);
    }

    // ------------------------------------------------------------------ the minibuffer

    public boolean reading() {
        return onAccept != null;
    }

    /** Reads a line: RET gives it to {@code accept}, C-g calls {@code cancel}; TAB asks the completer. */
    public void read(
            String prompt,
            String initial,
            Function<String, List<String>> complete,
            Consumer<String> accept,
            Runnable cancel) {
        this.onAccept = accept;
        this.onCancel = cancel;
        this.completer = complete;
        promptLabel.setText(prompt);
        input.setText(initial == null ? "" : initial);
        completions.setText("");
        cards.show(center, "reading");
        input.requestFocusInWindow();
    }

    private void finish(boolean accepted) {
        Consumer<String> accept = onAccept;
        Runnable cancel = onCancel;
        String value = input.getText();
        onAccept = null;
        onCancel = null;
        completer = null;
        cards.show(center, "message");
        text.setText(" ");
        returnFocus.run();
        if (accepted && accept != null) {
            accept.accept(value);
        } else if (cancel != null) {
            cancel.run();
        }
    }

    private void complete() {
        if (completer == null) {
            return;
        }
        String typed = input.getText();
        List<String> candidates = completer.apply(typed);
        if (candidates.isEmpty()) {
            completions.setText("  [No match]");
            beep.run();
            return;
        }
        String common = candidates.get(0);
        for (String c : candidates) {
            int i = 0;
            while (i < common.length() && i < c.length() && common.charAt(i) == c.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        if (common.length() > typed.length()) {
            input.setText(common);
        }
        if (candidates.size() == 1) {
            completions.setText("  [Sole completion]");
        } else {
            List<String> shown = candidates.subList(0, Math.min(8, candidates.size()));
            completions.setText(
                    "  {" + String.join(" | ", shown) + (candidates.size() > shown.size() ? " | …" : "") + "}");
        }
    }

    private void bindMinibufferKeys() {
        action("ENTER", "accept", () -> finish(true));
        action("ctrl G", "cancel", () -> finish(false));
        action("ESCAPE", "cancel", () -> finish(false));
        action("TAB", "complete", this::complete);
        action("ctrl A", "bol", () -> input.setCaretPosition(0));
        action("ctrl E", "eol", () -> input.setCaretPosition(input.getText().length()));
        action(
                "ctrl F",
                "forward",
                () -> input.setCaretPosition(Math.min(input.getText().length(), input.getCaretPosition() + 1)));
        action("ctrl B", "backward", () -> input.setCaretPosition(Math.max(0, input.getCaretPosition() - 1)));
        action("ctrl D", "delete", () -> removeInput(input.getCaretPosition(), input.getCaretPosition() + 1));
        action(
                "ctrl K",
                "kill",
                () -> removeInput(input.getCaretPosition(), input.getText().length()));
    }

    private void removeInput(int from, int to) {
        int end = Math.min(to, input.getText().length());
        if (end > from) {
            try {
                input.getDocument().remove(from, end - from);
            } catch (BadLocationException e) {
                // nothing to remove
            }
        }
    }

    private void action(String key, String name, Runnable r) {
        input.getInputMap().put(KeyStroke.getKeyStroke(key), name);
        input.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    /** A beep that does nothing without a screen. */
    static Runnable systemBeep() {
        return () -> {
            try {
                Toolkit.getDefaultToolkit().beep();
            } catch (RuntimeException e) {
                // no sound: fine
            }
        };
    }
}
