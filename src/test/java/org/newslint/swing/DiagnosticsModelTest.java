package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.text.PlainDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class DiagnosticsModelTest {
    private static final String URI = "file:///tmp/article.txt";
    private static final String TEXT =
            "The bridge carries 18,000 vehicles a day.\nSome residents say the council ignored warnings.\n";

    private static Diagnostic diagnostic(
            int line, int from, int to, DiagnosticSeverity severity, String code, String message) {
        Diagnostic d = new Diagnostic(
                new Range(new Position(line, from), new Position(line, to)), message, severity, "newslint", code);
        return d;
    }

    private static PublishDiagnosticsParams publish(String uri, Integer version, Diagnostic... ds) {
        PublishDiagnosticsParams p = new PublishDiagnosticsParams(uri, List.of(ds));
        p.setVersion(version);
        return p;
    }

    private static PlainDocument document() throws Exception {
        PlainDocument doc = new PlainDocument();
        doc.insertString(0, TEXT, null);
        return doc;
    }

    @Test
    void rangesBecomeOffsetsThatFollowEdits() throws Exception {
        PlainDocument doc = document();
        DiagnosticsModel model = new DiagnosticsModel(doc);
        int[] changes = {0};
        model.addListener(() -> changes[0]++);
        assertThat(model.accept(
                        publish(
                                URI,
                                3,
                                diagnostic(1, 0, 18, DiagnosticSeverity.Warning, "vague-source", "Vague source"),
                                diagnostic(
                                        0,
                                        0,
                                        41,
                                        DiagnosticSeverity.Warning,
                                        "unattributed-claim",
                                        "Unattributed claim (a figure).")),
                        URI,
                        3))
                .isTrue();
        assertThat(changes[0]).isEqualTo(1);
        assertThat(model.publishedVersion()).isEqualTo(3);
        List<DiagnosticsModel.Entry> entries = model.entries();
        assertThat(entries)
                .extracting(DiagnosticsModel.Entry::code)
                .containsExactly("unattributed-claim", "vague-source");
        int second = TEXT.indexOf("Some");
        assertThat(entries.get(1).startOffset()).isEqualTo(second);
        assertThat(entries.get(1).endOffset()).isEqualTo(second + 18);

        doc.insertString(0, "UPDATE: ", null);
        assertThat(model.entries().get(1).startOffset())
                .as("anchored: moves with the text")
                .isEqualTo(second + 8);
        assertThat(model.entries().get(0).describe())
                .isEqualTo("warning: Unattributed claim (a figure). [unattributed-claim]");
    }

    @Test
    void staleVersionsAndOtherDocumentsAreIgnored() throws Exception {
        DiagnosticsModel model = new DiagnosticsModel(document());
        Diagnostic d = diagnostic(0, 0, 3, DiagnosticSeverity.Error, "x", "m");
        assertThat(model.accept(publish(URI, 4, d), URI, 5))
                .as("older than the buffer")
                .isFalse();
        assertThat(model.accept(publish("file:///other.txt", 5, d), URI, 5)).isFalse();
        assertThat(model.entries()).isEmpty();
        assertThat(model.publishedVersion()).isEqualTo(-1);
        assertThat(model.accept(publish(URI, null, d), URI, 5))
                .as("no version: taken")
                .isTrue();
        assertThat(model.publishedVersion()).isEqualTo(5);
        assertThat(model.accept(publish(URI, 5), URI, 5)).isTrue();
        assertThat(model.entries()).as("an empty publication clears").isEmpty();
        assertThat(model.summary()).isEqualTo("no findings");
    }

    @Test
    void theDiagnosticAtPointIsTheMostSevereAndNarrowest() throws Exception {
        DiagnosticsModel model = new DiagnosticsModel(document());
        model.accept(
                publish(
                        URI,
                        1,
                        diagnostic(0, 0, 41, DiagnosticSeverity.Information, "a", "broad info"),
                        diagnostic(0, 19, 25, DiagnosticSeverity.Warning, "b", "figure"),
                        diagnostic(0, 11, 34, DiagnosticSeverity.Warning, "c", "wider warning"),
                        diagnostic(1, 0, 0, DiagnosticSeverity.Hint, "d", "empty range")),
                URI,
                1);
        assertThat(model.at(20).code()).isEqualTo("b");
        assertThat(model.at(12).code()).isEqualTo("c");
        assertThat(model.at(2).code()).isEqualTo("a");
        assertThat(model.at(41).code())
                .as("the end counts: point after the last word")
                .isEqualTo("a");
        assertThat(model.at(TEXT.indexOf("Some")).code())
                .as("an empty range at its position")
                .isEqualTo("d");
        assertThat(model.at(TEXT.indexOf("residents"))).isNull();
        assertThat(model.summary()).isEqualTo("2 warnings, 1 info, 1 hint");
    }

    @Test
    void nextAndPreviousWrapAround() throws Exception {
        DiagnosticsModel model = new DiagnosticsModel(document());
        model.accept(
                publish(
                        URI,
                        1,
                        diagnostic(0, 5, 10, DiagnosticSeverity.Warning, "first", "m"),
                        diagnostic(1, 5, 10, DiagnosticSeverity.Warning, "second", "m")),
                URI,
                1);
        assertThat(model.next(0).code()).isEqualTo("first");
        assertThat(model.next(5).code()).isEqualTo("second");
        assertThat(model.next(TEXT.length()).code()).isEqualTo("first");
        assertThat(model.previous(TEXT.length()).code()).isEqualTo("second");
        assertThat(model.previous(5).code()).isEqualTo("second");
    }

    @Test
    void outOfRangePositionsAreClamped() throws Exception {
        DiagnosticsModel model = new DiagnosticsModel(document());
        model.accept(
                publish(
                        URI,
                        1,
                        diagnostic(0, 30, 500, DiagnosticSeverity.Warning, "x", "m"),
                        diagnostic(99, 0, 5, DiagnosticSeverity.Warning, "y", "m")),
                URI,
                1);
        assertThat(model.entries().get(0).endOffset()).isEqualTo(TEXT.indexOf('\n'));
        assertThat(model.entries().get(1).startOffset()).isEqualTo(TEXT.length());
    }
}
