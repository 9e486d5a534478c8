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

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String path = lookup(clusters, tokens[index]);
        if (path == null) {
            features.add(name + "=none");
            return;
        }
        if (path.indexOf('|') >= 0) {
            // flat clusters at several class counts: one feature per granularity
            for (String label : path.split("\\|")) {
                features.add(name + "=" + label);
            }
            return;
        }
        for (int p : prefixes) {
            if (p <= path.length()) {
                features.add(name + p + "=" + path.substring(0, p));
            }
        }
        features.add(name + "=" + path);
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
