package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import javax.swing.text.PlainDocument;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;
import org.newslint.text.LineIndex;

/** The document model ↔ LSP change events: whatever Swing does to the text, the server's copy ends up equal. */
class DocumentSyncTest {
    private static final String URI = "file:///tmp/article.txt";

    /** Applies changes as the LSP specification (and newslint's OpenDocuments) does: in order, UTF-16 columns. */
    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        String t = text;
        for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) {
                t = c.getText();
                continue;
            }
            LineIndex lines = new LineIndex(t);
            int start = lines.offset(
                    c.getRange().getStart().getLine(), c.getRange().getStart().getCharacter());
            int end = lines.offset(
                    c.getRange().getEnd().getLine(), c.getRange().getEnd().getCharacter());
            t = t.substring(0, start) + c.getText() + t.substring(end);
        }
        return t;
    }

    private static PlainDocument document(String text) throws Exception {
        PlainDocument doc = new PlainDocument();
        doc.insertString(0, text, null);
        return doc;
    }

    @Test
    void insertsAndRemovesBecomeRangesInTheTextBeforeEachChange() throws Exception {
        PlainDocument doc = document("First line\nSecond line\n");
        DocumentSync sync = new DocumentSync(doc, URI, "plaintext");
        doc.addDocumentListener(sync);
        TextDocumentItem open = sync.openItem();
        assertThat(open.getVersion()).isEqualTo(1);
        assertThat(open.getText()).isEqualTo("First line\nSecond line\n");

        doc.insertString(11, "New ", null); // "Second" → "New Second"
        doc.remove(0, 6); // "First "
        doc.insertString(doc.getLength(), "Third\n", null);
        DidChangeTextDocumentParams p = sync.takeChanges();
        assertThat(p.getTextDocument().getVersion()).isEqualTo(2);
        assertThat(p.getTextDocument().getUri()).isEqualTo(URI);
        assertThat(p.getContentChanges()).hasSize(3);
        var first = p.getContentChanges().get(0);
        assertThat(first.getRange().getStart().getLine()).isEqualTo(1);
        assertThat(first.getRange().getStart().getCharacter()).isZero();
        assertThat(first.getText()).isEqualTo("New ");
        var second = p.getContentChanges().get(1);
        assertThat(second.getRange().getEnd().getCharacter()).isEqualTo(6);
        assertThat(second.getText()).isEmpty();
        assertThat(apply(open.getText(), p.getContentChanges())).isEqualTo(doc.getText(0, doc.getLength()));
        assertThat(sync.takeChanges()).as("nothing new").isNull();
    }

    @Test
    void aRemoveAcrossLinesAndAstralCharactersCountInUtf16() throws Exception {
        String text = "Emoji 😀 here\nand there\nend";
        PlainDocument doc = document(text);
        DocumentSync sync = new DocumentSync(doc, URI, "plaintext");
        doc.addDocumentListener(sync);
        doc.remove(text.indexOf("here"), text.indexOf("there") - text.indexOf("here"));
        doc.insertString(text.indexOf("😀") + 2, "!", null);
        DidChangeTextDocumentParams p = sync.takeChanges();
        var remove = p.getContentChanges().get(0);
        assertThat(remove.getRange().getStart().getCharacter())
                .as("😀 is two UTF-16 units")
                .isEqualTo(9);
        assertThat(remove.getRange().getEnd().getLine()).isEqualTo(1);
        assertThat(remove.getRange().getEnd().getCharacter()).isEqualTo(4);
        assertThat(apply(text, p.getContentChanges())).isEqualTo(doc.getText(0, doc.getLength()));
    }

    @Test
    void fullSyncSendsTheWholeTextAndOpenFoldsPendingChanges() throws Exception {
        PlainDocument doc = document("abc");
        DocumentSync sync = new DocumentSync(doc, URI, "plaintext");
        sync.setSyncKind(TextDocumentSyncKind.Full);
        doc.addDocumentListener(sync);
        doc.insertString(3, "def", null);
        DidChangeTextDocumentParams p = sync.takeChanges();
        assertThat(p.getContentChanges()).singleElement().satisfies(c -> {
            assertThat(c.getRange()).isNull();
            assertThat(c.getText()).isEqualTo("abcdef");
        });
        doc.insertString(0, ">", null);
        assertThat(sync.hasPendingChanges()).isTrue();
        TextDocumentItem reopened = sync.openItem();
        assertThat(reopened.getVersion()).isEqualTo(3);
        assertThat(reopened.getText()).isEqualTo(">abcdef");
        assertThat(sync.takeChanges()).isNull();
    }

    @Test
    void theFirstChangeAfterASendAsksForOneFlush() throws Exception {
        PlainDocument doc = document("");
        DocumentSync sync = new DocumentSync(doc, URI, "plaintext");
        doc.addDocumentListener(sync);
        int[] flushes = {0};
        sync.onChange(() -> flushes[0]++);
        doc.insertString(0, "a", null);
        doc.insertString(1, "b", null);
        assertThat(flushes[0]).isEqualTo(1);
        sync.takeChanges();
        doc.insertString(2, "c", null);
        assertThat(flushes[0]).isEqualTo(2);
    }

    @Test
    void randomEditsInRandomBatchesKeepTheServersCopyEqual() throws Exception {
        Random random = new Random(20260101);
        String alphabet = "ab \n“”—é😀\t.";
        PlainDocument doc = document("Seed text\nwith lines\n");
        DocumentSync sync = new DocumentSync(doc, URI, "plaintext");
        doc.addDocumentListener(sync);
        String server = sync.openItem().getText();
        int version = 1;
        for (int step = 0; step < 2000; step++) {
            int len = doc.getLength();
            if (random.nextInt(3) > 0 || len == 0) {
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(6); i >= 0; i--) {
                    int at = random.nextInt(alphabet.length());
                    if (Character.isHighSurrogate(alphabet.charAt(at))) {
                        sb.append(alphabet, at, at + 2);
                    } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                        sb.append(alphabet.charAt(at));
                    }
                }
                doc.insertString(safe(doc, random.nextInt(len + 1)), sb.toString(), null);
            } else {
                int from = safe(doc, random.nextInt(len));
                int to = safe(doc, Math.min(len, from + 1 + random.nextInt(8)));
                if (to > from) {
                    doc.remove(from, to - from);
                }
            }
            if (random.nextInt(4) == 0) {
                DidChangeTextDocumentParams p = sync.takeChanges();
                if (p != null) {
                    assertThat(p.getTextDocument().getVersion()).isEqualTo(++version);
                    server = apply(server, p.getContentChanges());
                    assertThat(server).as("after step %d", step).isEqualTo(doc.getText(0, doc.getLength()));
                }
            }
        }
    }

    /** Never between the halves of a surrogate pair, as Swing's own caret never is. */
    private static int safe(PlainDocument doc, int offset) throws Exception {
        if (offset > 0 && offset < doc.getLength()) {
            String two = doc.getText(offset - 1, 2);
            if (Character.isHighSurrogate(two.charAt(0)) && Character.isLowSurrogate(two.charAt(1))) {
                return offset - 1;
            }
        }
        return offset;
    }
}
