package org.newslint.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslint.analysis.model.Settings;

/**
 * Finds and reads {@code .newslint.json} for the CLI and the server alike: the nearest one walking
 * up from a file's folder, read once and again only when it changes on disk. Each problem of a file
 * goes to {@code problems} once per reading, prefixed with the file's path (and line and column for
 * malformed JSON).
 */
public final class ConfigFiles {
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");
    static final java.util.Set<String> TOP_KEYS = java.util.Set.of(
            "$schema", "rules", "maxDocumentChars", "reportingVerbs", "names", "ignore", "rulesDocumentationUrl");

    private final Consumer<String> problems;
    private final Map<Path, Loaded> cache = new ConcurrentHashMap<>();

    private record Loaded(FileTime modified, long size, ProjectConfig config) {}

    public ConfigFiles(Consumer<String> problems) {
        this.problems = problems;
    }

    /** The configuration for a file: the nearest {@code .newslint.json} in its folder or above, or null. */
    public ProjectConfig forFile(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve(ProjectConfig.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return load(candidate);
            }
        }
        return null;
    }

    /** The configuration for a document URI ({@code file:} only; others have none). */
    public ProjectConfig forUri(String uri) {
        if (uri == null || !uri.startsWith("file:")) {
            return null;
        }
        try {
            return forFile(Path.of(java.net.URI.create(uri)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A named file ({@code --config}); re-read when it changes. */
    public ProjectConfig load(Path file) {
        Path key = file.toAbsolutePath().normalize();
        FileTime modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(key);
            size = Files.size(key);
        } catch (IOException e) {
            ProjectConfig broken =
                    broken(key, List.of(key + ": cannot be read (" + e.getMessage() + "); defaults used"));
            cache.remove(key);
            report(broken);
            return broken;
        }
        Loaded known = cache.get(key);
        if (known != null && known.modified().equals(modified) && known.size() == size) {
            return known.config();
        }
        ProjectConfig read = read(key);
        cache.put(key, new Loaded(modified, size, read));
        report(read);
        return read;
    }

    private void report(ProjectConfig config) {
        for (String p : config.problems()) {
            problems.accept(p);
        }
    }

    private static ProjectConfig broken(Path file, List<String> problems) {
        return new ProjectConfig(file, Settings.defaults(), List.of(), problems);
    }

    /** Reads one file; never throws. */
    static ProjectConfig read(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return broken(file, List.of(file + ": cannot be read (" + e.getMessage() + "); defaults used"));
        }
        return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Parses the text of a configuration file named {@code file}; never throws. */
    public static ProjectConfig parse(Path file, String text) {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            root = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new MalformedJsonException(
                        "text after the JSON object at " + reader.getPath() + " " + location(reader));
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return broken(file, List.of(file + ":" + where(e) + " malformed JSON (" + cause(e) + "); defaults used"));
        }
        if (!root.isJsonObject()) {
            return broken(file, List.of(file + ": must hold a JSON object; defaults used"));
        }
        JsonObject cfg = root.getAsJsonObject();
        List<String> found = new ArrayList<>();
        for (String key : cfg.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                found.add("unknown key '" + key + "' (" + String.join(", ", new java.util.TreeSet<>(TOP_KEYS)) + ")");
            }
        }
        Settings settings = SettingsJson.apply(cfg, Settings.defaults(), found);
        List<String> ignore = new ArrayList<>();
        if (cfg.has("ignore")) {
            JsonElement v = cfg.get("ignore");
            if (v.isJsonArray()) {
                for (JsonElement g : v.getAsJsonArray()) {
                    if (g.isJsonPrimitive() && g.getAsJsonPrimitive().isString()) {
                        try {
                            ProjectConfig.Globs.matchers(g.getAsString());
                            ignore.add(g.getAsString());
                        } catch (IllegalArgumentException e) {
                            found.add("ignore: bad glob '" + g.getAsString() + "' (" + e.getMessage() + ")");
                        }
                    } else {
                        found.add("ignore: " + g + " is not a glob string");
                    }
                }
            } else {
                found.add("'ignore' must be an array of globs");
            }
        }
        List<String> prefixed = new ArrayList<>();
        for (String p : found) {
            prefixed.add(file + ": " + p);
        }
        return new ProjectConfig(file, settings, ignore, prefixed);
    }

    private static String location(JsonReader reader) {
        String s = reader.toString(); // "JsonReader at line 3 column 5 path $.x"
        Matcher m = LINE_COLUMN.matcher(s);
        return m.find() ? m.group() : "";
    }

    /** "3:5:" from Gson's "… at line 3 column 5 path $.rules", or "" when it gives none. */
    private static String where(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = LINE_COLUMN.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1) + ":" + m.group(2) + ":";
            }
        }
        return "";
    }

    private static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        int cut = m.indexOf(" at line ");
        if (cut > 0) {
            m = m.substring(0, cut);
        }
        int see = m.indexOf("\nSee ");
        return see > 0 ? m.substring(0, see) : m;
    }
}
