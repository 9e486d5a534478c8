package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Gazetteer features: marks tokens inside the longest list entry that starts at or covers them
 * ({@code gaz=LOC.countries:B}, {@code …:I}), for lists of countries, cities, organisations,
 * demonyms and names built by {@link Gazetteers}. Matching ignores case but needs a capital on the
 * first token, so "turkey" in a recipe is not Turkey. The lists travel inside the model as a
 * phrase → lists table (words joined by {@code _}).
 */
public final class GazetteerFeatures implements AdaptiveFeatureGenerator {
    static final int MAX_WORDS = 6;
    private final ClusterTable phrases;

    // per sentence: cached labels per token
    private String[] cachedTokens;
    private List<List<String>> cached;

    GazetteerFeatures(ClusterTable phrases) {
        this.phrases = phrases;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cached = label(phrases, tokens);
            cachedTokens = tokens;
        }
        features.addAll(cached.get(index));
    }

    /** The features of every token: for each list, B or I of the longest entry covering it. */
    static List<List<String>> label(ClusterTable phrases, String[] tokens) {
        List<List<String>> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            out.add(new ArrayList<>(2));
        }
        int i = 0;
        while (i < tokens.length) {
            if (tokens[i].isEmpty() || !Character.isUpperCase(tokens[i].charAt(0))) {
                i++;
                continue;
            }
            int matchedEnd = -1;
            String lists = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < tokens.length && j < i + MAX_WORDS; j++) {
                if (j > i) {
                    key.append('_');
                }
                key.append(tokens[j].toLowerCase(Locale.ROOT));
                String hit = phrases.lookup(key.toString());
                if (hit != null) {
                    matchedEnd = j + 1;
                    lists = hit;
                }
            }
            if (matchedEnd < 0) {
                i++;
                continue;
            }
            for (String list : lists.split(",")) {
                out.get(i).add("gaz=" + list + ":B");
                for (int k = i + 1; k < matchedEnd; k++) {
                    out.get(k).add("gaz=" + list + ":I");
                }
                if (matchedEnd - i == 1) {
                    out.get(i).add("gaz=" + list + ":W");
                }
            }
            i = matchedEnd;
        }
        return out;
    }

    @Override
    public void clearAdaptiveData() {
        cachedTokens = null;
        cached = null;
    }

    /** {@code <generator class="org.newslint.nlp.ner.GazetteerFeatures$Factory"><str name="dict">KEY</str></generator>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String key = getStr("dict");
            ClusterTable dict = ClusterTable.fromResources(
                    resourceManager == null ? null : resourceManager.getResource(key), key, "gazetteer");
            return new GazetteerFeatures(dict);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            return Map.of(getStr("dict"), new ClusterTable.Serializer());
        }
    }
}
