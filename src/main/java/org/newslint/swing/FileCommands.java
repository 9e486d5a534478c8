package org.newslint.swing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.text.JTextComponent;

/**
 * The file commands: C-x C-f visits a file, C-x C-s saves, C-x C-w saves under another name (and
 * reopens the buffer on the server under it), C-x C-c quits. Each asks before losing changes, and
 * a save that fails says why and loses nothing: the buffer stays modified and the window stays open.
 */
final class FileCommands {
    private final JTextComponent area;
    private final EchoArea echo;
    private final CommandLoop loop;
    private final EditorBuffer buffer;
    private final ServerSession session;
    private final StatusLines status;
    private final BiConsumer<Path, BufferFile.Loaded> visit;
    private final Runnable quit;

    /**
     * @param visit loads a file's text into the window
     * @param quit  closes the window without asking
     */
    FileCommands(
            JTextComponent area,
            EchoArea echo,
            CommandLoop loop,
            EditorBuffer buffer,
            ServerSession session,
            StatusLines status,
            BiConsumer<Path, BufferFile.Loaded> visit,
            Runnable quit) {
        this.area = area;
        this.echo = echo;
        this.loop = loop;
        this.buffer = buffer;
        this.session = session;
        this.status = status;
        this.visit = visit;
        this.quit = quit;
    }

    void register(Commands c) {
        c.define(
                "find-file",
                () -> echo.read(
                        "Find file: ",
                        buffer.directory() + "/",
                        this::completeFile,
                        this::findFile,
                        () -> echo.message("Quit")));
        c.define("save-buffer", () -> {
            if (buffer.file() == null) {
                loop.execute("write-file");
            } else if (!buffer.modified() && Files.exists(buffer.file())) {
                echo.message("(No changes need to be saved)");
            } else {
                save();
            }
        });
        c.define(
                "write-file",
                () -> echo.read(
                        "Write file: ",
                        buffer.directory() + "/",
                        this::completeFile,
                        this::saveAs,
                        () -> echo.message("Quit")));
        c.define("save-buffers-kill-terminal", this::requestQuit);
    }

    private List<String> completeFile(String typed) {
        return FileNames.complete(typed, buffer.directory());
    }

    /** Saves to the buffer's file; on failure says why in the echo line and returns false. */
    boolean save() {
        Path file = buffer.file();
        if (file == null) {
            echo.error("This buffer has no file: use C-x C-w to choose one");
            return false;
        }
        try {
            BufferFile.write(file, area.getText(), buffer.lineSeparator());
        } catch (BufferFile.FileError e) {
            echo.error(e.getMessage());
            return false;
        }
        buffer.saved();
        echo.message("Wrote " + file);
        status.updateTitle();
        status.updateModeLine();
        return true;
    }

    /** C-x C-w with the name read: saves there and, if that is another document, reopens it on the server. */
    void saveAs(String input) {
        Path target = FileNames.resolve(input, buffer.directory(), echo);
        if (target == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            target = target.resolve(
                    buffer.file() == null
                            ? "untitled.txt"
                            : buffer.file().getFileName().toString());
        }
        Path old = buffer.file();
        DocumentSync sync = buffer.sync();
        String oldUri = sync.uri();
        buffer.setFile(target.toAbsolutePath().normalize());
        if (!save()) {
            buffer.setFile(old);
            return;
        }
        if (!buffer.uri().equals(oldUri)) {
            session.close(oldUri);
            sync.rename(buffer.uri(), buffer.languageId());
            buffer.diagnostics().clear();
            session.open(sync);
        }
        status.updateTitle();
    }

    /** C-x C-f with the name read: visits it, first offering to save changes. */
    void findFile(String input) {
        Path target = FileNames.resolve(input, buffer.directory(), echo);
        if (target == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            echo.error(target + " is a directory");
            return;
        }
        Runnable go = () -> {
            try {
                BufferFile.Loaded loaded = BufferFile.read(target);
                visit.accept(target, loaded);
                echo.message(loaded.existed() ? "" : "(New file)");
            } catch (BufferFile.FileError e) {
                echo.error(e.getMessage());
            }
        };
        if (!buffer.modified()) {
            go.run();
            return;
        }
        ask(
                "Buffer " + buffer.name() + " modified; save it before visiting " + target.getFileName()
                        + "? (y, n or C-g) ",
                Map.of(
                        'y',
                        () -> {
                            if (save()) {
                                go.run();
                            }
                        },
                        'n',
                        go),
                () -> echo.message("Quit"));
    }

    /** The quit command: asks before losing changes; a failed save does not quit. */
    private void requestQuit() {
        if (!buffer.modified()) {
            quit.run();
            return;
        }
        ask(
                "Save " + buffer.name() + " before quitting? (y, n or C-g) ",
                Map.of(
                        'y',
                                () -> {
                                    if (buffer.file() == null) {
                                        echo.error("This buffer has no file: save it with C-x C-w first");
                                    } else if (save()) {
                                        quit.run();
                                    }
                                },
                        'n',
                                () -> ask(
                                        "Quit without saving? Your changes to " + buffer.name()
                                                + " will be lost. (y or n) ",
                                        Map.of('y', quit, 'n', () -> echo.message("Quit cancelled")),
                                        () -> echo.message("Quit cancelled"))),
                () -> echo.message("Quit cancelled"));
    }

    private void ask(String question, Map<Character, Runnable> answers, Runnable cancel) {
        area.requestFocusInWindow();
        new YesNoQuestion(loop, echo, question, answers, cancel, status::updateModeLine).ask();
    }
}
