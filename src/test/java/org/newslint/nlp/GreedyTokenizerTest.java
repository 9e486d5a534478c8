package org.newslint.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * {@link GreedyTokenizer} must give exactly {@link TokenizerME}'s token spans with the shipped
 * model, on every sentence of real text (the fixture articles, and the shared Wikinews articles
 * when {@code ../shared} is next to the checkout), and on strings made to be hard (no spaces,
 * punctuation runs, non-Latin letters).
 */
class GreedyTokenizerTest {
    @Test
    void givesTheTokensOfOpenNlpsTokenizer() throws IOException {
        OpenNlpPipeline models = OpenNlpPipeline.shared();
        TokenizerModel model = models.tokenizerModel;
        TokenizerME reference = new TokenizerME(model);
        GreedyTokenizer greedy = GreedyTokenizer.forModel(model);
        assertNotNull(greedy, "the shipped tokenizer model is one the greedy tokenizer covers");
        SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel);
        int tokens = 0;
        for (Path article : SampleArticles.paths()) {
            String text = Files.readString(article);
            for (Span s : sentences.sentPosDetect(text)) {
                String sentence = s.getCoveredText(text).toString();
                Span[] expected = reference.tokenizePos(sentence);
                assertArrayEquals(expected, greedy.tokenizePos(sentence), () -> article + ": " + sentence);
                tokens += expected.length;
            }
        }
        assertTrue(tokens > 1000, "compared too few tokens: " + tokens);
        for (String hard : List.of(
                "",
                "   ",
                "a",
                "U.S.-based",
                "(\"Yes!\"),\"no\"...;",
                "e-mail:someone@example.org,http://example.org/a?b=c",
                "don't won't y'all ’90s",
                "Ωμέγα,Straße;日本語。",
                "1,000,000.50$-£3")) {
            assertArrayEquals(reference.tokenizePos(hard), greedy.tokenizePos(hard), hard);
        }
    }
}
