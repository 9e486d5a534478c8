package org.newslint.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Part-of-speech features from the same UD tagger the analysis pipeline uses, so training on
 * CoNLL (whose own column is Penn POS) and tagging newslint's tokens see the same tag set: the
 * tag of the word and its neighbours, and the tag with the word's capitalisation.
 */
public final class PosFeatures implements AdaptiveFeatureGenerator {
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static POSModel model;

    private final POSTaggerME tagger;
    private String[] cachedTokens;
    private String[] cachedTags;

    PosFeatures() {
        this.tagger = new POSTaggerME(model());
    }

    private static synchronized POSModel model() {
        if (model == null) {
            try (InputStream in = PosFeatures.class.getResourceAsStream(POS_MODEL)) {
                if (in == null) {
                    throw new IOException("POS model " + POS_MODEL + " is not on the classpath");
                }
                model = new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedTags = tagger.tag(tokens);
            cachedTokens = tokens;
        }
        String tag = cachedTags[index];
        String word = tokens[index];
        boolean capital = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        features.add("pos=" + tag);
        features.add("pos=" + tag + (capital ? ":cap" : ":low"));
        features.add("pos-1=" + (index > 0 ? cachedTags[index - 1] : "BOS"));
        features.add("pos+1=" + (index + 1 < tokens.length ? cachedTags[index + 1] : "EOS"));
        features.add("pos-1,0,+1=" + (index > 0 ? cachedTags[index - 1] : "BOS") + "," + tag + ","
                + (index + 1 < tokens.length ? cachedTags[index + 1] : "EOS"));
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    }

    @Override
    public void clearAdaptiveData() {
        cachedTokens = null;
        cachedTags = null;
    }

    /** {@code <generator class="org.newslint.nlp.ner.PosFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new PosFeatures();
        }
    }
}
