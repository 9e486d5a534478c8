package org.newslint.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Reads CoNLL-style column files (token first, tag last; blank line between sentences;
 * {@code -DOCSTART-} between documents) so that training and evaluation read the shared data
 * sets from the paths given on the command line, never from copies in the repository.
 */
public final class ConllCorpus {
    private ConllCorpus() {}

    /** One sentence: tokens, their tags as written in the file, and whether a new document starts here. */
    public record Sentence(List<String> tokens, List<String> tags, boolean documentStart) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
        }
    }

    /** Reads a file; every tag passes through {@code mapTag} (identity for CoNLL-2003). */
    public static List<Sentence> read(Path file, UnaryOperator<String> mapTag) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, mapTag);
        }
    }

    public static List<Sentence> read(BufferedReader in, UnaryOperator<String> mapTag) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean docStart = true;
        String line;
        while ((line = in.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    out.add(new Sentence(tokens, tags, docStart));
                    docStart = false;
                    tokens.clear();
                    tags.clear();
                }
                if (trimmed.startsWith("-DOCSTART-")) {
                    docStart = true;
                }
                continue;
            }
            String[] cols = trimmed.split("[ \t]+");
            tokens.add(cols[0]);
            tags.add(cols.length > 1 ? mapTag.apply(cols[cols.length - 1]) : "O");
        }
        if (!tokens.isEmpty()) {
            out.add(new Sentence(tokens, tags, docStart));
        }
        return out;
    }

    /** The sentences split into documents at {@code -DOCSTART-} (text before the first marker is one document). */
    public static List<List<Sentence>> documents(List<Sentence> sentences) {
        List<List<Sentence>> out = new java.util.ArrayList<>();
        for (Sentence s : sentences) {
            if (out.isEmpty() || s.documentStart()) {
                out.add(new java.util.ArrayList<>());
            }
            out.get(out.size() - 1).add(s);
        }
        return out;
    }

    /**
     * Maps Groningen Meaning Bank tags to CoNLL's four types: per → PER, org → ORG, geo and gpe →
     * LOC, art, eve and nat → MISC; tim (dates) and anything else → O. The prefix (B-/I-) is kept.
     */
    public static String gmbTag(String tag) {
        if (tag.equals("O") || tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String type = switch (tag.substring(2).toLowerCase(Locale.ROOT)) {
            case "per" -> "PER";
            case "org" -> "ORG";
            case "geo", "gpe" -> "LOC";
            case "art", "eve", "nat" -> "MISC";
            default -> null;
        };
        return type == null ? "O" : tag.charAt(0) + "-" + type;
    }
}
