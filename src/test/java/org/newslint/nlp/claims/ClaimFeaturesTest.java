package org.newslint.nlp.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/** The check-worthiness features of hand-made sentences. */
class ClaimFeaturesTest {
    private static List<String> features(String sentence) {
        List<Token> tokens = OpenNlpPipeline.shared()
                .sentences(sentence, new TextRange(0, sentence.length()))
                .get(0)
                .tokens();
        return ClaimFeatures.of(tokens);
    }

    @Test
    void figuresAreNumbersPercentagesAndMoneyButYearsAreNot() {
        assertThat(features("Turnout was 61.4 percent in 2019, and the budget was $4 million."))
                .contains("f:number", "f:percent", "f:money", "f:year", "w=<num>", "w=<year>", "b=was_<num>")
                .doesNotContain("w=61.4", "f:first-person");
        assertThat(features("It happened in 2019.")).contains("f:year").doesNotContain("f:number");
    }

    @Test
    void voiceModalsSuperlativesAndShape() {
        List<String> f = features("We will never accept the worst deal you ever signed?");
        assertThat(f)
                .contains(
                        "f:first-person",
                        "f:second-person",
                        "f:modal",
                        "f:negation",
                        "f:superlative",
                        "start=we",
                        "start=we_will",
                        "w=?",
                        "b=?_</s>");
        assertThat(f).doesNotHaveDuplicates();
        assertThat(features("Prices are higher than last year.")).contains("f:comparative", "l=price", "f:length=6-10");
    }
}
