package org.newslint.nlp.ner;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the whole document says around each capitalised word, gathered before any sentence is
 * tagged (context aggregation, Ratinov and Roth 2009): "Duran" in one sentence learns that it
 * follows "Roberto" and precedes "said" elsewhere. The name finder's feature generators see one
 * sentence at a time, so the tagging thread publishes the current document here first.
 */
final class DocumentContext {
    /** At most this many distinct context features per word, so a word repeated 200 times costs no more than one seen 10 times. */
    static final int MAX_FEATURES = 24;

    private static final ThreadLocal<Map<String, Set<String>>> CURRENT = new ThreadLocal<>();

    private DocumentContext() {}

    /** Publishes the document (its sentences as tokens) for this thread until {@link #end()}. */
    static void begin(List<String[]> sentences) {
        Map<String, Set<String>> contexts = new HashMap<>();
        for (String[] tokens : sentences) {
            for (int i = 0; i < tokens.length; i++) {
                if (!capitalised(tokens[i])) {
                    continue;
                }
                Set<String> set = contexts.computeIfAbsent(key(tokens[i]), k -> new LinkedHashSet<>());
                if (set.size() >= MAX_FEATURES) {
                    continue;
                }
                for (String feature : features(tokens, i)) {
                    set.add(feature);
                }
            }
        }
        CURRENT.set(contexts);
    }

    /**
     * What the capitalised word at {@code i} adds to its word's context, in order (while the context
     * has fewer than {@link #MAX_FEATURES}, new features only): its neighbours one and two either side.
     */
    static String[] features(String[] tokens, int i) {
        return new String[] {
            "agg-1=" + neighbour(tokens, i - 1),
            "agg+1=" + neighbour(tokens, i + 1),
            "agg-2=" + neighbour(tokens, i - 2),
            "agg+2=" + neighbour(tokens, i + 2)
        };
    }

    static void end() {
        CURRENT.remove();
    }

    /** The aggregated contexts of this word in the current document, or an empty set. */
    static Set<String> of(String word) {
        Map<String, Set<String>> contexts = CURRENT.get();
        if (contexts == null || !capitalised(word)) {
            return Set.of();
        }
        return contexts.getOrDefault(key(word), Set.of());
    }

    /** Whether a word has a context (and counts in {@link HistoryFeatures}): it starts with a capital. */
    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** The words that share one context: the same in lower case. */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String neighbour(String[] tokens, int i) {
        if (i < 0) {
            return "<s>";
        }
        if (i >= tokens.length) {
            return "</s>";
        }
        String w = tokens[i];
        if (w.chars().anyMatch(Character::isDigit)) {
            return "<num>";
        }
        return w.toLowerCase(Locale.ROOT);
    }
}
