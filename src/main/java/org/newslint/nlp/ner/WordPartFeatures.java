package org.newslint.nlp.ner;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Features of the parts of a word that whole-word features cannot see: the pieces of a hyphenated
 * word ("ex-England", "Ontario-based", "Boxing-Bruno") with their gazetteer lists and coarse
 * clusters, and plural demonyms and names ("Libyans", "Iraqis", "Clintons") looked up without
 * their plural ending. CoNLL tags "ex-England" and "Ontario-based" MISC because of the name inside
 * them, which the word's own prefix, suffix and cluster features rarely reveal.
 */
public final class WordPartFeatures implements AdaptiveFeatureGenerator {
    private final ClusterTable gazetteer;
    private final ClusterTable clusters;

    WordPartFeatures(ClusterTable gazetteer, ClusterTable clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String token = tokens[index];
        int dash = token.indexOf('-');
        if (dash > 0 && dash < token.length() - 1) {
            String[] parts = token.split("-");
            for (int p = 0; p < parts.length; p++) {
                String part = parts[p];
                if (part.isEmpty()) {
                    continue;
                }
                String slot = p == 0 ? "first" : p == parts.length - 1 ? "last" : "mid";
                boolean capital = Character.isUpperCase(part.charAt(0));
                if (!capital) {
                    // affix-like parts carry the meaning: ex-, -based, -born, -led
                    features.add("wp:" + slot + "=" + part.toLowerCase(Locale.ROOT));
                    continue;
                }
                features.add("wp:" + slot + "=Cap");
                lists(features, "wp:" + slot + ":gaz=", part);
                String cluster = clusters == null ? null : ClusterFeatures.lookup(clusters, part);
                if (cluster != null) {
                    features.add("wp:" + slot + ":cl=" + coarsest(cluster));
                }
            }
            return;
        }
        if (token.length() > 3 && Character.isUpperCase(token.charAt(0)) && token.endsWith("s")
                && !token.endsWith("ss") && Character.isLowerCase(token.charAt(token.length() - 2))) {
            lists(features, "wp:plural:gaz=", token.substring(0, token.length() - 1));
        }
    }

    private void lists(List<String> features, String prefix, String word) {
        if (gazetteer == null) {
            return;
        }
        String hit = gazetteer.lookup(word.toLowerCase(Locale.ROOT));
        if (hit != null) {
            for (String list : hit.split(",")) {
                features.add(prefix + list);
            }
        }
    }

    /** The coarsest label of a cluster entry: the first granularity, or a short bit-string prefix. */
    private static String coarsest(String cluster) {
        int bar = cluster.indexOf('|');
        if (bar >= 0) {
            return cluster.substring(0, bar);
        }
        return cluster.substring(0, Math.min(6, cluster.length()));
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    }

    @Override
    public void clearAdaptiveData() {
    }

    /**
     * {@code <generator class="org.newslint.nlp.ner.WordPartFeatures$Factory"><str name="dict">GAZETTEER</str>
     * <str name="clusters">CLUSTERS</str></generator>}; both tables travel inside the model.
     */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String gazetteerKey = getStr("dict");
            String clustersKey = getStr("clusters");
            Object clusters = resourceManager == null ? null : resourceManager.getResource(clustersKey);
            return new WordPartFeatures(
                    ClusterTable.fromResources(resourceManager == null ? null : resourceManager.getResource(gazetteerKey), gazetteerKey, "gazetteer"),
                    clusters == null ? null : ClusterTable.fromResources(clusters, clustersKey, "word clusters"));
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            return Map.of(getStr("dict"), new ClusterTable.Serializer(), getStr("clusters"), new ClusterTable.Serializer());
        }
    }
}
