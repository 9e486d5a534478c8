package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, saving as, visiting and quitting, on the window's parts without a display or a server. */
class FileCommandsTest {
    @TempDir
    Path dir;

    private final WindowFixture f = EditingFixture.onEdt(WindowFixture::new);
    private final List<Path> visited = new ArrayList<>();
    private final int[] quits = {0};
    private final FileCommands files = EditingFixture.onEdt(() -> {
        FileCommands c = new FileCommands(
                f.area,
                f.echo,
                f.loop,
                f.buffer,
                f.session,
                f.status,
                (path, loaded) -> visited.add(path),
                () -> quits[0]++);
        c.register(f.commands);
        return c;
    });

    private void edt(Runnable r) {
        EditingFixture.onEdt(() -> {
            r.run();
            return null;
        });
    }

    private Path article(String text) throws Exception {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        edt(() -> f.load(file, text.replace("\r\n", "\n"), "\r\n"));
        return file;
    }

    @Test
    void savingWritesTheFileSeparatorAndSaysSo() throws Exception {
        Path file = article("One.\r\nTwo.\r\n");
        edt(() -> f.loop.execute("save-buffer"));
        assertThat(f.echo.currentText()).isEqualTo("(No changes need to be saved)");
        edt(() -> {
            f.area.insert("Zero.\n", 0);
            f.loop.execute("save-buffer");
        });
        assertThat(Files.readString(file)).isEqualTo("Zero.\r\nOne.\r\nTwo.\r\n");
        assertThat(f.echo.currentText()).isEqualTo("Wrote " + file);
        assertThat(f.buffer.modified()).isFalse();
        assertThat(f.titles).last().asString().startsWith("article.txt — ");
    }

    @Test
    void quittingAsksFirstWhenThereAreChangesAndAFailedSaveDoesNotQuit() throws Exception {
        article("Text.\n");
        edt(() -> f.loop.execute("save-buffers-kill-terminal"));
        assertThat(quits[0]).as("nothing to lose").isEqualTo(1);
        edt(() -> {
            f.area.insert("More. ", 0);
            f.buffer.setFile(dir.resolve("gone/article.txt"));
            f.loop.execute("save-buffers-kill-terminal");
        });
        assertThat(f.echo.currentText()).isEqualTo("Save article.txt before quitting? (y, n or C-g)");
        edt(() -> f.loop.keyTyped('y'));
        assertThat(f.echo.currentText()).contains("Cannot save");
        assertThat(quits[0]).as("the save failed").isEqualTo(1);
        assertThat(f.buffer.modified()).isTrue();
        edt(() -> {
            f.loop.execute("save-buffers-kill-terminal");
            f.loop.keyTyped('n');
        });
        assertThat(f.echo.currentText()).startsWith("Quit without saving? Your changes to article.txt will be lost.");
        edt(() -> f.loop.keyTyped('y'));
        assertThat(quits[0]).isEqualTo(2);
    }

    @Test
    void savingAsAnotherNameReopensTheBufferUnderIt() throws Exception {
        article("Text.\n");
        DocumentSync sync = f.buffer.sync();
        Files.createDirectory(dir.resolve("out"));
        edt(() -> files.saveAs("out"));
        Path saved = dir.resolve("out/article.txt");
        assertThat(f.buffer.file()).as("a directory: the same name in it").isEqualTo(saved);
        assertThat(Files.readString(saved)).isEqualTo("Text.\r\n");
        assertThat(sync.uri()).isEqualTo(saved.toUri().toString());
        edt(() -> files.saveAs("/nonexistent-dir/x.md"));
        assertThat(f.buffer.file()).as("a failed save keeps the old name").isEqualTo(saved);
        assertThat(sync.uri()).isEqualTo(saved.toUri().toString());
        edt(() -> files.saveAs(""));
        assertThat(f.echo.currentText()).isEqualTo("No file name given");
    }

    @Test
    void visitingAnotherFileOffersToSaveChangesFirst() throws Exception {
        article("Text.\n");
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Other.\n");
        edt(() -> files.findFile("other.txt"));
        assertThat(visited).containsExactly(other);
        edt(() -> files.findFile("."));
        assertThat(f.echo.currentText()).isEqualTo(dir.resolve(".") + " is a directory");
        edt(() -> {
            f.area.insert("Changed. ", 0);
            files.findFile("new.txt");
        });
        assertThat(f.echo.currentText())
                .isEqualTo("Buffer article.txt modified; save it before visiting new.txt? (y, n or C-g)");
        edt(() -> f.loop.keyPressed("C-g"));
        assertThat(f.echo.currentText()).isEqualTo("Quit");
        assertThat(visited).hasSize(1);
        edt(() -> {
            files.findFile("new.txt");
            f.loop.keyTyped('n');
        });
        assertThat(visited).containsExactly(other, dir.resolve("new.txt"));
        assertThat(f.echo.currentText()).isEqualTo("(New file)");
    }
}
