package org.newslint.tools.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.nlp.ner.ConllCorpus;

/**
 * GUM Wikinews as a CoNLL-style NER dev set (out of domain for a model trained on 1996 Reuters).
 * GUM marks every entity mention, named or not, as a whole noun phrase with one of eleven types;
 * CoNLL marks only names, without titles, determiners or modifiers. The mapping (docs/EVALUATION.md):
 *
 * <ol>
 *   <li>types: person → PER, organization → ORG, place → LOC; event, object, abstract, substance,
 *       animal, plant → MISC; time and quantity are left out (CoNLL does not tag dates or numbers);
 *   <li>a mention is a name when its syntactic head (the token whose head lies outside the mention)
 *       is a proper noun (Penn tag NNP or NNPS: GUM's UPOS calls the "New" of "New York" ADJ and
 *       the "United" of "United States" VERB), or when a proper noun hangs from a common-noun head as {@code flat} or
 *       {@code appos} ("Biologist Nick Bos"); pronouns and common nouns ("the city") are not names;
 *   <li>the name is the run of proper nouns around that token, bridged by "of", "and", "&amp;",
 *       "for", "de", "the" between proper nouns ("University of Helsinki"); the rest of the phrase
 *       (determiners, titles that are not proper nouns, modifiers) is outside;
 *   <li>a person's name has no bridges ("Alvin Yeung of Civic Party" gives "Alvin Yeung" and, from
 *       its own mention, "Civic Party"); "and" does not join two names that are mentions of their
 *       own ("DAB and BPA"); a person's name
 *       loses leading titles from newslint's title lexicon ("Professor Eastman" → "Eastman");
 *   <li>nested mentions: names are taken longest first, and a name overlapping one already taken is
 *       dropped, so "University of Texas" stays ORG and its "Texas" is not a separate LOC.
 * </ol>
 *
 * Documents are kept whole (each starts a new {@code -DOCSTART-} document), so the name finder's
 * document-level features see what they see in an article.
 */
public final class GumNer {
    private static final Set<String> BRIDGES = Set.of("of", "and", "&", "for", "de", "the");
    /** Titles are not part of a person's name in CoNLL ("President Clinton" → "Clinton"). */
    private static final Set<String> TITLES = Lexicons.shared().personTitles;

    private GumNer() {}

    /** CoNLL type of a GUM entity type, or null when CoNLL would not tag it. */
    static String type(String etype) {
        return switch (etype) {
            case "person" -> "PER";
            case "organization" -> "ORG";
            case "place" -> "LOC";
            case "event", "object", "abstract", "substance", "animal", "plant" -> "MISC";
            default -> null;
        };
    }

    /** One CoNLL-U token line's fields we use. */
    record Tok(String form, String xpos, int head, String deprel) {}

    /** The sentences of every document in {@code dir} (GUM Wikinews layout), tags IOB2. */
    public static List<ConllCorpus.Sentence> read(Path dir) throws IOException {
        Path dep = dir.resolve("dep");
        Path tsv = dir.resolve("derived_entity_mentions.tsv");
        if (!Files.isDirectory(dep) || !Files.isRegularFile(tsv)) {
            throw new IOException(
                    dir + ": expected dep/*.conllu and derived_entity_mentions.tsv (GUM Wikinews layout)");
        }
        Map<String, List<int[]>> mentions = new HashMap<>(); // sent_id -> {start, end (1-based, inclusive), typeIndex}
        Map<String, List<String>> mentionTypes = new HashMap<>();
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            if (f.length < 6 || type(f[5]) == null) {
                continue;
            }
            mentions.computeIfAbsent(f[1], k -> new ArrayList<>())
                    .add(new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
            mentionTypes.computeIfAbsent(f[1], k -> new ArrayList<>()).add(type(f[5]));
        }
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dep)) {
            files = s.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
        }
        for (Path f : files) {
            boolean first = true;
            for (Map.Entry<String, List<Tok>> s :
                    sentences(Files.readAllLines(f, StandardCharsets.UTF_8)).entrySet()) {
                List<Tok> toks = s.getValue();
                List<int[]> ms = mentions.getOrDefault(s.getKey(), List.of());
                List<String> ts = mentionTypes.getOrDefault(s.getKey(), List.of());
                out.add(new ConllCorpus.Sentence(toks.stream().map(Tok::form).toList(), tags(toks, ms, ts), first));
                first = false;
            }
        }
        return out;
    }

    /** sent_id → tokens (multi-word and empty nodes skipped), in file order. */
    static Map<String, List<Tok>> sentences(List<String> lines) {
        Map<String, List<Tok>> out = new LinkedHashMap<>();
        List<Tok> current = null;
        for (String line : lines) {
            if (line.startsWith("# sent_id = ")) {
                current = new ArrayList<>();
                out.put(line.substring("# sent_id = ".length()).strip(), current);
                continue;
            }
            if (line.isBlank() || line.startsWith("#") || current == null) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 8 || c[0].contains("-") || c[0].contains(".")) {
                continue;
            }
            current.add(new Tok(c[1], c[4], Integer.parseInt(c[6]), c[7]));
        }
        return out;
    }

    /** IOB2 tags of one sentence from its mentions ({start, end} 1-based inclusive, with types). */
    static List<String> tags(List<Tok> toks, List<int[]> mentions, List<String> types) {
        record Name(int start, int end, String type) {} // 0-based, end exclusive
        List<Name> names = new ArrayList<>();
        for (int m = 0; m < mentions.size(); m++) {
            int a = mentions.get(m)[0] - 1;
            int b = mentions.get(m)[1]; // exclusive
            if (a < 0 || b > toks.size() || a >= b) {
                continue;
            }
            int anchor = anchor(toks, a, b);
            if (anchor < 0) {
                continue;
            }
            int s = anchor;
            while (s > a
                    && (propn(toks, s - 1)
                            || (s - 2 >= a
                                    && bridge(toks, s - 1, types.get(m))
                                    && propn(toks, s - 2)
                                    && !(coordinator(toks, s - 1) && endsNested(mentions, m, s - 2))))) {
                s -= propn(toks, s - 1) ? 1 : 2;
            }
            int e = anchor + 1;
            while (e < b
                    && (propn(toks, e)
                            || (e + 1 < b
                                    && bridge(toks, e, types.get(m))
                                    && propn(toks, e + 1)
                                    && !(coordinator(toks, e) && startsNested(mentions, m, e + 1))))) {
                e += propn(toks, e) ? 1 : 2;
            }
            if (types.get(m).equals("PER")) {
                while (s < e - 1 && TITLES.contains(toks.get(s).form().toLowerCase(java.util.Locale.ROOT))) {
                    s++;
                }
            }
            names.add(new Name(s, e, types.get(m)));
        }
        names.sort(Comparator.comparingInt((Name n) -> n.start - n.end).thenComparingInt(n -> n.start));
        String[] tags = new String[toks.size()];
        java.util.Arrays.fill(tags, "O");
        for (Name n : names) {
            boolean free = true;
            for (int i = n.start; i < n.end; i++) {
                free &= tags[i].equals("O");
            }
            if (free) {
                for (int i = n.start; i < n.end; i++) {
                    tags[i] = (i == n.start ? "B-" : "I-") + n.type;
                }
            }
        }
        return List.of(tags);
    }

    /** True when another mention nested in mention {@code m} starts at token {@code i} (0-based). */
    private static boolean startsNested(List<int[]> mentions, int m, int i) {
        for (int k = 0; k < mentions.size(); k++) {
            int[] x = mentions.get(k);
            if (k != m && x[0] - 1 == i && x[0] > mentions.get(m)[0] && x[1] <= mentions.get(m)[1]) {
                return true;
            }
        }
        return false;
    }

    /** True when another mention nested in mention {@code m} ends at token {@code i} (0-based). */
    private static boolean endsNested(List<int[]> mentions, int m, int i) {
        for (int k = 0; k < mentions.size(); k++) {
            int[] x = mentions.get(k);
            if (k != m && x[1] - 1 == i && x[0] >= mentions.get(m)[0] && x[1] < mentions.get(m)[1]) {
                return true;
            }
        }
        return false;
    }

    /** The proper noun a mention's name is built around, or -1 when the mention is not a name. */
    private static int anchor(List<Tok> toks, int a, int b) {
        int head = -1;
        for (int i = a; i < b; i++) {
            int h = toks.get(i).head() - 1;
            if (h < a || h >= b) {
                head = i;
                break;
            }
        }
        if (head < 0) {
            return -1;
        }
        if (propn(toks, head)) {
            return head;
        }
        for (int i = a; i < b; i++) {
            String rel = toks.get(i).deprel();
            if (toks.get(i).head() - 1 == head && propn(toks, i) && (rel.equals("flat") || rel.startsWith("appos"))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean propn(List<Tok> toks, int i) {
        return toks.get(i).xpos().startsWith("NNP");
    }

    /** Bridges join proper nouns within organisation, place and other names, never within a person's. */
    private static boolean bridge(List<Tok> toks, int i, String type) {
        return !type.equals("PER") && BRIDGES.contains(toks.get(i).form());
    }

    private static boolean coordinator(List<Tok> toks, int i) {
        return toks.get(i).form().equals("and") || toks.get(i).form().equals("&");
    }

    /** Writes sentences as a CoNLL file ({@code token tag}, -DOCSTART- between documents). */
    public static void write(List<ConllCorpus.Sentence> sentences, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (ConllCorpus.Sentence s : sentences) {
                if (s.documentStart()) {
                    w.write("-DOCSTART- O\n\n");
                }
                for (int i = 0; i < s.tokens().size(); i++) {
                    w.write(s.tokens().get(i) + " " + s.tags().get(i) + "\n");
                }
                w.write("\n");
            }
        }
    }
}
