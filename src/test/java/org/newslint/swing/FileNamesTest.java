package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names read in the minibuffer: resolving and TAB completion. */
class FileNamesTest {
    @TempDir
    Path dir;

    private final RecordingEcho echo = new RecordingEcho();

    @Test
    void namesAreRelativeToTheBufferUnlessAbsoluteOrHome() {
        assertThat(FileNames.resolve("  notes.txt ", dir, echo)).isEqualTo(dir.resolve("notes.txt"));
        assertThat(FileNames.resolve("/tmp/x.txt", dir, echo)).isEqualTo(Path.of("/tmp/x.txt"));
        assertThat(FileNames.resolve("~/x.txt", dir, echo))
                .isEqualTo(Path.of(System.getProperty("user.home"), "x.txt"));
        assertThat(echo.errors).isEmpty();
    }

    @Test
    void noNameOrAnImpossibleOneIsSaidInTheEchoLine() {
        assertThat(FileNames.resolve("   ", dir, echo)).isNull();
        assertThat(echo.lastError()).isEqualTo("No file name given");
        assertThat(FileNames.resolve("a\0b", dir, echo)).isNull();
        assertThat(echo.lastError()).isEqualTo("Not a file name: a\0b");
    }

    @Test
    void completionListsMatchingNamesSortedWithDirectoriesMarked() throws Exception {
        Files.writeString(dir.resolve("article.txt"), "x");
        Files.createDirectory(dir.resolve("archive"));
        Files.writeString(dir.resolve(".archived"), "x");
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(FileNames.complete("ar", dir)).containsExactly("archive/", "article.txt");
        assertThat(FileNames.complete(".ar", dir))
                .as("hidden files when asked for")
                .containsExactly(".archived");
        assertThat(FileNames.complete(dir + "/no", dir)).as("a typed directory").containsExactly(dir + "/notes.txt");
        assertThat(FileNames.complete("", dir))
                .as("no hidden files otherwise")
                .containsExactly("archive/", "article.txt", "notes.txt");
        assertThat(FileNames.complete(dir + "/missing/x", dir)).isEmpty();
    }
}
