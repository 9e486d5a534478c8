package org.newslint.swing;

import java.util.ArrayList;
import java.util.List;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.newslint.text.LineIndex;

/**
 * Keeps the server's copy of the buffer in step with the Swing document: every insert and remove
 * becomes an LSP content change whose range is in the text as it was before that change (a
 * remove's range cannot be computed after the fact, so a shadow copy of the sent text is kept).
 * Changes collect until {@link #takeChanges} sends them as one versioned didChange; with full sync
 * the whole text is sent instead. Not thread-safe: the editor calls it on the event thread.
 */
public final class DocumentSync implements DocumentListener {
    private final Document document;
    private final List<TextDocumentContentChangeEvent> pending = new ArrayList<>();
    private String uri;
    private String languageId;
    /** The text the server has (or will have once the pending changes are sent). */
    private String shadow;

    private LineIndex shadowLines;
    private int version = 1;
    private TextDocumentSyncKind kind = TextDocumentSyncKind.Incremental;
    private Runnable onChange = () -> {};

    public DocumentSync(Document document, String uri, String languageId) {
        this.document = document;
        this.uri = uri;
        this.languageId = languageId;
        this.shadow = text();
    }

    /** Called once for the first change after a send, so the caller can schedule the next send. */
    public void onChange(Runnable r) {
        this.onChange = r;
    }

    /** What the server asked for: incremental, full, or none. */
    public void setSyncKind(TextDocumentSyncKind k) {
        this.kind = k == null ? TextDocumentSyncKind.Incremental : k;
    }

    public String uri() {
        return uri;
    }

    public String languageId() {
        return languageId;
    }

    /** The version of the text last opened or sent; pending changes will be the next one. */
    public int version() {
        return version;
    }

    public boolean hasPendingChanges() {
        return !pending.isEmpty();
    }

    /** The didOpen item: the whole text at the current version; pending changes are folded in. */
    public TextDocumentItem openItem() {
        if (!pending.isEmpty()) {
            pending.clear();
            version++;
        }
        shadow = text();
        shadowLines = null;
        return new TextDocumentItem(uri, languageId, version, shadow);
    }

    /** Gives the buffer a new URI (save as); the caller closes the old one and opens {@link #openItem}. */
    public void rename(String newUri, String newLanguageId) {
        this.uri = newUri;
        this.languageId = newLanguageId;
    }

    /** The changes since the last call as one didChange with the next version, or null when there are none. */
    public DidChangeTextDocumentParams takeChanges() {
        if (pending.isEmpty()) {
            return null;
        }
        version++;
        List<TextDocumentContentChangeEvent> changes;
        if (kind == TextDocumentSyncKind.Full) {
            changes = List.of(new TextDocumentContentChangeEvent(shadow));
        } else {
            changes = List.copyOf(pending);
        }
        pending.clear();
        if (kind == TextDocumentSyncKind.None) {
            return null;
        }
        return new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes);
    }

    /** The text as the server will have it after the pending changes; equals the document's text. */
    public String shadowText() {
        return shadow;
    }

    @Override
    public void insertUpdate(DocumentEvent e) {
        int offset = e.getOffset();
        String inserted;
        try {
            inserted = document.getText(offset, e.getLength());
        } catch (BadLocationException ex) {
            resynchronise();
            return;
        }
        Position at = position(offset);
        record(
                new TextDocumentContentChangeEvent(new Range(at, at), inserted),
                shadow.substring(0, offset) + inserted + shadow.substring(offset));
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
        int offset = e.getOffset();
        int end = offset + e.getLength();
        if (end > shadow.length()) {
            resynchronise();
            return;
        }
        record(
                new TextDocumentContentChangeEvent(new Range(position(offset), position(end)), ""),
                shadow.substring(0, offset) + shadow.substring(end));
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
        // attribute changes: the text is the same
    }

    private void record(TextDocumentContentChangeEvent change, String after) {
        boolean first = pending.isEmpty();
        pending.add(change);
        shadow = after;
        shadowLines = null;
        if (first) {
            onChange.run();
        }
    }

    /** Should the shadow ever disagree with the document, the whole text is sent: correct, if not small. */
    private void resynchronise() {
        boolean first = pending.isEmpty();
        String text = text();
        pending.clear();
        pending.add(new TextDocumentContentChangeEvent(text));
        shadow = text;
        shadowLines = null;
        if (first) {
            onChange.run();
        }
    }

    /** An LSP position (UTF-16 columns, which are Java chars) in the shadow text. */
    private Position position(int offset) {
        if (shadowLines == null) {
            shadowLines = new LineIndex(shadow);
        }
        LineIndex.Position p = shadowLines.position(offset);
        return new Position(p.line(), p.column());
    }

    private String text() {
        try {
            return document.getText(0, document.getLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }
}
