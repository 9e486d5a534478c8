package org.newslint.swing;

import java.awt.Graphics;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.JTextArea;

/**
 * The text area with Emacs key handling: every key press goes to the {@link CommandLoop} before
 * Swing's own bindings (which would make C-f "find" and C-v "paste"); characters are inserted by
 * {@code self-insert-command}, so typing, undo grouping and the mark behave as in Emacs. Also
 * paints the inlay hints.
 */
public final class EmacsTextArea extends JTextArea {
    private transient CommandLoop loop;
    private transient InlayHints hints;
    private transient Runnable onKey = () -> {};
    /** The last key press ran a command, so the character it would type is not typed. */
    private boolean swallowTyped;

    public EmacsTextArea() {
        setLineWrap(true);
        setWrapStyleWord(true);
    }

    public void setCommandLoop(CommandLoop loop) {
        this.loop = loop;
    }

    public void setInlayHints(InlayHints hints) {
        this.hints = hints;
    }

    /** Runs at every key press (the editor hides a hover popup here). */
    public void onKey(Runnable r) {
        this.onKey = r;
    }

    @Override
    protected void processKeyEvent(KeyEvent e) {
        if (loop == null) {
            super.processKeyEvent(e);
            return;
        }
        switch (e.getID()) {
            case KeyEvent.KEY_PRESSED -> {
                String key = Keymap.keyName(e.getKeyCode(), e.getKeyChar(), e.getModifiersEx());
                if (key == null) {
                    return; // a modifier on its own
                }
                onKey.run();
                swallowTyped = loop.keyPressed(key);
                e.consume();
            }
            case KeyEvent.KEY_TYPED -> {
                int mods = e.getModifiersEx();
                boolean commandModifier = (mods & InputEvent.CTRL_DOWN_MASK) != 0
                        || ((mods & (InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK)) != 0
                                && (mods & InputEvent.ALT_GRAPH_DOWN_MASK) == 0);
                if (!swallowTyped && !commandModifier) {
                    loop.keyTyped(e.getKeyChar());
                }
                swallowTyped = false;
                e.consume();
            }
            default -> e.consume();
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        if (hints != null) {
            hints.paint(g, this);
        }
    }
}
