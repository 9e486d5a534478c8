package org.newslint.swing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Files and quitting: save, save as and find file with completion, y-or-n questions in the echo
 * line, and a quit that never loses unsaved changes.
 */
final class FileCommands {
    private final EditorWindow window;

    FileCommands(EditorWindow window) {
        this.window = window;
    }

    // ------------------------------------------------------------------ files and quitting

    boolean modified() {
        return window.changes != window.savedChanges;
    }

    String bufferName() {
        return window.file == null ? "*scratch*" : window.file.getFileName().toString();
    }

    /** Saves to the buffer's file; on failure says why in the echo line and returns false. */
    boolean save() {
        if (window.file == null) {
            window.echo.error("This buffer has no file: use C-x C-w to choose one");
            return false;
        }
        try {
            BufferFile.write(window.file, window.area.getText(), window.lineSeparator);
        } catch (BufferFile.FileError e) {
            window.echo.error(e.getMessage());
            return false;
        }
        window.savedChanges = window.changes;
        window.echo.message("Wrote " + window.file);
        window.updateTitle();
        window.updateModeLine();
        return true;
    }

    void saveAs(String input) {
        Path target = resolve(input);
        if (target == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            target = target.resolve(
                    window.file == null
                            ? "untitled.txt"
                            : window.file.getFileName().toString());
        }
        Path old = window.file;
        String oldUri = window.sync.uri();
        window.file = target.toAbsolutePath().normalize();
        if (!save()) {
            window.file = old;
            return;
        }
        if (!BufferFile.uri(window.file).equals(oldUri)) {
            if (window.server != null) {
                window.server.didClose(oldUri);
            }
            window.sync.rename(BufferFile.uri(window.file), BufferFile.languageId(window.file));
            window.diagnostics.clear();
            if (window.server != null) {
                window.server.didOpen(window.sync.openItem());
            }
        }
        window.updateTitle();
    }

    void findFile(String input) {
        Path target = resolve(input);
        if (target == null) {
            return;
        }
        if (Files.isDirectory(target)) {
            window.echo.error(target + " is a directory");
            return;
        }
        Runnable visit = () -> {
            try {
                BufferFile.Loaded loaded = BufferFile.read(target);
                window.session.load(target, loaded);
                window.echo.message(loaded.existed() ? "" : "(New file)");
            } catch (BufferFile.FileError e) {
                window.echo.error(e.getMessage());
            }
        };
        if (!modified()) {
            visit.run();
            return;
        }
        ask(
                "Buffer " + bufferName() + " modified; save it before visiting " + target.getFileName()
                        + "? (y, n or C-g) ",
                Map.of(
                        'y',
                        () -> {
                            if (save()) {
                                visit.run();
                            }
                        },
                        'n',
                        visit),
                () -> window.echo.message("Quit"));
    }

    Path resolve(String input) {
        String s = input.strip();
        if (s.isEmpty()) {
            window.echo.error("No file name given");
            return null;
        }
        if (s.startsWith("~/")) {
            s = System.getProperty("user.home") + s.substring(1);
        }
        try {
            Path p = Path.of(s);
            return p.isAbsolute() ? p : directory().resolve(p);
        } catch (InvalidPathException e) {
            window.echo.error("Not a file name: " + s);
            return null;
        }
    }

    Path directory() {
        Path dir = window.file == null ? null : window.file.getParent();
        return dir != null ? dir : Path.of("").toAbsolutePath();
    }

    /** File name completion for the minibuffer. */
    List<String> completeFile(String typed) {
        List<String> out = new ArrayList<>();
        String s = typed.startsWith("~/") ? System.getProperty("user.home") + typed.substring(1) : typed;
        int slash = s.lastIndexOf('/');
        String dirPart = slash >= 0 ? s.substring(0, slash + 1) : "";
        String prefix = slash >= 0 ? s.substring(slash + 1) : s;
        Path dir;
        try {
            dir = dirPart.isEmpty() ? directory() : Path.of(dirPart);
        } catch (InvalidPathException e) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && (prefix.startsWith(".") || !name.startsWith("."))) {
                    out.add(dirPart + name + (Files.isDirectory(p) ? "/" : ""));
                }
            }
        } catch (IOException e) {
            // no completions in an unreadable directory
        }
        out.sort(null);
        return out;
    }

    /** The quit command: asks before losing changes; a failed save does not quit. */
    void requestQuit() {
        if (!modified()) {
            quit();
            return;
        }
        ask(
                "Save " + bufferName() + " before quitting? (y, n or C-g) ",
                Map.of(
                        'y',
                                () -> {
                                    if (window.file == null) {
                                        window.echo.error("This buffer has no file: save it with C-x C-w first");
                                    } else if (save()) {
                                        quit();
                                    }
                                },
                        'n',
                                () -> ask(
                                        "Quit without saving? Your changes to " + bufferName()
                                                + " will be lost. (y or n) ",
                                        Map.of('y', this::quit, 'n', () -> window.echo.message("Quit cancelled")),
                                        () -> window.echo.message("Quit cancelled"))),
                () -> window.echo.message("Quit cancelled"));
    }

    /** Closes the window and stops the server; {@link #awaitClosed} returns when it has gone. */
    void quit() {
        if (window.quitting) {
            return;
        }
        window.quitting = true;
        window.hover.hide();
        window.hoverTimer.stop();
        window.frame.setVisible(false);
        window.frame.dispose();
        ServerConnection s = window.server;
        if (s == null) {
            window.closed.countDown();
            return;
        }
        s.stop(EditorWindow.STOP_GRACE).whenComplete((v, ex) -> window.closed.countDown());
    }

    void awaitClosed() throws InterruptedException {
        window.closed.await();
    }

    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return window.closed.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** A y-or-n question read in the echo line; C-g cancels. */
    void ask(String question, Map<Character, Runnable> answers, Runnable cancel) {
        window.area.requestFocusInWindow();
        CommandLoop.Mode mode = new CommandLoop.Mode() {
            @Override
            public boolean key(String key) {
                if (key.equals("C-g") || key.equals("ESC")) {
                    window.loop.exitMode(this);
                    cancel.run();
                    return true;
                }
                if (Keymap.isSelfInserting(key)) {
                    return false;
                }
                window.echo.prompt(question + " Please answer y or n.");
                return true;
            }

            @Override
            public void typed(char c) {
                Runnable r = answers.get(Character.toLowerCase(c));
                if (r == null) {
                    window.echo.prompt(question + " Please answer y or n.");
                    return;
                }
                window.loop.exitMode(this);
                window.echo.prompt("");
                r.run();
                window.updateModeLine();
            }
        };
        window.loop.enterMode(mode);
        window.echo.prompt(question);
    }
}
