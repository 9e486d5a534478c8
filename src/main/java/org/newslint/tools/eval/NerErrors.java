package org.newslint.tools.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.nlp.ner.ConllEvaluator;
import org.newslint.nlp.ner.ConllEvaluator.Chunk;

/**
 * The name finder's mistakes, grouped by kind, for {@code eval ner --errors}. Every gold or
 * predicted chunk that is not an exact match (same tokens, same type) is one error of one kind:
 *
 * <ul>
 *   <li>{@link Kind#TYPE}: a predicted chunk covers exactly the gold tokens with another type;
 *   <li>{@link Kind#BOUNDARY}: gold and predicted chunks overlap but start or end elsewhere (the
 *       types may differ too; the listing shows both);
 *   <li>{@link Kind#MISSED}: a gold chunk that no predicted chunk touches;
 *   <li>{@link Kind#SPURIOUS}: a predicted chunk that touches no gold chunk.
 * </ul>
 *
 * A boundary error is counted once per gold chunk (with the first predicted chunk that overlaps
 * it); predicted chunks that overlap a gold chunk are never spurious.
 */
public final class NerErrors {
    /** The kinds, in the order the report lists them. */
    public enum Kind {
        BOUNDARY,
        TYPE,
        MISSED,
        SPURIOUS;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One error: the gold and predicted text and type ("O" and "" when there is none). */
    public record Error(Kind kind, String goldText, String goldType, String predictedText, String predictedType) {
        /** "GOLD→PREDICTED", the confusion this error is counted under. */
        public String confusion() {
            return goldType + "→" + predictedType;
        }
    }

    private final List<Error> errors = new ArrayList<>();

    /** Adds the errors of one sentence. */
    public void add(List<String> tokens, List<String> gold, List<String> predicted) {
        Set<Chunk> g = ConllEvaluator.chunks(gold);
        Set<Chunk> p = ConllEvaluator.chunks(predicted);
        for (Chunk c : g) {
            if (p.contains(c)) {
                continue;
            }
            Chunk sameSpan = null;
            Chunk overlapping = null;
            for (Chunk q : p) {
                if (q.start() == c.start() && q.end() == c.end()) {
                    sameSpan = q;
                } else if (overlapping == null && q.start() < c.end() && c.start() < q.end()) {
                    overlapping = q;
                }
            }
            if (sameSpan != null) {
                errors.add(error(Kind.TYPE, tokens, c, sameSpan));
            } else if (overlapping != null) {
                errors.add(error(Kind.BOUNDARY, tokens, c, overlapping));
            } else {
                errors.add(error(Kind.MISSED, tokens, c, null));
            }
        }
        for (Chunk q : p) {
            boolean touches = false;
            for (Chunk c : g) {
                touches |= q.start() < c.end() && c.start() < q.end();
            }
            if (!touches) {
                errors.add(error(Kind.SPURIOUS, tokens, null, q));
            }
        }
    }

    private static Error error(Kind kind, List<String> tokens, Chunk gold, Chunk predicted) {
        return new Error(
                kind,
                gold == null ? "" : String.join(" ", tokens.subList(gold.start(), gold.end())),
                gold == null ? "O" : gold.type(),
                predicted == null ? "" : String.join(" ", tokens.subList(predicted.start(), predicted.end())),
                predicted == null ? "O" : predicted.type());
    }

    public List<Error> errors() {
        return List.copyOf(errors);
    }

    /** Errors per kind (every kind present, zero when none). */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, 0);
        }
        for (Error e : errors) {
            out.merge(e.kind(), 1, Integer::sum);
        }
        return out;
    }

    /**
     * The report: the count per kind, then per kind its confusions ("ORG→LOC") by frequency, each
     * with its most frequent examples ({@code examples} of them; "gold text → predicted text" for
     * boundary errors).
     */
    public String report(int examples) {
        StringBuilder b = new StringBuilder();
        Map<Kind, Integer> counts = counts();
        b.append(String.format(
                Locale.ROOT,
                "errors: %d (boundary %d, type %d, missed %d, spurious %d)%n",
                errors.size(),
                counts.get(Kind.BOUNDARY),
                counts.get(Kind.TYPE),
                counts.get(Kind.MISSED),
                counts.get(Kind.SPURIOUS)));
        for (Kind k : Kind.values()) {
            List<Error> ofKind = errors.stream().filter(e -> e.kind() == k).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "%n%s (%d)%n", k.label(), ofKind.size()));
            Map<String, List<Error>> byConfusion = new HashMap<>();
            for (Error e : ofKind) {
                byConfusion
                        .computeIfAbsent(e.confusion(), c -> new ArrayList<>())
                        .add(e);
            }
            byConfusion.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, List<Error>>>comparingInt(
                                    e -> -e.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> {
                        b.append(String.format(
                                Locale.ROOT,
                                "  %-10s %5d  ",
                                e.getKey(),
                                e.getValue().size()));
                        b.append(String.join("; ", topExamples(e.getValue(), examples)));
                        b.append('\n');
                    });
        }
        return b.toString();
    }

    private static List<String> topExamples(List<Error> errors, int n) {
        Map<String, Integer> freq = new HashMap<>();
        for (Error e : errors) {
            String text = switch (e.kind()) {
                case BOUNDARY -> e.goldText() + " → " + e.predictedText();
                case SPURIOUS -> e.predictedText();
                default -> e.goldText();
            };
            freq.merge(text, 1, Integer::sum);
        }
        return freq.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(n)
                .map(e -> e.getValue() > 1 ? e.getKey() + " ×" + e.getValue() : e.getKey())
                .toList();
    }
}
