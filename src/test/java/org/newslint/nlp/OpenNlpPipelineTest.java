package org.newslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.text.Normalizer;
import org.newslint.text.TextRange;

class OpenNlpPipelineTest {
    private static List<String> sentences(String text) {
        String normalised = Normalizer.normalize(text);
        return OpenNlpPipeline.shared().sentences(normalised, new TextRange(0, normalised.length())).stream()
                .map(s -> s.range().of(text))
                .toList();
    }

    private static void check(String text, String... expected) {
        assertThat(sentences(text)).containsExactly(expected);
    }

    @Test
    void newsAbbreviationsDoNotEndSentences() {
        check(
                "Gen. Sir Roly Walker, the new head of the British Army, has unveiled a plan. It is bold.",
                "Gen. Sir Roly Walker, the new head of the British Army, has unveiled a plan.",
                "It is bold.");
        check(
                "Meanwhile, the U.K. is also bolstering its military.",
                "Meanwhile, the U.K. is also bolstering its military.");
        check(
                "Sen. Ann Lee and Gov. Tom Ruiz met Lt. Col. Ray Dunn on Jan. 5 at Acme Inc. headquarters.",
                "Sen. Ann Lee and Gov. Tom Ruiz met Lt. Col. Ray Dunn on Jan. 5 at Acme Inc. headquarters.");
    }

    @Test
    void possessivesSplitOffNamesWithCurlyApostrophes() {
        String text = Normalizer.normalize("Trump’s remarks");
        List<Token> tokens = OpenNlpPipeline.shared()
                .sentences(text, new TextRange(0, text.length()))
                .get(0)
                .tokens();
        assertThat(tokens).extracting(Token::text).startsWith("Trump", "'s", "remarks");
        assertThat(tokens.get(0).range()).isEqualTo(new TextRange(0, 5));
    }

    @Test
    void tokensCarryTagsAndLemmaCandidates() {
        String text = "The agency emphasized that it shrugged off the claims.";
        List<Token> tokens = OpenNlpPipeline.shared()
                .sentences(text, new TextRange(0, text.length()))
                .get(0)
                .tokens();
        Token emphasized = tokens.get(2);
        assertThat(emphasized.pos()).isEqualTo("VERB");
        assertThat(emphasized.lemmas()).contains("emphasize");
        assertThat(tokens.get(5).lemmas()).contains("shrug");
    }

    @Test
    void aSentenceInitialNameTheTaggerCallsAVerbIsRepaired() {
        String text = "Trump asserts that his report is clear.";
        List<Token> tokens = OpenNlpPipeline.shared()
                .sentences(text, new TextRange(0, text.length()))
                .get(0)
                .tokens();
        assertThat(tokens.get(0).pos()).isEqualTo("PROPN");
        assertThat(tokens.get(1).pos()).isEqualTo("VERB");
        String plain = "Heavy rains flooded the valley.";
        List<Token> untouched = OpenNlpPipeline.shared()
                .sentences(plain, new TextRange(0, plain.length()))
                .get(0)
                .tokens();
        assertThat(untouched.get(1).pos())
                .as("a plural noun with no 'that' after it stays a noun")
                .isEqualTo("NOUN");
    }
}
