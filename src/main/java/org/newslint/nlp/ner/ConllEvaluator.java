package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores entity recognition exactly as CoNLL's {@code conlleval} does, so newslint's figures are
 * comparable with published ones: a chunk counts as correct only when gold and prediction start
 * and end on the same tokens with the same type; precision, recall and F1 per type and micro
 * overall. Chunk boundaries follow conlleval's start/end rules, which read IOB1, IOB2, IOE and IO
 * alike; sentence and document boundaries close every open chunk.
 */
public final class ConllEvaluator {
    private long tokens;
    private long correctTags;
    private final Map<String, long[]> counts = new TreeMap<>(); // type -> {gold, found, correct}

    /** Scores one sentence (or any stretch with no chunk crossing its ends). */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tags, prediction " + predicted.size());
        }
        tokens += gold.size();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(predicted.get(i))) {
                correctTags++;
            }
        }
        Set<Chunk> g = chunks(gold);
        Set<Chunk> p = chunks(predicted);
        for (Chunk c : g) {
            counts.computeIfAbsent(c.type, k -> new long[3])[0]++;
        }
        for (Chunk c : p) {
            long[] n = counts.computeIfAbsent(c.type, k -> new long[3]);
            n[1]++;
            if (g.contains(c)) {
                n[2]++;
            }
        }
    }

    /** A chunk: tokens [start, end) of one type. */
    public record Chunk(int start, int end, String type) {}

    /** The chunks of a tag sequence as conlleval reads them. */
    public static Set<Chunk> chunks(List<String> tags) {
        Set<Chunk> out = new TreeSet<>((a, b) -> a.start != b.start
                ? Integer.compare(a.start, b.start)
                : a.end != b.end ? Integer.compare(a.end, b.end) : a.type.compareTo(b.type));
        String prevTag = "O";
        String prevType = "";
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = "O";
            String type = "";
            if (i < tags.size()) {
                String[] split = split(tags.get(i));
                tag = split[0];
                type = split[1];
            }
            if (start >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
                out.add(new Chunk(start, i, prevType));
                start = -1;
            }
            if (startOfChunk(prevTag, tag, prevType, type)) {
                start = i;
            }
            prevTag = tag;
            prevType = type;
        }
        return out;
    }

    private static String[] split(String label) {
        if (label.equals("O") || label.isEmpty()) {
            return new String[] {"O", ""};
        }
        int dash = label.indexOf('-');
        if (dash < 0) {
            // a bare type is read as conlleval reads "I-type" with the prefix missing
            return new String[] {"I", label};
        }
        return new String[] {label.substring(0, dash), label.substring(dash + 1)};
    }

    // conlleval.pl's endOfChunk
    static boolean endOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean end = false;
        if (prevTag.equals("B") && tag.equals("B")) end = true;
        if (prevTag.equals("B") && tag.equals("O")) end = true;
        if (prevTag.equals("I") && tag.equals("B")) end = true;
        if (prevTag.equals("I") && tag.equals("O")) end = true;
        if (prevTag.equals("E") && tag.equals("E")) end = true;
        if (prevTag.equals("E") && tag.equals("I")) end = true;
        if (prevTag.equals("E") && tag.equals("O")) end = true;
        if (prevTag.equals("I") && tag.equals("O")) end = true;
        if (prevTag.equals("S")) end = true;
        if (!prevTag.equals("O") && !prevTag.equals(".") && !prevType.equals(type)) end = true;
        if (prevTag.equals("]") || prevTag.equals("[")) end = true;
        return end;
    }

    // conlleval.pl's startOfChunk
    static boolean startOfChunk(String prevTag, String tag, String prevType, String type) {
        boolean start = false;
        if (prevTag.equals("B") && tag.equals("B")) start = true;
        if (prevTag.equals("I") && tag.equals("B")) start = true;
        if (prevTag.equals("O") && tag.equals("B")) start = true;
        if (prevTag.equals("O") && tag.equals("I")) start = true;
        if (prevTag.equals("E") && tag.equals("E")) start = true;
        if (prevTag.equals("E") && tag.equals("I")) start = true;
        if (prevTag.equals("O") && tag.equals("E")) start = true;
        if (prevTag.equals("O") && tag.equals("I")) start = true;
        if (tag.equals("S")) start = true;
        if (!tag.equals("O") && !tag.equals(".") && !prevType.equals(type)) start = true;
        if (tag.equals("[") || tag.equals("]")) start = true;
        return start;
    }

    /** Precision, recall and F1 (fractions, 0 when undefined, as conlleval prints them) for one type or overall. */
    public record Score(long gold, long found, long correct) {
        public double precision() {
            return found == 0 ? 0 : (double) correct / found;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Per-type scores, types in alphabetical order. */
    public Map<String, Score> byType() {
        Map<String, Score> out = new TreeMap<>();
        counts.forEach((t, n) -> out.put(t, new Score(n[0], n[1], n[2])));
        return out;
    }

    /** Micro-averaged over all chunks of all types. */
    public Score overall() {
        long g = 0;
        long f = 0;
        long c = 0;
        for (long[] n : counts.values()) {
            g += n[0];
            f += n[1];
            c += n[2];
        }
        return new Score(g, f, c);
    }

    public long tokens() {
        return tokens;
    }

    /** Token accuracy, as conlleval's first line prints it. */
    public double accuracy() {
        return tokens == 0 ? 0 : (double) correctTags / tokens;
    }

    /** The report in conlleval's layout (percentages with two decimals). */
    public String report() {
        Score all = overall();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "processed %d tokens with %d phrases; found: %d phrases; correct: %d.",
                tokens,
                all.gold(),
                all.found(),
                all.correct()));
        lines.add(String.format(
                Locale.ROOT,
                "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f",
                100 * accuracy(),
                100 * all.precision(),
                100 * all.recall(),
                100 * all.f1()));
        byType().forEach((t, s) -> lines.add(String.format(
                Locale.ROOT,
                "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d (gold %d, correct %d)",
                t,
                100 * s.precision(),
                100 * s.recall(),
                100 * s.f1(),
                s.found(),
                s.gold(),
                s.correct())));
        return String.join("\n", lines) + "\n";
    }
}
