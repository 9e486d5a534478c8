package org.newslint.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * {@link NameDecoder} must find exactly the names, types and probabilities that OpenNLP's
 * {@link NameFinderME} finds with the shipped model, document by document (adaptive data and the
 * document context included): on the fixture articles always, and on the shared Wikinews articles
 * when {@code ../shared} is next to the checkout.
 */
class NameDecoderTest {
    @Test
    void findsWhatNameFinderMeFinds() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        NameDecoder decoder = NameDecoder.forModel(model);
        assertNotNull(decoder, "the shipped model must be decoded by NameDecoder, not fall back");
        NameFinderME reference = new NameFinderME(model);

        List<Path> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/articles"))) {
            files.filter(p -> !p.toString().endsWith(".tsv")).sorted().forEach(articles::add);
        }
        Path wikinews = Path.of("../shared/articles/wikinews");
        if (Files.isDirectory(wikinews)) {
            try (Stream<Path> files = Files.list(wikinews)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(articles::add);
            }
        }
        int names = 0;
        for (Path article : articles) {
            String text = Files.readString(article);
            List<String[]> sentences = new ArrayList<>();
            for (Sentence s : OpenNlpPipeline.shared().sentences(text, new TextRange(0, text.length()))) {
                sentences.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
            }
            reference.clearAdaptiveData();
            decoder.clearAdaptiveData();
            DocumentContext.begin(sentences);
            try {
                for (String[] tokens : sentences) {
                    Span[] expected = reference.find(tokens);
                    Span[] actual = decoder.find(tokens);
                    assertArrayEquals(expected, actual, () -> article + ": " + String.join(" ", tokens));
                    double[] expectedProbs = reference.probs(expected);
                    for (int i = 0; i < actual.length; i++) {
                        assertTrue(
                                expectedProbs[i] == actual[i].getProb(),
                                article + ": probability of " + actual[i] + " " + actual[i].getProb() + " vs "
                                        + expectedProbs[i]);
                    }
                    names += actual.length;
                }
            } finally {
                DocumentContext.end();
            }
        }
        assertTrue(names > 50, "compared too few names: " + names);
    }
}
