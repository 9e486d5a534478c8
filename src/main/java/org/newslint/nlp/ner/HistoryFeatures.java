package org.newslint.nlp.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Extended prediction history (Ratinov and Roth 2009): for a capitalised word seen earlier in the
 * same document, the type it was most often given there, and whether it was always given that
 * type. News repeats names ("Reynard" five times in one report), and the first, clearest mention
 * should decide the later ones; OpenNLP's previous-map remembers only the last label.
 */
public final class HistoryFeatures implements AdaptiveFeatureGenerator {
    private final Map<String, Map<String, Integer>> history = new HashMap<>();

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String t = tokens[index];
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
            return;
        }
        Map<String, Integer> seen = history.get(t);
        if (seen == null) {
            features.add(UNSEEN);
            return;
        }
        String best = null;
        int bestN = 0;
        int total = 0;
        for (var e : seen.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestN || (e.getValue() == bestN && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        features.add(feature(best));
        features.add(feature(best, bestN == total));
    }

    /** The feature naming the type a word was most often given (ties: the first type in alphabetical order). */
    static String feature(String best) {
        return "eph=" + best;
    }

    /** The feature saying whether the word was always given its most frequent type. */
    static String feature(String best, boolean always) {
        return "eph=" + best + (always ? ":all" : ":most");
    }

    /** The feature of a capitalised word not seen earlier in the document. */
    static final String UNSEEN = "eph=unseen";

    /** The type HistoryFeatures counts for an outcome: its name before the last dash, or "O". */
    static String type(String outcome) {
        int dash = outcome.lastIndexOf('-');
        return dash > 0 ? outcome.substring(0, dash) : "O";
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
                continue;
            }
            history.computeIfAbsent(t, k -> new HashMap<>()).merge(type(outcomes[i]), 1, Integer::sum);
        }
    }

    @Override
    public void clearAdaptiveData() {
        history.clear();
    }

    /** {@code <generator class="org.newslint.nlp.ner.HistoryFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new HistoryFeatures();
        }
    }
}
