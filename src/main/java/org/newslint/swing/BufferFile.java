package org.newslint.swing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Reading and writing the buffer's file without ever losing text: files are read as strict UTF-8
 * (a file in another encoding is refused rather than mangled on save), line endings are kept as
 * they were, and a save writes a temporary file beside the original and renames it over, so a
 * failed save leaves both the file and the buffer intact and says why it failed.
 */
public final class BufferFile {
    /** A file's text with its line breaks turned into {@code \n}, and the break to write back. */
    public record Loaded(String text, String lineSeparator, boolean existed) {}

    /** A file operation that failed, with a message for the echo line. */
    public static final class FileError extends Exception {
        public FileError(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Above this the editor refuses a file: an article is a few thousand words. */
    static final long MAX_BYTES = 64L << 20;

    private BufferFile() {}

    /** Reads a file; a file that does not exist yet is an empty new buffer. */
    public static Loaded read(Path path) throws FileError {
        if (!Files.exists(path)) {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new FileError("Cannot open " + path + ": the directory " + parent + " does not exist", null);
            }
            return new Loaded("", System.lineSeparator(), false);
        }
        if (Files.isDirectory(path)) {
            throw new FileError(path + " is a directory", null);
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new FileError("Cannot open " + path + ": larger than " + (MAX_BYTES >> 20) + " MB", null);
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FileError("Cannot open " + path + ": " + reason(e), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FileError(
                    "Cannot open " + path + ": it is not UTF-8 text (convert it first, e.g. with iconv)", e);
        }
        String separator = text.contains("\r\n")
                ? "\r\n"
                : text.contains("\n") ? "\n" : text.contains("\r") ? "\r" : System.lineSeparator();
        return new Loaded(text.replace("\r\n", "\n").replace('\r', '\n'), separator, true);
    }

    /**
     * Writes the buffer's text (with {@code \n} breaks) to the file with the given line separator.
     * Writes through a symbolic link to its target, and keeps the file's permissions.
     */
    public static void write(Path path, String text, String lineSeparator) throws FileError {
        Path target = path;
        try {
            if (Files.isSymbolicLink(path)) {
                target = path.toRealPath();
            }
        } catch (IOException e) {
            throw new FileError("Cannot save " + path + ": " + reason(e), e);
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FileError("Cannot save " + path + ": the directory " + dir + " does not exist", null);
        }
        if (Files.isDirectory(target)) {
            throw new FileError("Cannot save " + path + ": it is a directory", null);
        }
        byte[] bytes = (lineSeparator.equals("\n") ? text : text.replace("\n", lineSeparator))
                .getBytes(StandardCharsets.UTF_8);
        Path tmp = null;
        try {
            try {
                tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            } catch (AccessDeniedException e) {
                if (!Files.isWritable(target)) {
                    throw e;
                }
                // a writable file in a read-only directory: no temporary file possible, write in place
                Files.write(target, bytes);
                return;
            }
            Files.write(tmp, bytes);
            copyPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new FileError("Cannot save " + path + ": " + reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and harmless
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (src != null && dst != null) {
            Set<PosixFilePermission> perms = src.readAttributes().permissions();
            dst.setPermissions(perms);
        }
    }

    /** A human reason for an I/O failure: "permission denied", "disk full", … */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
