package org.newslint.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.junit.jupiter.api.Test;
import org.newslint.text.TextRange;

/**
 * {@link GreedyLemmatizer} must give exactly the lemmas of OpenNLP's {@link LemmatizerME} decoding the
 * same model with a beam of one (what newslint used before), on every token of real text: the
 * fixture articles always, and the shared Wikinews articles when {@code ../shared} is next to the
 * checkout (skipped silently otherwise: the fixtures already exercise every code path).
 */
class GreedyLemmatizerTest {
    @Test
    void givesTheLemmasOfOpenNlpsBeamSearchWithABeamOfOne() throws IOException {
        LemmatizerModel model = new LemmatizerModel(
                new ByteArrayInputStream(withBeamSize(OpenNlpPipeline.open(OpenNlpPipeline.LEMMA_MODEL), 1)));
        LemmatizerME reference = new LemmatizerME(model);
        GreedyLemmatizer greedy = new GreedyLemmatizer(model);
        // the recipe the pipeline reads from the model file's artifacts, without OpenNLP's model
        GreedyLemmatizer.Recipe fromFile =
                GreedyLemmatizer.recipe(ModelArchive.read(OpenNlpPipeline.open(OpenNlpPipeline.LEMMA_MODEL)));
        assertTrue(fromFile != null, "the shipped lemma model file must be read without OpenNLP's model");
        GreedyLemmatizer fileLemmatizer = fromFile.lemmatizer();

        List<Path> articles = SampleArticles.paths();
        int tokens = 0;
        for (Path article : articles) {
            String text = Files.readString(article);
            for (Sentence sentence : OpenNlpPipeline.shared().sentences(text, new TextRange(0, text.length()))) {
                String[] words = sentence.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] tags = sentence.tokens().stream().map(Token::pos).toArray(String[]::new);
                String[] expected = reference.lemmatize(words, tags);
                assertArrayEquals(
                        expected, greedy.lemmatize(words, tags), () -> article + ": " + String.join(" ", words));
                assertArrayEquals(
                        expected,
                        fileLemmatizer.lemmatize(words, tags),
                        () -> article + ": " + String.join(" ", words));
                tokens += words.length;
            }
        }
        assertTrue(tokens > 1000, "compared too few tokens: " + tokens);
    }

    /** The model package with {@code BeamSize=beam} added to its manifest, which LemmatizerME reads. */
    private static byte[] withBeamSize(InputStream model, int beam) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(model);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    data = (new String(data, StandardCharsets.UTF_8) + "\nBeamSize=" + beam + "\n")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
