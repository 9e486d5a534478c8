package org.newslint.swing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.Position;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.newslint.text.LineIndex;

/**
 * The diagnostics the server published for the buffer, anchored to the text: each range is turned
 * into Swing {@link Position}s, which move as the user types, so an underline stays on its words
 * until the next analysis replaces it. Publications for another document or for an older version
 * than the buffer's are ignored: a newer one is on its way.
 */
public final class DiagnosticsModel {
    /** One diagnostic, anchored in the document. */
    public record Entry(Position start, Position end, DiagnosticSeverity severity, String message, String code) {
        public int startOffset() {
            return start.getOffset();
        }

        public int endOffset() {
            return Math.max(start.getOffset(), end.getOffset());
        }

        /** The echo-line text: "warning: message [code]". */
        public String describe() {
            return label(severity) + ": " + message + (code == null ? "" : " [" + code + "]");
        }
    }

    private final Document document;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private int publishedVersion = -1;
    private int publications;

    public DiagnosticsModel(Document document) {
        this.document = document;
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    /**
     * Takes a publication if it is for this document at the buffer's current version (or carries no
     * version). Returns whether it was taken.
     */
    public boolean accept(PublishDiagnosticsParams params, String uri, int currentVersion) {
        if (!uri.equals(params.getUri())) {
            return false;
        }
        Integer v = params.getVersion();
        if (v != null && v != currentVersion) {
            return false;
        }
        String text;
        try {
            text = document.getText(0, document.getLength());
        } catch (BadLocationException e) {
            return false;
        }
        LineIndex lines = new LineIndex(text);
        List<Entry> fresh = new ArrayList<>();
        for (Diagnostic d : params.getDiagnostics()) {
            if (d.getRange() == null) {
                continue;
            }
            int start = lines.offset(
                    d.getRange().getStart().getLine(), d.getRange().getStart().getCharacter());
            int end = lines.offset(
                    d.getRange().getEnd().getLine(), d.getRange().getEnd().getCharacter());
            try {
                fresh.add(new Entry(
                        document.createPosition(Math.min(start, end)),
                        document.createPosition(Math.max(start, end)),
                        d.getSeverity() == null ? DiagnosticSeverity.Error : d.getSeverity(),
                        message(d),
                        code(d)));
            } catch (BadLocationException e) {
                // clamped above; cannot happen
            }
        }
        fresh.sort(Comparator.comparingInt(Entry::startOffset).thenComparingInt(Entry::endOffset));
        entries.clear();
        entries.addAll(fresh);
        publishedVersion = v == null ? currentVersion : v;
        publications++;
        for (Runnable r : listeners) {
            r.run();
        }
        return true;
    }

    /** Drops everything, as when another file is opened or the server stops. */
    public void clear() {
        entries.clear();
        publishedVersion = -1;
        for (Runnable r : listeners) {
            r.run();
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The version the shown diagnostics belong to; -1 before the first publication. */
    public int publishedVersion() {
        return publishedVersion;
    }

    /** How many publications were taken; the window test waits for the first. */
    public int publications() {
        return publications;
    }

    /**
     * The diagnostic at an offset: the most severe one whose range contains it (an empty range
     * counts at its position, and a range's end counts too, as point sits after the last word).
     */
    public Entry at(int offset) {
        Entry best = null;
        for (Entry e : entries) {
            if (e.startOffset() <= offset && offset <= e.endOffset()) {
                if (best == null
                        || e.severity().getValue() < best.severity().getValue()
                        || (e.severity() == best.severity()
                                && e.endOffset() - e.startOffset() < best.endOffset() - best.startOffset())) {
                    best = e;
                }
            }
        }
        return best;
    }

    /** The first diagnostic starting after the offset, wrapping to the first; null when there are none. */
    public Entry next(int offset) {
        for (Entry e : entries) {
            if (e.startOffset() > offset) {
                return e;
            }
        }
        return entries.isEmpty() ? null : entries.get(0);
    }

    /** The last diagnostic starting before the offset, wrapping to the last; null when there are none. */
    public Entry previous(int offset) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).startOffset() < offset) {
                return entries.get(i);
            }
        }
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    /** Counts by severity, most severe first, for the mode line: "5 warnings, 1 info". */
    public String summary() {
        Map<DiagnosticSeverity, Integer> counts = new EnumMap<>(DiagnosticSeverity.class);
        for (Entry e : entries) {
            counts.merge(e.severity(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((s, n) -> parts.add(n + " " + plural(s, n)));
        return parts.isEmpty() ? "no findings" : String.join(", ", parts);
    }

    static String label(DiagnosticSeverity s) {
        return switch (s) {
            case Error -> "error";
            case Warning -> "warning";
            case Information -> "info";
            case Hint -> "hint";
        };
    }

    private static String plural(DiagnosticSeverity s, int n) {
        return switch (s) {
            case Error -> n == 1 ? "error" : "errors";
            case Warning -> n == 1 ? "warning" : "warnings";
            case Information -> "info";
            case Hint -> n == 1 ? "hint" : "hints";
        };
    }

    /** The message; LSP 3.18 allows Markdown, shown here as its text. */
    private static String message(Diagnostic d) {
        if (d.getMessage() == null) {
            return "";
        }
        String m = d.getMessage().isLeft()
                ? d.getMessage().getLeft()
                : d.getMessage().getRight().getValue();
        return m == null ? "" : m;
    }

    private static String code(Diagnostic d) {
        if (d.getCode() == null) {
            return null;
        }
        return d.getCode().isLeft()
                ? d.getCode().getLeft()
                : String.valueOf(d.getCode().getRight());
    }
}
