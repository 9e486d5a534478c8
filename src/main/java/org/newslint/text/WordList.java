package org.newslint.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a lexicon resource from the classpath: one entry per line, {@code #} comments and blank
 * lines ignored, fields separated by tabs. Lexicons are data, so they live in resource files with a
 * header saying how they were built, not in code.
 */
public final class WordList {
    public static final String LEXICON_DIR = "/org/newslint/lexicon/";

    private WordList() {}

    /** Each non-comment line split on tabs. */
    public static List<String[]> rows(String name) {
        String path = LEXICON_DIR + name;
        try (InputStream in = WordList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split("\t");
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
            return Collections.unmodifiableList(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    /** The first column of every row. */
    public static List<String> entries(String name) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(name)) {
            out.add(row[0]);
        }
        return out;
    }
}
