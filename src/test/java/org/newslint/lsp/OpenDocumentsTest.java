package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;
import org.newslint.text.Document;
import org.newslint.text.LineIndex;

/** The one holder of document text: full and incremental edits, clamped ranges, and the version check. */
class OpenDocumentsTest {
    private static final String URI = "file:///a.md";
    private final OpenDocuments docs = new OpenDocuments();

    private static TextDocumentContentChangeEvent edit(int line0, int col0, int line1, int col1, String text) {
        return new TextDocumentContentChangeEvent(
                new Range(new Position(line0, col0), new Position(line1, col1)), text);
    }

    @Test
    void incrementalEditsApplyInOrderAndAFullChangeReplacesTheText() {
        docs.open(URI, "markdown", 1, "The mayor said.\nThe council met.");
        Document d = docs.change(
                URI, 2, List.of(edit(0, 4, 0, 9, "governor"), edit(1, 0, 1, 3, "A")), LineIndex.Encoding.UTF16);
        assertThat(d.text()).isEqualTo("The governor said.\nA council met.");
        assertThat(d.version()).isEqualTo(2);
        d = docs.change(URI, 3, List.of(new TextDocumentContentChangeEvent("Fresh text.")), LineIndex.Encoding.UTF16);
        assertThat(d.text()).isEqualTo("Fresh text.");
        assertThat(docs.get(URI).version()).isEqualTo(3);
    }

    @Test
    void outOfRangeAndReversedRangesAreClampedNotThrown() {
        docs.open(URI, "plaintext", 1, "Short.");
        Document d = docs.change(URI, 2, List.of(edit(9, 99, 0, 5, "!")), LineIndex.Encoding.UTF16);
        assertThat(d.text()).isEqualTo("Short!");
    }

    @Test
    void utf8ColumnsCountBytes() {
        docs.open(URI, "plaintext", 1, "Café au lait.");
        Document d = docs.change(URI, 2, List.of(edit(0, 6, 0, 8, "on")), LineIndex.Encoding.UTF8);
        assertThat(d.text()).isEqualTo("Café on lait.");
    }

    @Test
    void onlyTheOpenVersionIsCurrent() {
        Document v1 = docs.open(URI, "plaintext", 1, "One.");
        assertThat(docs.isCurrent(v1)).isTrue();
        Document v2 =
                docs.change(URI, 2, List.of(new TextDocumentContentChangeEvent("Two.")), LineIndex.Encoding.UTF16);
        assertThat(docs.isCurrent(v1)).isFalse();
        assertThat(docs.isCurrent(v2)).isTrue();
        docs.close(URI);
        assertThat(docs.isCurrent(v2)).isFalse();
        assertThat(docs.change(URI, 3, List.of(new TextDocumentContentChangeEvent("x")), LineIndex.Encoding.UTF16))
                .isNull();
        assertThat(docs.all()).isEmpty();
    }
}
