package org.newslint.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the name finder's gazetteers, each from a recorded source: country and language names from
 * the JDK's {@link Locale}, city names from the JDK's time-zone ids ({@code America/New_York}),
 * newslint's own hand-made lexicons (places, organisations, demonyms), and optionally names
 * harvested from the GMB corpus (entities tagged with one type at least {@value #MIN_GMB_COUNT} times).
 * The result is a phrase → lists table that {@link GazetteerFeatures} reads.
 */
public final class Gazetteers {
    static final int MIN_GMB_COUNT = 2;

    private final Map<String, Set<String>> phrases = new TreeMap<>();
    private final Map<String, Integer> sizes = new TreeMap<>();

    /** The JDK lists and newslint's lexicons. */
    public static Gazetteers builtIn() throws IOException {
        Gazetteers g = new Gazetteers();
        for (String iso : Locale.getISOCountries()) {
            g.add("jdk-countries", new Locale("", iso).getDisplayCountry(Locale.ENGLISH));
        }
        for (String iso : Locale.getISOLanguages()) {
            g.add("jdk-languages", new Locale(iso).getDisplayLanguage(Locale.ENGLISH));
        }
        for (String id : TimeZone.getAvailableIDs()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                g.add("jdk-cities", id.substring(slash + 1).replace('_', ' '));
            }
        }
        g.addLexicon("lex-places", "places.txt", 0);
        g.addLexicon("lex-orgs", "organizations.txt", 0);
        g.addLexicon("lex-orgs", "organizations.txt", 1);
        g.addLexicon("lex-demonyms", "demonyms.txt", 0);
        g.addLexicon("lex-places", "demonyms.txt", 1);
        return g;
    }

    private void addLexicon(String list, String resource, int column) throws IOException {
        InputStream in = Gazetteers.class.getResourceAsStream("/org/newslint/lexicon/" + resource);
        if (in == null) {
            throw new IOException("lexicon " + resource + " is not on the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (column < cols.length
                        && !cols[column].isBlank()
                        && Character.isUpperCase(cols[column].strip().charAt(0))) {
                    add(list, cols[column].strip());
                }
            }
        }
    }

    /**
     * Adds Debian's iso-codes lists (LGPL-2.1+) from its JSON directory: ISO 3166-1 country names
     * (name, common and official names) as {@code iso-countries} and ISO 3166-2 subdivision names
     * (states, provinces, regions; the part before any " (" or ",") as {@code iso-subdivisions}.
     */
    public void addIsoCodes(java.nio.file.Path dir) throws IOException {
        java.util.regex.Pattern field = java.util.regex.Pattern.compile(
                "\"(name|common_name|official_name)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        for (String[] source :
                new String[][] {{"iso_3166-1.json", "iso-countries"}, {"iso_3166-2.json", "iso-subdivisions"}}) {
            java.nio.file.Path file = dir.resolve(source[0]);
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new IOException(file + ": not found (Debian package iso-codes)");
            }
            var m = field.matcher(java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String name = m.group(2).replace("\\\"", "\"");
                int cut = name.indexOf(" (");
                if (cut > 0) {
                    name = name.substring(0, cut);
                }
                if (source[1].equals("iso-subdivisions") && name.indexOf(',') > 0) {
                    name = name.substring(0, name.indexOf(','));
                }
                if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))) {
                    add(source[1], name);
                }
            }
        }
    }

    /** Adds names harvested from GMB sentences whose tags are already mapped to PER/ORG/LOC/MISC. */
    public void addHarvested(String prefix, List<ConllCorpus.Sentence> sentences) {
        Map<String, Map<String, Integer>> byName = new HashMap<>();
        for (ConllCorpus.Sentence s : sentences) {
            for (ConllEvaluator.Chunk c : ConllEvaluator.chunks(s.tags())) {
                String name = String.join(" ", s.tokens().subList(c.start(), c.end()));
                byName.computeIfAbsent(name, k -> new HashMap<>()).merge(c.type(), 1, Integer::sum);
            }
        }
        for (var e : byName.entrySet()) {
            for (var t : e.getValue().entrySet()) {
                if (t.getValue() >= MIN_GMB_COUNT) {
                    add(prefix + "-" + t.getKey(), e.getKey());
                }
            }
        }
    }

    /** Adds one entry; tokenised on spaces and on the hyphen-free punctuation CoNLL splits off. */
    public void add(String list, String phrase) {
        String p = phrase.strip();
        if (p.isEmpty()) {
            return;
        }
        String[] words =
                p.replace(",", " ,").replace("(", "( ").replace(")", " )").split("\\s+");
        if (words.length > GazetteerFeatures.MAX_WORDS) {
            return;
        }
        String key = String.join("_", words).toLowerCase(Locale.ROOT);
        if (phrases.computeIfAbsent(key, k -> new TreeSet<>()).add(list)) {
            sizes.merge(list, 1, Integer::sum);
        }
    }

    /** Entries per list, for the training log and docs/MODELS.md. */
    public Map<String, Integer> sizes() {
        return sizes;
    }

    /** The table in OpenNLP's word-cluster format: {@code phrase lists} per line. */
    public String table() {
        StringBuilder b = new StringBuilder();
        phrases.forEach(
                (k, v) -> b.append(k).append(' ').append(String.join(",", v)).append('\n'));
        return b.toString();
    }
}
