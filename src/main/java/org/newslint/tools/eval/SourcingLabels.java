package org.newslint.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newslint.text.TextRange;

/**
 * A sourcing data set in the layout of {@code datasets/sourcing/GUIDELINES.md}: {@code units/DOC.tsv}
 * (n, paragraph, start, end[, text]; code-point offsets) and {@code labels/DOC.tsv} (n, label, note),
 * with the article in {@code text/DOC.txt} or, for label sets kept in the repository without the
 * texts, in a separate text folder.
 */
public final class SourcingLabels {
    /** The four labels of the guideline. */
    public enum Label {
        /** Needs a source. */
        S,
        /** Public record: checkable, needs no source by news convention. */
        K,
        /** Attributed. */
        A,
        /** Not a claim. */
        N
    }

    /** One labelled sentence: its UTF-16 range in the article, its paragraph number, label and note. */
    public record Unit(int n, int paragraph, TextRange range, Label label, String note) {}

    /** One labelled article. */
    public record Doc(String name, String text, List<Unit> units) {}

    private SourcingLabels() {}

    /**
     * Reads every labelled document of {@code dir}; the texts come from {@code dir/text} unless
     * {@code textDir} is given.
     */
    public static List<Doc> read(Path dir, Path textDir) throws IOException {
        Path units = dir.resolve("units");
        Path labels = dir.resolve("labels");
        Path texts = textDir != null ? textDir : dir.resolve("text");
        if (!Files.isDirectory(labels) || !Files.isDirectory(units)) {
            throw new IOException(dir + ": expected units/ and labels/ folders (datasets/sourcing/GUIDELINES.md)");
        }
        if (!Files.isDirectory(texts)) {
            throw new IOException(texts + ": no such folder of article texts");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(labels)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path labelFile : files) {
            String name = labelFile.getFileName().toString().replaceFirst("\\.tsv$", "");
            String text = Files.readString(texts.resolve(name + ".txt"), StandardCharsets.UTF_8);
            docs.add(new Doc(name, text, units(text, units.resolve(name + ".tsv"), labelFile)));
        }
        return docs;
    }

    private static List<Unit> units(String text, Path unitFile, Path labelFile) throws IOException {
        Map<Integer, String[]> labelRows = new HashMap<>();
        for (String[] row : rows(labelFile)) {
            labelRows.put(Integer.parseInt(row[0].strip()), row);
        }
        List<Unit> result = new ArrayList<>();
        for (String[] row : rows(unitFile)) {
            int n = Integer.parseInt(row[0].strip());
            String[] label = labelRows.get(n);
            if (label == null || label.length < 2) {
                throw new IOException(labelFile + ": no label for unit " + n);
            }
            int start = text.offsetByCodePoints(0, Integer.parseInt(row[2].strip()));
            int end = text.offsetByCodePoints(0, Integer.parseInt(row[3].strip()));
            result.add(new Unit(
                    n,
                    Integer.parseInt(row[1].strip()),
                    new TextRange(start, end),
                    Label.valueOf(label[1].strip()),
                    label.length > 2 ? label[2].strip() : ""));
        }
        return result;
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
