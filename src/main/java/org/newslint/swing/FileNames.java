package org.newslint.swing;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * File names as the minibuffer reads them for C-x C-f and C-x C-w: {@code ~/} for the home
 * directory, relative names from the buffer's directory, and TAB completion from what is on disk
 * (directories with a trailing slash, hidden files only when asked for with a dot).
 */
final class FileNames {
    private FileNames() {}

    /** The path typed, or null after saying in the echo line why there is none. */
    static Path resolve(String input, Path directory, Echo echo) {
        String s = input.strip();
        if (s.isEmpty()) {
            echo.error("No file name given");
            return null;
        }
        if (s.startsWith("~/")) {
            s = System.getProperty("user.home") + s.substring(1);
        }
        try {
            Path p = Path.of(s);
            return p.isAbsolute() ? p : directory.resolve(p);
        } catch (InvalidPathException e) {
            echo.error("Not a file name: " + s);
            return null;
        }
    }

    /** The names that complete what was typed, sorted, as they would be typed. */
    static List<String> complete(String typed, Path directory) {
        List<String> out = new ArrayList<>();
        String s = typed.startsWith("~/") ? System.getProperty("user.home") + typed.substring(1) : typed;
        int slash = s.lastIndexOf('/');
        String dirPart = slash >= 0 ? s.substring(0, slash + 1) : "";
        String prefix = slash >= 0 ? s.substring(slash + 1) : s;
        Path dir;
        try {
            dir = dirPart.isEmpty() ? directory : Path.of(dirPart);
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
}
