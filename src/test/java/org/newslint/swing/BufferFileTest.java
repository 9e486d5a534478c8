package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BufferFileTest {
    @TempDir
    Path dir;

    @Test
    void crlfFilesAreEditedWithLfAndSavedWithCrlf() throws Exception {
        Path f = dir.resolve("wire.txt");
        Files.writeString(f, "Line one\r\nLine two\r\n");
        BufferFile.Loaded loaded = BufferFile.read(f);
        assertThat(loaded.text()).isEqualTo("Line one\nLine two\n");
        assertThat(loaded.lineSeparator()).isEqualTo("\r\n");
        assertThat(loaded.existed()).isTrue();
        BufferFile.write(f, loaded.text() + "Line three\n", loaded.lineSeparator());
        assertThat(Files.readString(f)).isEqualTo("Line one\r\nLine two\r\nLine three\r\n");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(f);
        }
    }

    @Test
    void aMissingFileIsANewBufferAndSavingCreatesIt() throws Exception {
        Path f = dir.resolve("new.md");
        BufferFile.Loaded loaded = BufferFile.read(f);
        assertThat(loaded.existed()).isFalse();
        assertThat(loaded.text()).isEmpty();
        BufferFile.write(f, "# Headline\n", "\n");
        assertThat(Files.readString(f)).isEqualTo("# Headline\n");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedRatherThanMangled() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BufferFile.read(f))
                .isInstanceOf(BufferFile.FileError.class)
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> BufferFile.read(dir)).hasMessageContaining("is a directory");
    }

    @Test
    void aFailedSaveSaysWhyAndLeavesTheFileAlone() throws Exception {
        Path f = dir.resolve("article.txt");
        Files.writeString(f, "original\n");
        Path blocked = dir.resolve("not-a-dir");
        Files.writeString(blocked, "x");
        assertThatThrownBy(() -> BufferFile.write(blocked.resolve("a.txt"), "text", "\n"))
                .isInstanceOf(BufferFile.FileError.class)
                .hasMessageContaining("Cannot save")
                .hasMessageContaining("does not exist");
        Files.createDirectory(dir.resolve("sub"));
        assertThatThrownBy(() -> BufferFile.write(dir.resolve("sub"), "text", "\n"))
                .hasMessageContaining("it is a directory");
        assertThat(Files.readString(f)).isEqualTo("original\n");
    }

    @Test
    void aReadOnlyFileInAReadOnlyDirectoryIsPermissionDenied() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Path f = ro.resolve("article.txt");
        Files.writeString(f, "original\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(f), "running as root: permissions are not enforced");
            assertThatThrownBy(() -> BufferFile.write(f, "changed\n", "\n")).hasMessageContaining("permission denied");
            assertThat(Files.readString(f)).isEqualTo("original\n");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void savingThroughASymlinkWritesItsTargetAndKeepsPermissions() throws Exception {
        Path target = dir.resolve("real.txt");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        BufferFile.write(link, "new\n", "\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r-----");
    }
}
