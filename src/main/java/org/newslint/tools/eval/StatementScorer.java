package org.newslint.tools.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslint.text.TextRange;

/**
 * Scores predicted reported statements (quoted or not) against PolNeAR relations, as {@code eval quotes
 * --all} defines (docs/EVALUATION.md): a gold unit is one relation's Content (its fragments, joined
 * where only white space separates them); units whose cue is a speech act are counted, the others are
 * "don't care" (a prediction matching only such a unit is neither right nor wrong). A prediction
 * matches a unit under one of two rules, each scored on its own with one-to-one matching, largest
 * overlaps first: the overlap covers at least 30 % of the gold Content ({@link Rule#GOLD_30}, as the
 * annotators' own evaluation counts it), or at least half of the longer of the two
 * ({@link Rule#LONGER_50}, as {@code eval quotes} counts direct quotes). Speaker accuracy over the
 * units matched under {@link Rule#GOLD_30} with a gold Source, two ways: a pronoun that overlaps a
 * pronoun Source counts as right ({@code lenient}); or only a speaker resolved to the right person
 * counts ({@code resolved}: the resolved name must contain the head of the gold Source or, for a
 * pronoun Source, of its antecedent, the nearest gold Source before it that is a name).
 */
public final class StatementScorer {
    private static final Set<String> PRONOUNS = Set.of(
            "he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "their", "its", "me", "us", "our",
            "my");

    /** How a prediction must overlap a gold unit to match it. */
    public enum Rule {
        GOLD_30,
        LONGER_50
    }

    /**
     * One gold relation: its Content fragments, whether its cue is a speech act (counted) or not (don't
     * care), whether its Content has a quotation mark, its Source fragments and text, and the text of its
     * antecedent when the Source is a pronoun (null otherwise or when none is known).
     */
    public record Gold(
            List<TextRange> content,
            boolean speechAct,
            boolean quoted,
            List<TextRange> sources,
            String sourceText,
            String antecedent) {
        int length() {
            int n = 0;
            for (TextRange r : content) {
                n += r.length();
            }
            return n;
        }

        int overlap(TextRange p) {
            int n = 0;
            for (TextRange r : content) {
                n += r.overlapLength(p);
            }
            return n;
        }
    }

    /**
     * A predicted statement: its span, kind label, speaker mention (null when none), the speaker as
     * written and the name it resolves to (the text again when unresolved).
     */
    public record Predicted(TextRange range, String kind, TextRange speaker, String speakerText, String speakerName) {}

    /** Totals under one rule. */
    public record Result(
            Prf statements,
            long quotedFound,
            long quotedGold,
            long reportedFound,
            long reportedGold,
            long lenientRight,
            long resolvedRight,
            long speakerTotal,
            List<String> errors) {
        public Result plus(Result o) {
            List<String> e = new ArrayList<>(errors);
            e.addAll(o.errors);
            return new Result(
                    statements.plus(o.statements),
                    quotedFound + o.quotedFound,
                    quotedGold + o.quotedGold,
                    reportedFound + o.reportedFound,
                    reportedGold + o.reportedGold,
                    lenientRight + o.lenientRight,
                    resolvedRight + o.resolvedRight,
                    speakerTotal + o.speakerTotal,
                    e);
        }

        public static Result empty() {
            return new Result(new Prf(0, 0, 0), 0, 0, 0, 0, 0, 0, 0, List.of());
        }
    }

    private StatementScorer() {}

    /** Whether a Source as written is a pronoun ("he", "They"). */
    public static boolean isPronoun(String sourceText) {
        return PRONOUNS.contains(sourceText.strip().toLowerCase(Locale.ROOT));
    }

    static boolean matches(Rule rule, Gold g, TextRange p) {
        int overlap = g.overlap(p);
        if (overlap == 0) {
            return false;
        }
        return switch (rule) {
            case GOLD_30 -> overlap * 10 >= g.length() * 3;
            case LONGER_50 -> overlap * 2 >= Math.max(g.length(), p.length());
        };
    }

    public static Result score(String docName, String text, Rule rule, List<Gold> gold, List<Predicted> predicted) {
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!gold.get(g).speechAct()) {
                continue;
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (matches(rule, gold.get(g), predicted.get(p).range())) {
                    pairs.add(new int[] {
                        g, p, gold.get(g).overlap(predicted.get(p).range())
                    });
                }
            }
        }
        pairs.sort((x, y) -> Integer.compare(y[2], x[2]));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        long tp = 0;
        long quotedFound = 0;
        long reportedFound = 0;
        long lenient = 0;
        long resolved = 0;
        long speakerTotal = 0;
        List<String> errors = new ArrayList<>();
        for (int[] pair : pairs) {
            if (goldUsed[pair[0]] || predUsed[pair[1]]) {
                continue;
            }
            goldUsed[pair[0]] = true;
            predUsed[pair[1]] = true;
            tp++;
            Gold g = gold.get(pair[0]);
            Predicted p = predicted.get(pair[1]);
            if (g.quoted()) {
                quotedFound++;
            } else {
                reportedFound++;
            }
            if (!g.sources().isEmpty()) {
                speakerTotal++;
                boolean l = lenientRight(g, p);
                boolean r = resolvedRight(g, p);
                lenient += l ? 1 : 0;
                resolved += r ? 1 : 0;
                if (!r) {
                    errors.add(docName + "\tspeaker\tgold=" + g.sourceText()
                            + (g.antecedent() == null ? "" : " (" + g.antecedent() + ")") + "\tpredicted="
                            + p.speakerText() + " / " + p.speakerName() + "\t" + QuoteScorer.snippet(text, p.range()));
                }
            }
        }
        long counted = 0;
        long quotedGold = 0;
        for (int g = 0; g < gold.size(); g++) {
            Gold gd = gold.get(g);
            if (!gd.speechAct()) {
                continue;
            }
            counted++;
            quotedGold += gd.quoted() ? 1 : 0;
            if (!goldUsed[g]) {
                errors.add(docName + "\tmissed\t" + (gd.quoted() ? "quoted" : "reported") + "\tsource="
                        + gd.sourceText() + "\t" + QuoteScorer.snippet(text, span(gd)));
            }
        }
        long fp = 0;
        for (int p = 0; p < predicted.size(); p++) {
            if (predUsed[p]) {
                continue;
            }
            boolean dontCare = false;
            for (Gold g : gold) {
                dontCare |= !g.speechAct() && matches(rule, g, predicted.get(p).range());
            }
            if (!dontCare) {
                fp++;
                errors.add(docName + "\tfalse-alarm\t" + predicted.get(p).kind() + "\tspeaker="
                        + predicted.get(p).speakerText() + "\t"
                        + QuoteScorer.snippet(text, predicted.get(p).range()));
            }
        }
        return new Result(
                new Prf(tp, fp, counted - tp),
                quotedFound,
                quotedGold,
                reportedFound,
                counted - quotedGold,
                lenient,
                resolved,
                speakerTotal,
                errors);
    }

    private static TextRange span(Gold g) {
        return new TextRange(
                g.content().get(0).start(),
                g.content().get(g.content().size() - 1).end());
    }

    /** Right as {@code eval quotes} counts it: overlap with the Source, or the Source's head in the speaker's text or name. */
    static boolean lenientRight(Gold g, Predicted p) {
        String both = p.speakerText() == null ? null : p.speakerText() + " / " + p.speakerName();
        return QuoteScorer.speakerRight(
                new QuoteScorer.Gold(span(g), g.sources(), g.sourceText()),
                new QuoteScorer.Predicted(p.range(), p.speaker(), both));
    }

    private static String words(String s) {
        return " "
                + s.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} ]", " ")
                        .replaceAll("\\s+", " ")
                        .strip() + " ";
    }

    /** Right only when the resolved name names the Source (a pronoun Source: its antecedent). */
    static boolean resolvedRight(Gold g, Predicted p) {
        if (p.speaker() == null || p.speakerName() == null || isPronoun(p.speakerName())) {
            return false;
        }
        String target = isPronoun(g.sourceText()) ? g.antecedent() : g.sourceText();
        if (target == null) {
            return false;
        }
        String name = words(p.speakerName());
        for (String head : QuoteScorer.heads(target)) {
            if (name.contains(" " + head + " ")) {
                return true;
            }
        }
        // the resolved name's last word (a surname, an organisation's head) among the Source's words:
        // "Michael Brown" for "Another superdelegate, Michael Brown of Washington, D.C.,"
        String[] nameWords = name.strip().split(" ");
        String last = nameWords[nameWords.length - 1];
        if (!last.isEmpty() && words(target).contains(" " + last + " ")) {
            return true;
        }
        // a description written out in full where the gold Source is ("the company's spokesman")
        if (!isPronoun(g.sourceText())) {
            for (TextRange s : g.sources()) {
                if (s.overlaps(p.speaker()) && !isPronoun(p.speakerText())) {
                    return true;
                }
            }
        }
        return false;
    }
}
