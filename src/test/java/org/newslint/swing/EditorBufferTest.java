package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javax.swing.text.PlainDocument;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

/** The buffer's file, names, modified state and whether its diagnostics are current. */
class EditorBufferTest {
    @Test
    void theScratchBufferHasNoFile() {
        EditorBuffer buffer = new EditorBuffer();
        buffer.visit(null, "\n");
        assertThat(buffer.name()).isEqualTo("*scratch*");
        assertThat(buffer.uri()).isEqualTo("untitled:scratch");
        assertThat(buffer.languageId()).isEqualTo("plaintext");
        assertThat(buffer.modeName()).isEqualTo("Text");
        assertThat(buffer.directory()).isEqualTo(Path.of("").toAbsolutePath());
        assertThat(buffer.title()).isEqualTo("*scratch* — newslint");
    }

    @Test
    void aFileIsKeptAbsoluteAndItsNameGivesTheLanguage() {
        EditorBuffer buffer = new EditorBuffer();
        buffer.visit(Path.of("desk/../desk/Story.MD"), "\r\n");
        Path file = Path.of("desk/Story.MD").toAbsolutePath();
        assertThat(buffer.file()).isEqualTo(file);
        assertThat(buffer.lineSeparator()).isEqualTo("\r\n");
        assertThat(buffer.uri()).isEqualTo(file.toUri().toString());
        assertThat(buffer.languageId()).isEqualTo("markdown");
        assertThat(buffer.modeName()).isEqualTo("Markdown");
        assertThat(buffer.directory()).isEqualTo(file.getParent());
        assertThat(buffer.title()).isEqualTo("Story.MD — " + file.getParent() + " — newslint");
        for (String name : List.of("a.markdown", "a.mdown", "a.mkd")) {
            assertThat(EditorBuffer.languageId(Path.of(name))).as(name).isEqualTo("markdown");
        }
        assertThat(EditorBuffer.languageId(Path.of("a.txt"))).isEqualTo("plaintext");
        assertThat(EditorBuffer.languageId(Path.of("story.HTML"))).isEqualTo("html");
        assertThat(EditorBuffer.languageId(Path.of("story.htm"))).isEqualTo("html");
    }

    @Test
    void modifiedUntilSavedAndUntilTheNextFile() {
        EditorBuffer buffer = new EditorBuffer();
        buffer.visit(Path.of("a.txt"), "\n");
        assertThat(buffer.modified()).isFalse();
        buffer.edited();
        buffer.edited();
        assertThat(buffer.modified()).isTrue();
        assertThat(buffer.title()).startsWith("*a.txt");
        buffer.saved();
        assertThat(buffer.modified()).isFalse();
        buffer.edited();
        buffer.visit(Path.of("b.txt"), "\n");
        assertThat(buffer.modified()).as("a visited file starts unmodified").isFalse();
    }

    @Test
    void lineBreaksTypedOrPastedBecomeLineFeeds() throws Exception {
        PlainDocument doc = EditorBuffer.document("one\n");
        doc.insertString(doc.getLength(), "two\r\nthree\rfour", null);
        doc.replace(0, 3, "ONE\r\n", null);
        assertThat(doc.getText(0, doc.getLength())).isEqualTo("ONE\n\ntwo\nthree\nfour");
        assertThat(LineBreakFilter.normalise("no breaks")).isEqualTo("no breaks");
    }

    @Test
    void diagnosticsAreCurrentOnlyForTheVersionTheServerHasAndNoUnsentEdit() throws Exception {
        EditorBuffer buffer = new EditorBuffer();
        assertThat(buffer.diagnosticsCurrent()).as("nothing loaded").isFalse();
        PlainDocument doc = EditorBuffer.document("Text.\n");
        DocumentSync sync = new DocumentSync(doc, "file:///a.txt", "plaintext");
        doc.addDocumentListener(sync);
        DiagnosticsModel diagnostics = new DiagnosticsModel(doc);
        buffer.attach(sync, diagnostics);
        assertThat(buffer.diagnosticsCurrent()).as("nothing published yet").isFalse();
        PublishDiagnosticsParams p = new PublishDiagnosticsParams("file:///a.txt", List.of());
        p.setVersion(sync.version());
        diagnostics.accept(p, sync.uri(), sync.version());
        assertThat(buffer.diagnosticsCurrent()).isTrue();
        doc.insertString(0, "More. ", null);
        assertThat(buffer.diagnosticsCurrent()).as("an edit not yet sent").isFalse();
    }
}
