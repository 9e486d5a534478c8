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
import java.util.stream.Stream;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;

/** Turns command-line arguments (files, directories, "-" for stdin) into documents. */
public final class Inputs {
    /** One input with the path shown to people. */
    public record Input(String displayPath, Document document) {}

    private Inputs() {}

    public static List<Input> read(List<String> args, InputStream stdin) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                String text = decode(stdin.readAllBytes(), "<stdin>");
                out.add(new Input("<stdin>", new Document("stdin:article.txt", 0, text, DocumentFormat.PLAIN_TEXT)));
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.filter(Files::isRegularFile)
                            .filter(Inputs::isArticle)
                            .sorted()
                            .toList()) {
                        out.add(readFile(p));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                out.add(readFile(path));
            } else {
                throw new IOException(arg + ": no such file or directory");
            }
        }
        return out;
    }

    public static boolean isArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".text");
    }

    public static Input readFile(Path p) throws IOException {
        String text = decode(Files.readAllBytes(p), p.toString());
        return new Input(
                p.toString(),
                new Document(p.toUri().toString(), 0, text, DocumentFormat.fromLanguageIdOrPath(null, p.toString())));
    }

    /** Strict UTF-8 first; invalid bytes fall back to replacement characters rather than failing. */
    public static String decode(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
