package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.swing.text.PlainDocument;
import org.junit.jupiter.api.Test;

/**
 * The small pieces the editor window stands on, headless: the buffer's URI and language id, line
 * breaks normalised as they are typed or pasted, and the tail of the server's stderr.
 */
class BufferPlumbingTest {
    @Test
    void aBufferIsKnownToTheServerByItsFileUriAndLanguage() {
        Path md = Path.of("/tmp/story.md");
        assertThat(BufferFile.uri(md)).isEqualTo(md.toUri().toString());
        assertThat(BufferFile.uri(null)).isEqualTo("untitled:scratch");
        assertThat(BufferFile.languageId(md)).isEqualTo("markdown");
        assertThat(BufferFile.languageId(Path.of("/tmp/NOTES.MARKDOWN"))).isEqualTo("markdown");
        assertThat(BufferFile.languageId(Path.of("/tmp/story.txt"))).isEqualTo("plaintext");
        assertThat(BufferFile.languageId(null)).isEqualTo("plaintext");
    }

    @Test
    void pastedCrLfAndCrLineBreaksBecomeLf() throws Exception {
        PlainDocument doc = new PlainDocument();
        doc.setDocumentFilter(new LineBreakFilter());
        doc.insertString(0, "one\r\ntwo\rthree\n", null);
        doc.replace(0, 3, "uno\r\n", null);
        assertThat(doc.getText(0, doc.getLength())).isEqualTo("uno\n\ntwo\nthree\n");
    }

    @Test
    void theStderrTailKeepsTheLastLinesAndNamesTheLastThatSaysSomething() throws Exception {
        StderrTail tail = new StderrTail(2);
        assertThat(tail.lastLineNote()).isEmpty();
        tail.drain(new ByteArrayInputStream("first\nsecond\nthird\n  \n".getBytes(StandardCharsets.UTF_8)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!tail.lines().contains("  ") && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // the drain thread reads the whole stream; wait for its last line
        }
        assertThat(tail.lines()).containsExactly("third", "  ");
        assertThat(tail.lastLineNote()).isEqualTo("; it said: third");
    }
}
