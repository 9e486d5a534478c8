package org.newslint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.config.ProjectConfig;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;

/** Turns command-line arguments (files, directories, "-" for stdin) into documents. */
public final class Inputs {
    /** One input with the path shown to people. */
    public record Input(String displayPath, Document document) {}

    private Inputs() {}

    /**
     * What the arguments gave: the documents, and one line for each argument that gave nothing (a
     * missing path, an unreadable file, a directory with no articles) or was read with a caveat (not
     * UTF-8). An argument that fails does not stop the others.
     */
    public record Gathered(List<Input> inputs, List<String> errors, List<String> notices) {}

    /** The documents of every argument; a failing argument is reported, never fatal. */
    public static Gathered gather(List<String> args, InputStream stdin) {
        return gather(args, stdin, null);
    }

    /**
     * As {@link #gather(List, InputStream)}, reading every file and stdin in {@code encoding}
     * strictly (a file that is not valid in it is an error), or as {@link #decode} says when null.
     */
    public static Gathered gather(List<String> args, InputStream stdin, java.nio.charset.Charset encoding) {
        List<Input> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (String arg : args) {
            try {
                if (arg.equals("-")) {
                    if (stdin == System.in && stdinWasClosed()) {
                        errors.add("-: standard input is closed; nothing to read");
                        continue;
                    }
                    String text = decode(stdin.readAllBytes(), "<stdin>", notices, encoding);
                    noticeIfEmpty(text, "<stdin>", notices);
                    out.add(new Input(
                            "<stdin>", new Document("stdin:article.txt", 0, text, DocumentFormat.PLAIN_TEXT)));
                    continue;
                }
                if (ProjectConfig.Globs.isGlob(arg) && !Files.exists(Path.of(arg))) {
                    List<Path> matched = glob(arg);
                    if (matched.isEmpty()) {
                        errors.add(arg + ": no articles (*.txt, *.md, *.html) match this pattern");
                    }
                    for (Path p : matched) {
                        try {
                            out.add(readFile(p, notices, encoding));
                        } catch (IOException e) {
                            errors.add(p + ": cannot be read (" + e.getMessage() + ")");
                        }
                    }
                    continue;
                }
                Path path = Path.of(arg);
                if (Files.isDirectory(path)) {
                    List<Path> unreadable = new ArrayList<>();
                    List<Path> articles = articlesUnder(path, unreadable);
                    for (Path u : unreadable) {
                        errors.add(u + ": cannot be read (permission denied or gone)");
                    }
                    if (articles.isEmpty() && !unreadable.contains(path)) {
                        errors.add(arg + ": no articles (*.txt, *.md, *.html) in this directory");
                    }
                    for (Path p : articles) {
                        try {
                            out.add(readFile(p, notices, encoding));
                        } catch (IOException e) {
                            errors.add(p + ": cannot be read (" + reason(e) + ")");
                        }
                    }
                } else if (Files.isRegularFile(path)) {
                    out.add(readFile(path, notices, encoding));
                } else {
                    errors.add(arg + ": no such file or directory");
                }
            } catch (IOException e) {
                errors.add(arg + ": cannot be read (" + reason(e) + ")");
            } catch (java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
                errors.add(arg + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return new Gathered(out, errors, notices);
    }

    /** Every argument's documents; the first argument that gives nothing is an error (the tools' use). */
    public static List<Input> read(List<String> args, InputStream stdin) throws IOException {
        Gathered g = gather(args, stdin);
        if (!g.errors().isEmpty()) {
            throw new IOException(g.errors().get(0));
        }
        return g.inputs();
    }

    /**
     * The articles a glob names ({@code 'articles/**}{@code /*.md'}, quoted so the shell leaves it alone),
     * with {@link java.nio.file.PathMatcher}'s syntax: the folders before the first wildcard are walked as a
     * directory argument is, and each article's path below them is matched against the rest.
     */
    static List<Path> glob(String pattern) throws IOException {
        String[] parts = pattern.replace('\\', '/').split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !ProjectConfig.Globs.isGlob(parts[fixed])) {
            fixed++;
        }
        String baseText = String.join("/", java.util.Arrays.copyOfRange(parts, 0, fixed));
        Path base = pattern.startsWith("/") && baseText.isEmpty()
                ? Path.of("/")
                : Path.of(baseText.isEmpty() ? "." : baseText);
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
        List<java.nio.file.PathMatcher> matchers = ProjectConfig.Globs.matchers(rest);
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(base)) {
            return out;
        }
        for (Path p : articlesUnder(base)) {
            Path relative = base.relativize(p);
            if (matchers.stream().anyMatch(m -> m.matches(relative))) {
                out.add(baseText.isEmpty() && !pattern.startsWith("/") ? relative : p);
            }
        }
        return out;
    }

    /** The articles under a directory, as {@link #articlesUnder(Path, List)}, unreadable ones left out. */
    private static List<Path> articlesUnder(Path dir) throws IOException {
        return articlesUnder(dir, new ArrayList<>());
    }

    /** What went wrong, in words: Java's messages for these name only the path. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void noticeIfEmpty(String text, String what, List<String> notices) {
        if (text.isBlank()) {
            notices.add(what + ": empty; nothing to check");
        }
    }

    /**
     * Whether this process was started with its standard input closed ({@code <&-}): the JVM then
     * reuses descriptor 0 for a file of its own (the runtime image), which must not be read as an
     * article. Linux only (it asks {@code /proc}); elsewhere stdin is taken as given.
     */
    static boolean stdinWasClosed() {
        try {
            Path fd0 = Path.of("/proc/self/fd/0");
            if (!Files.isSymbolicLink(fd0)) {
                return false;
            }
            Path target = Files.readSymbolicLink(fd0);
            Path home = Path.of(System.getProperty("java.home")).toRealPath();
            return target.isAbsolute()
                    && (target.startsWith(home) || target.toString().endsWith(".jar"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The articles under a directory, sorted, not looking into hidden directories or {@code node_modules};
     * directories and files that cannot be read go to {@code unreadable}.
     */
    private static List<Path> articlesUnder(Path dir, List<Path> unreadable) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(
                    Path d, java.nio.file.attribute.BasicFileAttributes attrs) {
                String name = d.getFileName() == null ? "" : d.getFileName().toString();
                boolean skip = !d.equals(dir) && (name.startsWith(".") || name.equals("node_modules"));
                return skip ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isArticle(f)) {
                    found.add(f);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                unreadable.add(f);
                return java.nio.file.FileVisitResult.CONTINUE; // an unreadable corner does not hide the rest
            }
        });
        found.sort(null);
        return found;
    }

    public static boolean isArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt")
                || name.endsWith(".md")
                || name.endsWith(".markdown")
                || name.endsWith(".text")
                || name.endsWith(".html")
                || name.endsWith(".htm");
    }

    public static Input readFile(Path p) throws IOException {
        return readFile(p, new ArrayList<>(), null);
    }

    private static Input readFile(Path p, List<String> notices, java.nio.charset.Charset encoding) throws IOException {
        String text = decode(Files.readAllBytes(p), p.toString(), notices, encoding);
        noticeIfEmpty(text, p.toString(), notices);
        Document document =
                new Document(p.toUri().toString(), 0, text, DocumentFormat.fromLanguageIdOrPath(null, p.toString()));
        if (document.format() == DocumentFormat.HTML
                && !text.isBlank()
                && document.analysable().text().isBlank()) {
            notices.add(p + ": HTML without article text (no words in <article>, <main> or <body>"
                    + " outside scripts, navigation, headers, footers and asides); nothing to check");
        }
        return new Input(p.toString(), document);
    }

    /**
     * The text of {@code bytes} in {@code encoding}, strictly: bytes that are not valid in it are an
     * error naming the encoding, never decoded as something else; a byte-order mark is dropped. With
     * no encoding (null), {@link #decode(byte[], String, List) the default reading}.
     */
    public static String decode(byte[] bytes, String what, List<String> notices, java.nio.charset.Charset encoding)
            throws IOException {
        if (encoding == null) {
            return decode(bytes, what, notices);
        }
        String text;
        try {
            text = encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid " + encoding.name() + ", the --encoding given");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * UTF-8, without a byte-order mark (it would shift every column of the first line); bytes that
     * are not UTF-8 are read as Windows-1252 (Latin-1's superset, what such files usually are), and
     * {@code notices} says so, so nothing is decoded silently as something else.
     */
    public static String decode(byte[] bytes, String what, List<String> notices) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            notices.add(what + ": not valid UTF-8; read as Windows-1252 (Latin-1)");
            text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
