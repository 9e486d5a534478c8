package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The title bar and the mode line, from the buffer, point, the mark and the server. */
class StatusLinesTest {
    @Test
    void theModeLineHasEmacssColumns() {
        assertThat(StatusLines.modeLine(true, "story.md", 12, 4, "Markdown", "newslint: 2 warnings", true))
                .isEqualTo("-:**-  story.md                  L12   C4    (Markdown)   newslint: 2 warnings   [mark]");
        assertThat(StatusLines.modeLine(false, "*scratch*", 1, 0, "Text", "newslint: not running", false))
                .isEqualTo("-:---  *scratch*                 L1    C0    (Text)   newslint: not running");
    }

    @Test
    void bothLinesFollowTheBufferAndPoint() {
        WindowFixture f = EditingFixture.onEdt(WindowFixture::new);
        EditingFixture.onEdt(() -> {
            f.status.updateModeLine();
            assertThat(f.modeLine.getText())
                    .as("nothing loaded: nothing to show")
                    .isEqualTo(" ");
            f.load(Path.of("story.txt"), "First line.\nSecond line.\n", "\n");
            f.area.setCaretPosition("First line.\nSec".length());
            f.editing.setMark(0);
            f.status.updateModeLine();
            assertThat(f.modeLine.getText())
                    .startsWith("-:---  story.txt")
                    .contains("L2    C3 ")
                    .contains("(Text)")
                    .contains("newslint: not running")
                    .endsWith("[mark]");
            f.area.insert("x", 0);
            f.status.updateTitle();
            assertThat(f.titles).last().asString().startsWith("*story.txt — ");
            return null;
        });
    }
}
