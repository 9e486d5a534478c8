package org.newslint.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.newslint.text.TextRange;

/**
 * {@link GreedyTagger} must give exactly {@link POSTaggerME}'s tags (beam 3, the model's own setting)
 * with the shipped UD model, on every sentence of real text: the fixture articles always, and the
 * shared Wikinews articles when {@code ../shared} is next to the checkout. The words are newslint's
 * tokens (after its re-joining of abbreviations and hyphens), which is what the tagger is given.
 */
class GreedyTaggerTest {
    @Test
    void givesPosTaggerMesTags() throws IOException {
        POSModel model = new POSModel(OpenNlpPipeline.open(OpenNlpPipeline.POS_MODEL));
        GreedyTagger greedy = GreedyTagger.forModel(model);
        assertNotNull(greedy, "the shipped POS model must be tagged greedily, not fall back");
        // the recipe the pipeline reads from the model file's artifacts, without OpenNLP's model
        GreedyTagger.Recipe fromFile =
                GreedyTagger.recipe(ModelArchive.read(OpenNlpPipeline.open(OpenNlpPipeline.POS_MODEL)));
        assertNotNull(fromFile, "the shipped POS model file must be read without OpenNLP's model, not fall back");
        GreedyTagger fileTagger = fromFile.tagger();
        POSTaggerME reference = new POSTaggerME(model);

        List<Path> articles = SampleArticles.paths();
        int tokens = 0;
        for (Path article : articles) {
            String text = Files.readString(article);
            for (Sentence s : OpenNlpPipeline.shared().sentences(text, new TextRange(0, text.length()))) {
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] expected = reference.tag(words);
                assertArrayEquals(expected, greedy.tag(words), () -> article + ": " + String.join(" ", words));
                assertArrayEquals(expected, fileTagger.tag(words), () -> article + ": " + String.join(" ", words));
                tokens += words.length;
            }
        }
        assertTrue(tokens > 1000, "compared too few tokens: " + tokens);
    }
}
