package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level consistency after tagging (one sense per discourse): a name written the same way
 * several times in a story is one entity, so every occurrence takes the type with the largest sum
 * of the model's span probabilities over its occurrences; and a lone word that is the last word of
 * a person's full name elsewhere in the story ("Warhol" after "Andy Warhol") is that person.
 * Spans keep their tokens; only types change, so it can neither add nor drop a name.
 */
public final class DocumentConsistency {
    private DocumentConsistency() {}

    /** The names of one document's sentences with their types made consistent. */
    public static List<List<NameSpan>> apply(List<String[]> sentences, List<List<NameSpan>> found) {
        Map<String, Map<String, Double>> votes = new HashMap<>();
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, Double> surnames = new HashMap<>(); // last word of multi-word PER names -> best probability
        for (int k = 0; k < found.size(); k++) {
            for (NameSpan n : found.get(k)) {
                String key = key(sentences.get(k), n);
                votes.computeIfAbsent(key, x -> new HashMap<>()).merge(n.type(), n.probability(), Double::sum);
                occurrences.merge(key, 1, Integer::sum);
                if (n.type().equals("PER") && n.endToken() - n.firstToken() > 1) {
                    surnames.merge(sentences.get(k)[n.endToken() - 1], n.probability(), Math::max);
                }
            }
        }
        List<List<NameSpan>> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            List<NameSpan> spans = new ArrayList<>(found.get(k).size());
            for (NameSpan n : found.get(k)) {
                String key = key(sentences.get(k), n);
                String type = n.type();
                if (occurrences.get(key) > 1) {
                    type = best(votes.get(key));
                }
                if (n.endToken() - n.firstToken() == 1
                        && !type.equals("PER")
                        && surnames.containsKey(key)
                        && votes.get(key).getOrDefault(type, 0.0) / occurrences.get(key) < surnames.get(key)) {
                    type = "PER";
                }
                spans.add(
                        type.equals(n.type())
                                ? n
                                : new NameSpan(
                                        n.start(), n.end(), type, n.probability(), n.firstToken(), n.endToken()));
            }
            out.add(spans);
        }
        return out;
    }

    private static String key(String[] tokens, NameSpan n) {
        return String.join(" ", java.util.Arrays.asList(tokens).subList(n.firstToken(), n.endToken()));
    }

    private static String best(Map<String, Double> byType) {
        String best = null;
        for (var e : byType.entrySet()) {
            if (best == null
                    || e.getValue() > byType.get(best)
                    || (e.getValue().equals(byType.get(best)) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
