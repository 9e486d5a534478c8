package org.newslint.swing;

import java.nio.file.Path;
import java.util.Locale;
import javax.swing.text.BadLocationException;
import javax.swing.text.PlainDocument;

/**
 * The one buffer the window edits and what belongs to its current text: the file it was read from
 * and the line separator to write back, whether it changed since it was saved, and the document's
 * copy on the server ({@link DocumentSync}) with the diagnostics published for it. Visiting another
 * file replaces them all; the other parts of the window read them here rather than keeping their own.
 */
final class EditorBuffer {
    private Path file;
    private String lineSeparator = System.lineSeparator();
    private long changes;
    private long savedChanges;
    private DocumentSync sync;
    private DiagnosticsModel diagnostics;

    /** A document holding the text, whose line breaks are normalised as they are typed or pasted. */
    static PlainDocument document(String text) {
        PlainDocument doc = new PlainDocument();
        try {
            doc.insertString(0, text, null);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
        doc.setDocumentFilter(new LineBreakFilter());
        return doc;
    }

    /** Now editing this file (null for the scratch buffer), unchanged since read. */
    void visit(Path path, String separator) {
        file = path == null ? null : path.toAbsolutePath().normalize();
        lineSeparator = separator;
        changes = 0;
        savedChanges = 0;
    }

    /** The new text's server copy and diagnostics. */
    void attach(DocumentSync newSync, DiagnosticsModel newDiagnostics) {
        sync = newSync;
        diagnostics = newDiagnostics;
    }

    DocumentSync sync() {
        return sync;
    }

    DiagnosticsModel diagnostics() {
        return diagnostics;
    }

    /** True when the diagnostics shown belong to the text in the buffer now. */
    boolean diagnosticsCurrent() {
        return sync != null && !sync.hasPendingChanges() && diagnostics.publishedVersion() == sync.version();
    }

    void edited() {
        changes++;
    }

    void saved() {
        savedChanges = changes;
    }

    boolean modified() {
        return changes != savedChanges;
    }

    /** The file, absolute and normalised, or null for the scratch buffer. */
    Path file() {
        return file;
    }

    /** Gives the buffer another file (C-x C-w, or taking that back when the save failed). */
    void setFile(Path path) {
        file = path;
    }

    String lineSeparator() {
        return lineSeparator;
    }

    String name() {
        return file == null ? "*scratch*" : file.getFileName().toString();
    }

    /** Where relative file names start: the file's directory, or the working directory. */
    Path directory() {
        Path dir = file == null ? null : file.getParent();
        return dir != null ? dir : Path.of("").toAbsolutePath();
    }

    String uri() {
        return uri(file);
    }

    String languageId() {
        return languageId(file);
    }

    /** The major mode shown in the mode line. */
    String modeName() {
        if (file == null) {
            return "Text";
        }
        return switch (languageId(file)) {
            case "markdown" -> "Markdown";
            case "html" -> "HTML";
            default -> "Text";
        };
    }

    /** The window title: a star when modified, the name, the directory. */
    String title() {
        return (modified() ? "*" : "") + name() + (file == null ? "" : " — " + file.getParent()) + " — newslint";
    }

    static String uri(Path file) {
        return file == null ? "untitled:scratch" : file.toUri().toString();
    }

    static String languageId(Path file) {
        String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "html"; // the server reads the article body's text and answers in the file's positions
        }
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown") || name.endsWith(".mkd")
                ? "markdown"
                : "plaintext";
    }
}
