package org.newslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train quotes} and {@code eval quotes --quote-model} end to end on a tiny hand-written brat
 * folder (src/test/resources/brat-mini: four short articles whose attributed quotations are
 * annotated and whose quoted terms are not), so no ../shared data is needed.
 */
class QuoteCommandsTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]), args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    private static Path mini() throws URISyntaxException {
        return Path.of(QuoteCommandsTest.class.getResource("/brat-mini").toURI());
    }

    @Test
    void trainWritesTheSameModelTwiceAndEvalUsesIt(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("q.bin.gz");
        String[] t = run(
                "train",
                "quotes",
                "--train",
                mini().toString(),
                "--folds",
                "2",
                "--l2",
                "0.5,1",
                "--cutoff",
                "1",
                "--out",
                model.toString());
        assertThat(t[0]).as(t[2]).isEqualTo("0");
        assertThat(t[2]).contains("4 documents:").contains("8 gold quotations");
        assertThat(t[1])
                .contains("keeping every statement:")
                .contains("cv MATCH l2=0.5: best threshold")
                .contains("cv OVERLAP l2=1.0")
                .contains("chosen:");
        Path again = dir.resolve("q2.bin.gz");
        assertThat(run(
                        "train",
                        "quotes",
                        "--train",
                        mini().toString(),
                        "--folds",
                        "2",
                        "--l2",
                        "0.5,1",
                        "--cutoff",
                        "1",
                        "--out",
                        again.toString())[0])
                .isEqualTo("0");
        assertThat(Files.readAllBytes(again))
                .as("the same data gives the same file")
                .isEqualTo(Files.readAllBytes(model));

        String[] without = run("eval", "quotes", mini().toString(), "--without-quote-model");
        String[] with = run("eval", "quotes", mini().toString(), "--quote-model", model.toString());
        assertThat(without[0]).as(without[2]).isEqualTo("0");
        assertThat(with[0]).as(with[2]).isEqualTo("0");
        // the terms are found as quotations by their marks; a model trained on these articles leaves them out
        assertThat(firstLine(without[1])).doesNotContain("precision 1.000");
        assertThat(firstLine(with[1])).contains("precision 1.000");
    }

    @Test
    void aMissingFolderIsAUsageError() {
        String[] t = run("train", "quotes", "--train", "no/such/folder");
        assertThat(t[0]).isEqualTo(String.valueOf(Main.USAGE));
        assertThat(t[2]).contains("../shared/datasets");
    }

    /** The ≥ 50% overlap line for reported statements, the figure {@code eval quotes} prints first. */
    private static String firstLine(String out) {
        return out.lines().filter(l -> l.contains("overlap")).findFirst().orElseThrow();
    }
}
