package org.newslint.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Derives the attribution-cue lexicon from gold data: counts, for every verb and noun lemma outside
 * quotation marks, how often a token of it lies inside an annotated Cue span, and keeps the lemmas
 * annotators treat as cues often enough. Kept apart from the command so the selection can be tested
 * on hand-made cases.
 */
public final class CueLexiconBuilder {
    /** Counts for one (part of speech, lemma): every occurrence outside quotes, and those inside a gold cue. */
    public record Entry(String lemma, String pos, int count, int inCue) {
        public double ratio() {
            return count == 0 ? 0 : (double) inCue / count;
        }
    }

    private final Map<String, int[]> counts = new TreeMap<>();

    /**
     * Adds one sentence: its tokens, the quotation contents of its article (tokens inside are the
     * quoted person's words, not the writer's cues) and the article's gold Cue spans.
     */
    public void add(List<Token> tokens, List<TextRange> quoteContents, List<TextRange> goldCues) {
        for (Token t : tokens) {
            if (!t.pos().equals("VERB") && !t.pos().equals("NOUN")) {
                continue;
            }
            if (covers(quoteContents, t.start())) {
                continue;
            }
            int[] c = counts.computeIfAbsent(key(t), k -> new int[2]);
            c[0]++;
            if (covers(goldCues, t.start())) {
                c[1]++;
            }
        }
    }

    /** The lemma key a token is counted and looked up under: "VERB\tsay". */
    public static String key(Token t) {
        return t.pos() + "\t" + t.lemma().toLowerCase(Locale.ROOT);
    }

    private static boolean covers(List<TextRange> ranges, int offset) {
        for (TextRange r : ranges) {
            if (r.start() <= offset && offset < r.end()) {
                return true;
            }
        }
        return false;
    }

    /** The entries seen at least {@code minCount} times whose in-cue share reaches the threshold for their part of speech. */
    public List<Entry> select(int minCount, double verbRatio, double nounRatio) {
        List<Entry> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String[] k = e.getKey().split("\t");
            Entry entry = new Entry(k[1], k[0], e.getValue()[0], e.getValue()[1]);
            double threshold = entry.pos().equals("VERB") ? verbRatio : nounRatio;
            if (entry.count() >= minCount
                    && entry.ratio() >= threshold
                    && !entry.lemma().isBlank()) {
                out.add(entry);
            }
        }
        out.sort((a, b) -> a.pos().equals(b.pos())
                ? Integer.compare(b.inCue(), a.inCue())
                : a.pos().compareTo(b.pos()));
        return out;
    }
}
