package org.newslint.tools.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newslint.text.TextRange;

/**
 * Rebuilds GUM Wikinews documents from their CoNLL-U tokens (honouring {@code SpaceAfter=No} and
 * {@code # newpar}), with the character span of every token, and reads the named mentions that
 * carry a Wikipedia identity from {@code derived_entity_mentions.tsv}.
 */
public final class GumDocuments {
    /** A gold mention linked to a Wikipedia identity. */
    public record GoldMention(TextRange range, String text, String identity, String etype) {}

    /** A rebuilt document. */
    public record Doc(String name, String text, List<GoldMention> mentions) {}

    private GumDocuments() {}

    public static List<Doc> read(Path dir) throws IOException {
        Path dep = dir.resolve("dep");
        Path mentions = dir.resolve("derived_entity_mentions.tsv");
        if (!Files.isDirectory(dep) || !Files.isRegularFile(mentions)) {
            throw new IOException(
                    dir + ": expected dep/*.conllu and derived_entity_mentions.tsv (GUM Wikinews layout)");
        }
        Map<String, Map<String, int[]>> tokenSpans = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dep)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".conllu", "");
                Map<String, int[]> spans = new HashMap<>();
                texts.put(name, rebuild(Files.readAllLines(f, StandardCharsets.UTF_8), spans));
                tokenSpans.put(name, spans);
            }
        }
        Map<String, List<GoldMention>> gold = new HashMap<>();
        List<String> rows = Files.readAllLines(mentions, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            if (f.length < 7 || f[6].isEmpty() || !tokenSpans.containsKey(f[0])) {
                continue;
            }
            Map<String, int[]> spans = tokenSpans.get(f[0]);
            int[] first = spans.get(f[1] + "#" + f[2]);
            int[] last = spans.get(f[1] + "#" + f[3]);
            if (first == null || last == null) {
                continue;
            }
            gold.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new GoldMention(new TextRange(first[0], last[1]), f[4], f[6], f[5]));
        }
        List<Doc> docs = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            docs.add(new Doc(e.getKey(), e.getValue(), gold.getOrDefault(e.getKey(), List.of())));
        }
        return docs;
    }

    /** The document text; {@code spans} receives "sent_id#token" → [start, end). */
    static String rebuild(List<String> lines, Map<String, int[]> spans) {
        StringBuilder sb = new StringBuilder();
        String sentence = null;
        boolean spaceBefore = false;
        for (String line : lines) {
            if (line.startsWith("# newpar")) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                spaceBefore = false;
                continue;
            }
            if (line.startsWith("# sent_id = ")) {
                sentence = line.substring("# sent_id = ".length()).strip();
                continue;
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 10 || f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            if (spaceBefore) {
                sb.append(' ');
            }
            int start = sb.length();
            sb.append(f[1]);
            spans.put(sentence + "#" + f[0], new int[] {start, sb.length()});
            spaceBefore = !f[9].contains("SpaceAfter=No");
        }
        return sb.toString();
    }
}
