package org.newslint.swing;

import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.util.ArrayList;
import java.util.List;

/**
 * Emacs's kill ring: killed text is saved, newest first, for C-y and M-y; consecutive kills join
 * into one entry, as C-k C-k does. When a system clipboard is given, kills are copied to it and
 * text copied in another program is what C-y yanks next.
 */
public final class KillRing {
    static final int MAX = 120;

    private final List<String> entries = new ArrayList<>();
    private final Clipboard clipboard;
    private int yankIndex;
    /** What we last put on the clipboard, so we can tell a copy made in another program. */
    private String lastExported;

    /** @param clipboard the system clipboard, or null to keep kills inside the editor */
    public KillRing(Clipboard clipboard) {
        this.clipboard = clipboard;
    }

    /**
     * Saves killed text. A kill that continues the previous command's kill joins its entry: appended
     * for kills forward (C-k, M-d), prepended for kills backward (M-DEL).
     */
    public void kill(String text, boolean continuing, boolean backward) {
        if (continuing && !entries.isEmpty()) {
            String head = entries.get(0);
            entries.set(0, backward ? text + head : head + text);
        } else {
            if (text.isEmpty()) {
                return;
            }
            entries.add(0, text);
            if (entries.size() > MAX) {
                entries.remove(entries.size() - 1);
            }
        }
        yankIndex = 0;
        export(entries.get(0));
    }

    /** The text C-y inserts: the newest kill, or text copied elsewhere since; null when there is none. */
    public String yank() {
        importClipboard();
        yankIndex = 0;
        return entries.isEmpty() ? null : entries.get(0);
    }

    /** The next older kill for M-y, cycling round; null when the ring is empty. */
    public String rotate() {
        if (entries.isEmpty()) {
            return null;
        }
        yankIndex = (yankIndex + 1) % entries.size();
        return entries.get(yankIndex);
    }

    public int size() {
        return entries.size();
    }

    private void export(String text) {
        if (clipboard == null) {
            return;
        }
        try {
            clipboard.setContents(new StringSelection(text), null);
            lastExported = text;
        } catch (IllegalStateException e) {
            // the clipboard is busy; the kill is still in the ring
        }
    }

    private void importClipboard() {
        if (clipboard == null) {
            return;
        }
        try {
            if (!clipboard.isDataFlavorAvailable(DataFlavor.stringFlavor)) {
                return;
            }
            String text = (String) clipboard.getData(DataFlavor.stringFlavor);
            if (text != null
                    && !text.isEmpty()
                    && !text.equals(lastExported)
                    && (entries.isEmpty() || !entries.get(0).equals(text))) {
                entries.add(0, text.replace("\r\n", "\n").replace('\r', '\n'));
                lastExported = text;
            }
        } catch (IllegalStateException | java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
            // nothing usable on the clipboard
        }
    }
}
