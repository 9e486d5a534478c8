package org.newslint.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Emits the {@link DocumentContext} of a capitalised word: the words around all its occurrences in
 * the document, so every mention of a name is typed with the evidence of the others, later ones
 * included (the prediction history only sees earlier labels).
 */
public final class ContextAggregationFeatures implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.addAll(DocumentContext.of(tokens[index]));
    }

    /** {@code <generator class="org.newslint.nlp.ner.ContextAggregationFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new ContextAggregationFeatures();
        }
    }
}
