package org.newslint.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

/** The stand-ins give OpenNLP's word features, string for string, in a window as the descriptor uses them. */
class WordFeaturesTest {
    private static final List<String> WORDS = List.of(
            "Kim",
            "KCNA",
            "U.S.",
            "said",
            "İstanbul",
            "ΣΟΦΙΑ",
            "Straße",
            "McDONALD'S",
            "1,000",
            "’90s",
            "e-mail",
            "日本",
            "😀Emoji",
            "",
            "A",
            "z",
            "O'Neill-Smith");

    @Test
    void lowerCasesAsOpenNlp() {
        for (String w : WORDS) {
            assertThat(WordFeatures.lowerCase(w)).as(w).isEqualTo(StringUtil.toLowerCase(w));
        }
    }

    @Test
    void givesOpenNlpsFeaturesInAWindowAcrossSentences() {
        for (boolean flag : new boolean[] {true, false}) {
            AdaptiveFeatureGenerator theirs = new WindowFeatureGenerator(
                    2, 2, new TokenFeatureGenerator(flag), new TokenClassFeatureGenerator(flag));
            AdaptiveFeatureGenerator ours =
                    new WindowFeatureGenerator(2, 2, new WordFeatures.Token(flag), new WordFeatures.TokenClass(flag));
            String[] sentence = WORDS.toArray(new String[0]);
            String[] other = {"Another", "SENTENCE", "here", "."};
            for (String[] tokens : new String[][] {sentence, other, sentence}) {
                for (int i = 0; i < tokens.length; i++) {
                    List<String> expected = new ArrayList<>();
                    List<String> actual = new ArrayList<>();
                    theirs.createFeatures(expected, tokens, i, null);
                    ours.createFeatures(actual, tokens, i, null);
                    assertThat(actual)
                            .as("%s at %d", String.join(" ", tokens), i)
                            .isEqualTo(expected);
                }
            }
            // the same array refilled with other words is not the same sentence
            String[] reused = {"Alpha", "Beta"};
            List<String> first = new ArrayList<>();
            ours.createFeatures(first, reused, 0, null);
            reused[0] = "GAMMA";
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            theirs.createFeatures(expected, reused, 0, null);
            ours.createFeatures(actual, reused, 0, null);
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    void theShippedDescriptorUsesBothGeneratorsThatAreReplaced() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        byte[] descriptor = model.getArtifact("generator.featuregen");
        String xml = new String(descriptor, StandardCharsets.UTF_8);
        String fast = WordFeatures.withFastWordFeatures(xml);
        assertThat(fast)
                .contains(WordFeatures.TOKEN, WordFeatures.TOKEN_CLASS)
                .doesNotContain(WordFeatures.OPENNLP_TOKEN, WordFeatures.OPENNLP_TOKEN_CLASS);
    }
}
