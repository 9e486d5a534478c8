package org.newslint.nlp.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * OpenNLP's {@code TokenFeatureGenerator} ({@code w=word}) and {@code TokenClassFeatureGenerator}
 * ({@code wc=class}, {@code w&c=word,class}), giving the same features, for {@link NameDecoder}.
 *
 * <p>The descriptor puts both in a window of two tokens either side, so OpenNLP lower-cases every
 * word and classifies its shape five times, and its lower-casing streams the code points (about a
 * tenth of the name finder in a JFR profile). These generators work out a sentence's lower-cased
 * words and classes once and lower-case as OpenNLP does ({@code Character.toLowerCase} per code
 * point), so the strings are equal. {@link NameDecoder} swaps them into the model's descriptor for
 * decoding; training and the model file keep OpenNLP's. {@code NameDecoderTest} checks that the
 * names and probabilities still equal {@code NameFinderME}'s.
 */
final class WordFeatures {
    private WordFeatures() {}

    /** The descriptor's OpenNLP class names and their stand-ins here. */
    static final String OPENNLP_TOKEN = "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory";

    static final String OPENNLP_TOKEN_CLASS = "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory";
    static final String TOKEN = "org.newslint.nlp.ner.WordFeatures$TokenFactory";
    static final String TOKEN_CLASS = "org.newslint.nlp.ner.WordFeatures$TokenClassFactory";

    /** {@code descriptor} with OpenNLP's two word generators replaced by these. */
    static String withFastWordFeatures(String descriptor) {
        return descriptor
                .replace("\"" + OPENNLP_TOKEN + "\"", "\"" + TOKEN + "\"")
                .replace("\"" + OPENNLP_TOKEN_CLASS + "\"", "\"" + TOKEN_CLASS + "\"");
    }

    /** {@code opennlp.tools.util.StringUtil.toLowerCase}: {@code Character.toLowerCase} on every code point. */
    static String lowerCase(String word) {
        char[] lower = null;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 0x80) { // beyond ASCII: code point by code point, exactly as OpenNLP
                return word.codePoints()
                        .map(Character::toLowerCase)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString();
            }
            if (c >= 'A' && c <= 'Z') {
                if (lower == null) {
                    lower = word.toCharArray();
                }
                lower[k] = (char) (c + ('a' - 'A'));
            }
        }
        return lower == null ? word : new String(lower);
    }

    /** A sentence's words lower-cased and classified once, kept while the same sentence is asked about. */
    private static final class Sentence {
        private String[] tokens;
        private String[] words = new String[0];
        private String[] lower = new String[0];
        private String[] classes = new String[0];

        private void of(String[] sentence) {
            if (sentence != tokens || lower.length != sentence.length) {
                tokens = sentence;
                words = new String[sentence.length];
                lower = new String[sentence.length];
                classes = new String[sentence.length];
            }
        }

        String lower(String[] sentence, int i) {
            of(sentence);
            if (words[i] != sentence[i] || lower[i] == null) { // the same array refilled: not the same words
                refresh(sentence, i);
            }
            return lower[i];
        }

        String wordClass(String[] sentence, int i) {
            of(sentence);
            if (words[i] != sentence[i] || classes[i] == null) {
                refresh(sentence, i);
            }
            if (classes[i] == null) {
                classes[i] = FeatureGeneratorUtil.tokenFeature(sentence[i]);
            }
            return classes[i];
        }

        private void refresh(String[] sentence, int i) {
            if (words[i] != sentence[i]) {
                words[i] = sentence[i];
                classes[i] = null;
            }
            lower[i] = lowerCase(sentence[i]);
        }
    }

    /** {@code w=} + the word, lower-cased unless {@code lowercase} is false. */
    static final class Token implements AdaptiveFeatureGenerator {
        private final boolean lowercase;
        private final Sentence sentence = new Sentence();

        Token(boolean lowercase) {
            this.lowercase = lowercase;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            features.add("w=" + (lowercase ? sentence.lower(tokens, index) : tokens[index]));
        }
    }

    /** {@code wc=} + the token class, and {@code w&c=} + the lower-cased word and class. */
    static final class TokenClass implements AdaptiveFeatureGenerator {
        private final boolean wordAndClass;
        private final Sentence sentence = new Sentence();

        TokenClass(boolean wordAndClass) {
            this.wordAndClass = wordAndClass;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String wordClass = sentence.wordClass(tokens, index);
            features.add("wc=" + wordClass);
            if (wordAndClass) {
                features.add("w&c=" + sentence.lower(tokens, index) + "," + wordClass);
            }
        }
    }

    /** Reads the parameter of {@code TokenFeatureGeneratorFactory} ({@code lowercase}, default true). */
    public static final class TokenFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
            return new Token(getBool("lowercase", true));
        }
    }

    /** Reads the parameter of {@code TokenClassFeatureGeneratorFactory} ({@code wordAndClass}, default true). */
    public static final class TokenClassFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
            return new TokenClass(getBool("wordAndClass", true));
        }
    }
}
