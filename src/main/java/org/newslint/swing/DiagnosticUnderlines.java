package org.newslint.swing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * The wavy underlines under the diagnostics in the text area, coloured by severity, redrawn whole
 * at each publication. An empty range is underlined on the character there, so it can be seen.
 */
final class DiagnosticUnderlines {
    private final JTextComponent area;
    private final List<Object> tags = new ArrayList<>();
    private final Map<DiagnosticSeverity, WavyUnderline> painters = new HashMap<>();

    DiagnosticUnderlines(JTextComponent area) {
        this.area = area;
    }

    /** Replaces the underlines with one per entry. */
    void show(List<DiagnosticsModel.Entry> entries) {
        clear();
        int length = area.getDocument().getLength();
        for (DiagnosticsModel.Entry e : entries) {
            int[] span = span(e.startOffset(), e.endOffset(), length);
            WavyUnderline painter =
                    painters.computeIfAbsent(e.severity(), s -> new WavyUnderline(WavyUnderline.colorOf(s)));
            try {
                tags.add(area.getHighlighter().addHighlight(span[0], span[1], painter));
            } catch (BadLocationException ex) {
                // the text moved on; the next publication redraws
            }
        }
    }

    void clear() {
        for (Object tag : tags) {
            area.getHighlighter().removeHighlight(tag);
        }
        tags.clear();
    }

    /** What to underline for a range: itself, or for an empty one the character there (or the one before, at the end). */
    static int[] span(int start, int end, int length) {
        if (end == start) {
            if (end < length) {
                end++;
            } else if (start > 0) {
                start--;
            }
        }
        return new int[] {start, end};
    }
}
