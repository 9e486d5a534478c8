package org.newslint.nlp.ner;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Word-cluster features: each token's cluster path (a bit string from {@link WordClusters}),
 * emitted at several prefix lengths so the model can use coarse and fine clusters, Brown-style, or
 * its labels at several class counts ({@code k64-3|k256-17}, from the exchange algorithm).
 * Words the clusters never saw are looked up again in title case and in lower case, so
 * {@code GERMANY} in a headline finds {@code Germany}'s cluster.
 */
public final class ClusterFeatures implements AdaptiveFeatureGenerator {
    private final String name;
    private final ClusterTable clusters;
    private final int[] prefixes;

    ClusterFeatures(String name, ClusterTable clusters, int[] prefixes) {
        this.name = name;
        this.clusters = clusters;
        this.prefixes = prefixes;
    }

    /**
     * The current sentence's features per token: the descriptor puts this generator in a window of
     * two tokens either side, so each token is asked about five times; looked up once, kept while the
     * same sentence (the same array, the same words) is asked about. One generator serves one thread.
     */
    private String[] sentence;

    private String[] words = new String[0];
    private String[][] known = new String[0][];

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence || known.length != tokens.length) {
            sentence = tokens;
            words = new String[tokens.length];
            known = new String[tokens.length][];
        }
        if (known[index] == null || words[index] != tokens[index]) {
            words[index] = tokens[index];
            known[index] = featuresOf(tokens[index]);
        }
        java.util.Collections.addAll(features, known[index]);
    }

    private String[] featuresOf(String token) {
        List<String> features = new java.util.ArrayList<>(prefixes.length + 1);
        String path = lookup(clusters, token);
        if (path == null) {
            features.add(name + "=none");
        } else if (path.indexOf('|') >= 0) {
            // flat clusters at several class counts: one feature per granularity
            for (String label : path.split("\\|")) {
                features.add(name + "=" + label);
            }
        } else {
            for (int p : prefixes) {
                if (p <= path.length()) {
                    features.add(name + p + "=" + path.substring(0, p));
                }
            }
            features.add(name + "=" + path);
        }
        return features.toArray(new String[0]);
    }

    static String lookup(ClusterTable clusters, String token) {
        String path = clusters.lookup(token);
        if (path == null && !token.isEmpty()) {
            String lower = token.toLowerCase(Locale.ROOT);
            path = clusters.lookup(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            if (path == null) {
                path = clusters.lookup(lower);
            }
        }
        return path;
    }

    /**
     * {@code <generator class="org.newslint.nlp.ner.ClusterFeatures$Factory"><str name="dict">KEY</str>
     * <str name="prefixes">4,8,12</str></generator>}; the cluster file travels inside the model.
     */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String key = getStr("dict");
            ClusterTable dict = ClusterTable.fromResources(
                    resourceManager == null ? null : resourceManager.getResource(key), key, "word clusters");
            String[] parts = getStr("prefixes", "4,8,12").split(",");
            int[] prefixes = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                prefixes[i] = Integer.parseInt(parts[i].strip());
            }
            return new ClusterFeatures("cl" + key.replaceAll("\\W", ""), dict, prefixes);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            return Map.of(getStr("dict"), new ClusterTable.Serializer());
        }
    }
}
