package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JTextArea;
import javax.swing.text.Highlighter;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** Wavy underlines on a text area that is never shown. */
class DiagnosticUnderlinesTest {
    @Test
    void anEmptyRangeIsWidenedToAVisibleCharacter() {
        assertThat(DiagnosticUnderlines.span(3, 7, 10)).containsExactly(3, 7);
        assertThat(DiagnosticUnderlines.span(3, 3, 10))
                .as("the character there")
                .containsExactly(3, 4);
        assertThat(DiagnosticUnderlines.span(10, 10, 10))
                .as("at the end, the one before")
                .containsExactly(9, 10);
        assertThat(DiagnosticUnderlines.span(0, 0, 0)).as("an empty text").containsExactly(0, 0);
    }

    @Test
    void eachPublicationReplacesTheUnderlinesWithOnePerDiagnostic() {
        EditingFixture.onEdt(() -> {
            JTextArea area = new JTextArea("The bridge will close.\nSome say so.\n");
            DiagnosticsModel model = new DiagnosticsModel(area.getDocument());
            PublishDiagnosticsParams p = new PublishDiagnosticsParams(
                    "file:///a.txt",
                    List.of(
                            new Diagnostic(
                                    new Range(new Position(0, 4), new Position(0, 10)),
                                    "a",
                                    DiagnosticSeverity.Warning,
                                    "n",
                                    "x"),
                            new Diagnostic(
                                    new Range(new Position(1, 0), new Position(1, 4)),
                                    "b",
                                    DiagnosticSeverity.Information,
                                    "n",
                                    "y")));
            model.accept(p, "file:///a.txt", 1);
            DiagnosticUnderlines underlines = new DiagnosticUnderlines(area);
            underlines.show(model.entries());
            underlines.show(model.entries());
            List<int[]> wavy = wavy(area);
            assertThat(wavy).hasSize(2);
            assertThat(wavy.get(0)).containsExactly(4, 10);
            assertThat(area.getHighlighter().getHighlights()[0].getPainter())
                    .isNotSameAs(area.getHighlighter().getHighlights()[1].getPainter());
            underlines.clear();
            assertThat(wavy(area)).isEmpty();
            return null;
        });
    }

    private static List<int[]> wavy(JTextArea area) {
        List<int[]> out = new ArrayList<>();
        for (Highlighter.Highlight h : area.getHighlighter().getHighlights()) {
            if (h.getPainter() instanceof WavyUnderline) {
                out.add(new int[] {h.getStartOffset(), h.getEndOffset()});
            }
        }
        return out;
    }
}
