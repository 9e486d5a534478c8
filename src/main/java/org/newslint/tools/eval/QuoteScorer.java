package org.newslint.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.text.TextRange;

/**
 * Scores predicted direct quotes against gold ones as DESIGN.md §6 defines: gold quotes are
 * Content fragments containing a quotation mark; a prediction matches when the overlap is at least
 * half of the longer span (one-to-one, largest overlaps first); the speaker is right when it
 * overlaps the gold Source or contains the source's last word.
 */
public final class QuoteScorer {
    /** A gold quote and its source text/spans (sources may be empty when PolNeAR marks none). */
    public record Gold(TextRange range, List<TextRange> sources, String sourceText) {}

    /** A predicted quote and its speaker mention (null when none). */
    public record Predicted(TextRange range, TextRange speaker, String speakerText) {}

    /** Totals for one or more documents. */
    public record Result(Prf quotes, Prf exact, long speakerCorrect, long speakerTotal, List<String> errors) {
        public double speakerAccuracy() {
            return speakerTotal == 0 ? 0 : (double) speakerCorrect / speakerTotal;
        }

        public Result plus(Result o) {
            List<String> e = new ArrayList<>(errors);
            e.addAll(o.errors);
            return new Result(
                    quotes.plus(o.quotes),
                    exact.plus(o.exact),
                    speakerCorrect + o.speakerCorrect,
                    speakerTotal + o.speakerTotal,
                    e);
        }

        public static Result empty() {
            return new Result(new Prf(0, 0, 0), new Prf(0, 0, 0), 0, 0, List.of());
        }
    }

    private QuoteScorer() {}

    public static boolean hasQuoteMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
                return true;
            }
        }
        return false;
    }

    /**
     * Joins fragments separated only by white space: brat splits one span at sentence and line breaks,
     * which makes one quotation several fragments though nothing was left out between them.
     */
    public static List<TextRange> joinAdjacent(List<TextRange> fragments, String text) {
        List<TextRange> sorted = new ArrayList<>(fragments);
        sorted.sort(null);
        List<TextRange> out = new ArrayList<>();
        for (TextRange f : sorted) {
            if (!out.isEmpty()) {
                TextRange prev = out.get(out.size() - 1);
                if (f.start() >= prev.end()
                        && text.substring(prev.end(), f.start()).isBlank()) {
                    out.set(out.size() - 1, new TextRange(prev.start(), Math.max(prev.end(), f.end())));
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    static boolean matches(TextRange a, TextRange b) {
        int longer = Math.max(a.length(), b.length());
        return longer > 0 && a.overlapLength(b) * 2 >= longer;
    }

    /** Compares without surrounding quotation marks, spaces and punctuation, which annotators place inconsistently. */
    static boolean sameBoundaries(TextRange a, TextRange b, String text) {
        return core(a, text).equals(core(b, text));
    }

    private static String core(TextRange r, String text) {
        return r.of(text).replaceAll("^[\\s\"“”'‘’.,;:—–-]+|[\\s\"“”'‘’.,;:—–-]+$", "");
    }

    /**
     * The one-to-one matching, largest overlaps first: pairs of (gold index, predicted index) in the
     * order they were made.
     */
    static List<int[]> match(List<Gold> gold, List<Predicted> predicted) {
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (matches(gold.get(g).range(), predicted.get(p).range())) {
                    pairs.add(new int[] {
                        g, p, gold.get(g).range().overlapLength(predicted.get(p).range())
                    });
                }
            }
        }
        pairs.sort((x, y) -> Integer.compare(y[2], x[2]));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        List<int[]> out = new ArrayList<>();
        for (int[] pair : pairs) {
            if (!goldUsed[pair[0]] && !predUsed[pair[1]]) {
                goldUsed[pair[0]] = true;
                predUsed[pair[1]] = true;
                out.add(pair);
            }
        }
        return out;
    }

    /** For each prediction, whether it matches a gold quote under the one-to-one rule {@link #score} counts by. */
    public static boolean[] matchedPredictions(List<Gold> gold, List<Predicted> predicted) {
        boolean[] out = new boolean[predicted.size()];
        for (int[] pair : match(gold, predicted)) {
            out[pair[1]] = true;
        }
        return out;
    }

    public static Result score(String docName, String text, List<Gold> gold, List<Predicted> predicted) {
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        long tp = 0;
        long exact = 0;
        long speakerOk = 0;
        long speakerTotal = 0;
        List<String> errors = new ArrayList<>();
        for (int[] pair : match(gold, predicted)) {
            goldUsed[pair[0]] = true;
            predUsed[pair[1]] = true;
            tp++;
            Gold g = gold.get(pair[0]);
            Predicted p = predicted.get(pair[1]);
            if (sameBoundaries(g.range(), p.range(), text)) {
                exact++;
            }
            if (!g.sources().isEmpty()) {
                speakerTotal++;
                if (speakerRight(g, p)) {
                    speakerOk++;
                } else {
                    errors.add(docName + "\tspeaker\tgold=" + g.sourceText() + "\tpredicted=" + p.speakerText() + "\t"
                            + snippet(text, p.range()));
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                errors.add(docName + "\tmissed\tsource=" + gold.get(g).sourceText() + "\t"
                        + snippet(text, gold.get(g).range())
                        + nearest(gold.get(g).range(), predicted, text));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predUsed[p]) {
                errors.add(
                        docName + "\tfalse-alarm\tspeaker=" + predicted.get(p).speakerText() + "\t"
                                + snippet(text, predicted.get(p).range()));
            }
        }
        Prf quotes = new Prf(tp, predicted.size() - tp, gold.size() - tp);
        Prf exactPrf = new Prf(exact, predicted.size() - exact, gold.size() - exact);
        return new Result(quotes, exactPrf, speakerOk, speakerTotal, errors);
    }

    static boolean speakerRight(Gold g, Predicted p) {
        if (p.speaker() == null) {
            return false;
        }
        for (TextRange s : g.sources()) {
            if (s.overlaps(p.speaker())) {
                return true;
            }
        }
        if (p.speakerText() == null) {
            return false;
        }
        String predicted = " " + p.speakerText().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ") + " ";
        for (String head : heads(g.sourceText())) {
            if (predicted.contains(" " + head + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words that name a gold source: its last word, and, for a source with an appositive or a
     * parenthesis ("Kerr Putney, the Charlotte police chief,", "Rep. Gwen Moore (D-Wis.)"), the last
     * word of the name before them.
     */
    static List<String> heads(String sourceText) {
        String plain = sourceText.replaceAll("\\([^)]*\\)", " ").strip();
        List<String> heads = new ArrayList<>();
        for (String part : new String[] {plain, plain.split(",")[0]}) {
            String[] words = part.strip().split("\\s+");
            String last =
                    words[words.length - 1].replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
            if (!last.isEmpty() && !heads.contains(last)) {
                heads.add(last);
            }
        }
        return heads;
    }

    /** The overlapping prediction with the largest overlap, to show why a gold quote was missed. */
    private static String nearest(TextRange g, List<Predicted> predicted, String text) {
        Predicted best = null;
        for (Predicted p : predicted) {
            if (p.range().overlaps(g)
                    && (best == null
                            || p.range().overlapLength(g) > best.range().overlapLength(g))) {
                best = p;
            }
        }
        return best == null ? "" : "\tnearest=" + snippet(text, best.range());
    }

    static String snippet(String text, TextRange r) {
        String s = r.of(text).replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }
}
