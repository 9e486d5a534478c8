package org.newslint.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newslint.text.TextRange;

/**
 * Reads PolNeAR-style brat folders ({@code text/*.txt}, {@code attributions/*.ann}) into documents
 * with their attribution relations. Where several annotators annotated a document, the first
 * alphabetically is used, as DESIGN.md §6 defines.
 */
public final class BratAttributions {
    /** One attribution relation; each role may be discontinuous (several fragments). */
    public record Relation(List<TextRange> source, List<TextRange> cue, List<TextRange> content) {}

    /** A document's text and its relations. */
    public record Doc(String name, String text, List<Relation> relations) {
        /** Every Source, Cue and Content fragment. */
        public List<TextRange> allSpans() {
            List<TextRange> out = new ArrayList<>();
            for (Relation r : relations) {
                out.addAll(r.source());
                out.addAll(r.cue());
                out.addAll(r.content());
            }
            return out;
        }
    }

    private BratAttributions() {}

    public static List<Doc> read(Path dir) throws IOException {
        Path textDir = dir.resolve("text");
        Path annDir = dir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new IOException(dir + ": expected text/ and attributions/ folders (PolNeAR brat layout)");
        }
        Map<String, Path> firstAnnotator = new TreeMap<>();
        try (Stream<Path> anns = Files.list(annDir)) {
            for (Path ann :
                    anns.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String file = ann.getFileName().toString();
                String doc = file.substring(0, file.lastIndexOf('_'));
                firstAnnotator.putIfAbsent(doc, ann);
            }
        }
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, Path> e : firstAnnotator.entrySet()) {
            Path txt = textDir.resolve(e.getKey() + ".txt");
            if (!Files.exists(txt)) {
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            docs.add(new Doc(
                    e.getKey(), text, parse(Files.readAllLines(e.getValue(), StandardCharsets.UTF_8), text.length())));
        }
        return docs;
    }

    static List<Relation> parse(List<String> lines, int textLength) {
        Map<String, String> types = new HashMap<>();
        Map<String, List<TextRange>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            if (f[0].startsWith("T")) {
                String[] typeAndSpans = f[1].split(" ", 2);
                types.put(f[0], typeAndSpans[0]);
                List<TextRange> ranges = new ArrayList<>();
                for (String frag : typeAndSpans[1].split(";")) {
                    String[] se = frag.trim().split(" ");
                    int s = Math.min(Integer.parseInt(se[0]), textLength);
                    int en = Math.min(Integer.parseInt(se[1]), textLength);
                    if (en > s) {
                        ranges.add(new TextRange(s, en));
                    }
                }
                spans.put(f[0], ranges);
            } else if (f[0].startsWith("E")) {
                events.add(f[1].split(" "));
            }
        }
        List<Relation> out = new ArrayList<>();
        for (String[] args : events) {
            List<TextRange> source = new ArrayList<>();
            List<TextRange> cue = new ArrayList<>();
            List<TextRange> content = new ArrayList<>();
            for (String arg : args) {
                String[] roleAndId = arg.split(":");
                if (roleAndId.length != 2 || !spans.containsKey(roleAndId[1])) {
                    continue;
                }
                String role = roleAndId[0].replaceAll("\\d+$", "");
                switch (role) {
                    case "Source" -> source.addAll(spans.get(roleAndId[1]));
                    case "Cue" -> cue.addAll(spans.get(roleAndId[1]));
                    case "Content" -> content.addAll(spans.get(roleAndId[1]));
                    default -> {}
                }
            }
            out.add(new Relation(source, cue, content));
        }
        return out;
    }
}
