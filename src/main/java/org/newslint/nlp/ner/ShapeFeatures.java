package org.newslint.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Word-shape features for the name finder: the compressed shape of a token ({@code Xx}, {@code X.X.},
 * {@code d-d}, {@code Xx-Xx}), so that unseen names still look like names. OpenNLP's token class
 * says "initial capital" but not "initial capital, then a hyphen and a capital" or "all caps with
 * dots". Works on newslint's UD tokens as on CoNLL's; nothing here depends on POS.
 */
public final class ShapeFeatures implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String t = tokens[index];
        features.add("sh=" + shape(t));
        if (t.length() > 1
                && Character.isUpperCase(t.charAt(0))
                && t.chars().skip(1).anyMatch(Character::isUpperCase)
                && t.chars().anyMatch(Character::isLowerCase)) {
            features.add("sh=mixedcaps");
        }
    }

    /** Letters → X or x, digits → d, runs of the same class collapsed; other characters kept. */
    static String shape(String token) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < token.length() && b.length() < 12; i++) {
            char c = token.charAt(i);
            char s = Character.isUpperCase(c)
                    ? 'X'
                    : Character.isLowerCase(c) || Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                b.append(s);
                last = s;
            }
        }
        return b.toString();
    }

    /** The descriptor's {@code <generator class="org.newslint.nlp.ner.ShapeFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new ShapeFeatures();
        }
    }
}
