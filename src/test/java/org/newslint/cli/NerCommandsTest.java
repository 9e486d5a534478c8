package org.newslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval ner} and {@code train ner} end to end on tiny hand-made CoNLL files (no ../shared needed). */
class NerCommandsTest {
    private static final String GOLD = """
            -DOCSTART- -X- O O

            Angela NNP I-NP I-PER
            Merkel NNP I-NP I-PER
            visited VBD I-VP O
            Paris NNP I-NP I-LOC
            . . O O

            -DOCSTART- -X- O O

            Reuters NNP I-NP I-ORG
            reported VBD I-VP O
            from IN I-PP O
            London NNP I-NP I-LOC
            . . O O
            """;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]), args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    @Test
    void evalScoresTheShippedModelAndWritesPredictionsInTheGoldScheme(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.conll");
        Files.writeString(gold, GOLD);
        Path pred = dir.resolve("pred.txt");
        String[] r = run("eval", "ner", gold.toString(), "--predictions", pred.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1])
                .contains("processed 10 tokens with 4 phrases")
                .contains("PER: precision:")
                .contains("LOC: precision:");
        List<String> lines = Files.readAllLines(pred);
        assertThat(lines).contains("-DOCSTART- O O", "Angela I-PER I-PER", "Merkel I-PER I-PER", "Paris I-LOC I-LOC");
    }

    @Test
    void trainWritesAModelThatEvalReads(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("train.conll");
        Files.writeString(gold, GOLD.repeat(3));
        Path model = dir.resolve("m.bin");
        String[] t = run("train", "ner", "--train", gold.toString(), "--iterations", "5", "--out", model.toString());
        assertThat(t[0]).as(t[2]).isEqualTo("0");
        assertThat(Files.size(model)).isPositive();
        String[] e = run("eval", "ner", "--model", model.toString(), gold.toString());
        assertThat(e[0]).isEqualTo("0");
        assertThat(e[1]).contains("processed 30 tokens with 12 phrases");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("train", "ner", "--train", "x", "--algorithm", "svm", "--out", "y")[0])
                .isEqualTo("2");
        assertThat(run("eval", "ner", "/nonexistent/file.conll")[0]).isEqualTo("2");
    }
}
