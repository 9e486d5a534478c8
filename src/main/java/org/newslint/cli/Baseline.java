package org.newslint.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.text.Normalizer;
import org.newslint.text.TextRange;

/**
 * The findings a desk has accepted ({@code check --write-baseline}), so that {@code check
 * --baseline} reports only new ones. A finding is known by its file (relative to the baseline's
 * folder), its rule and the normalised text of its sentence, with a count for a sentence that has
 * the same finding more than once; so editing one sentence brings back only that sentence's
 * findings, and edits elsewhere in the file change nothing.
 */
final class Baseline {
    /** What identifies a finding across edits. */
    record Key(String path, String rule, String sentence) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = path.compareTo(o.path);
            c = c != 0 ? c : rule.compareTo(o.rule);
            return c != 0 ? c : sentence.compareTo(o.sentence);
        }
    }

    private final Path folder;
    private final Map<Key, Integer> counts;

    private Baseline(Path folder, Map<Key, Integer> counts) {
        this.folder = folder;
        this.counts = counts;
    }

    /** An empty baseline to be written to {@code file}. */
    static Baseline empty(Path file) {
        return new Baseline(folderOf(file), new TreeMap<>());
    }

    /** Reads a baseline; a malformed one is an {@link IOException} with the reason. */
    static Baseline read(Path file) throws IOException {
        Map<Key, Integer> counts = new TreeMap<>();
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            for (JsonElement e : root.getAsJsonArray("findings")) {
                JsonObject o = e.getAsJsonObject();
                Key key = new Key(
                        o.get("path").getAsString(),
                        o.get("rule").getAsString(),
                        o.get("sentence").getAsString());
                counts.merge(key, o.has("count") ? o.get("count").getAsInt() : 1, Integer::sum);
            }
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            throw new IOException("not a newslint baseline (" + e.getMessage() + ")", e);
        }
        return new Baseline(folderOf(file), counts);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** Adds every finding of a file. */
    void add(String path, ArticleAnalysis analysis) {
        for (Finding f : analysis.findings()) {
            counts.merge(key(path, analysis, f), 1, Integer::sum);
        }
    }

    /**
     * The findings of a file that the baseline does not hold: for each key, those beyond the
     * baseline's count, in document order.
     */
    List<Finding> newFindings(String path, ArticleAnalysis analysis) {
        Map<Key, Integer> left = new TreeMap<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : analysis.findings()) {
            Key k = key(path, analysis, f);
            int used = left.merge(k, 1, Integer::sum);
            if (used > counts.getOrDefault(k, 0)) {
                out.add(f);
            }
        }
        return out;
    }

    void write(Path file) throws IOException {
        JsonArray findings = new JsonArray();
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            JsonObject o = new JsonObject();
            o.addProperty("path", e.getKey().path());
            o.addProperty("rule", e.getKey().rule());
            o.addProperty("sentence", e.getKey().sentence());
            o.addProperty("count", e.getValue());
            findings.add(o);
        }
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.add("findings", findings);
        Files.writeString(
                file,
                new GsonBuilder()
                                .setPrettyPrinting()
                                .disableHtmlEscaping()
                                .create()
                                .toJson(root) + "\n",
                StandardCharsets.UTF_8);
    }

    /** A file's path as the baseline names it: relative to the baseline's folder, with forward slashes. */
    String pathOf(Inputs.Input in) {
        if (!in.document().uri().startsWith("file:")) {
            return in.displayPath();
        }
        Path p = Path.of(java.net.URI.create(in.document().uri()))
                .toAbsolutePath()
                .normalize();
        Path rel = p.startsWith(folder) ? folder.relativize(p) : p;
        return rel.toString().replace('\\', '/');
    }

    int size() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Key key(String path, ArticleAnalysis analysis, Finding f) {
        return new Key(path, f.rule(), sentenceText(analysis, f.range()));
    }

    /** The text of the sentence a finding starts in (the finding's own text outside sentences), normalised. */
    static String sentenceText(ArticleAnalysis analysis, TextRange finding) {
        TextRange range = finding;
        for (SentenceInfo s : analysis.sentences()) {
            TextRange r = s.sentence().range();
            if (r.start() <= finding.start() && finding.start() < Math.max(r.end(), r.start() + 1)) {
                range = r;
                break;
            }
        }
        String text = range.of(analysis.document().text());
        return Normalizer.normalize(text).replaceAll("\\s+", " ").strip();
    }
}
