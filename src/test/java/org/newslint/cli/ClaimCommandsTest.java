package org.newslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train claims} and {@code eval claims} end to end on tiny hand-made files (no ../shared needed). */
class ClaimCommandsTest {
    private static final String[][] SENTENCES = {
        {"1", "Unemployment rose to 7.8 percent last year."},
        {"1", "The deficit has tripled since 2008."},
        {"1", "We have lost 700,000 jobs in America."},
        {"1", "The plant employs 1,200 people."},
        {"0", "Thank you very much."},
        {"0", "I want to talk about the future."},
        {"0", "Good evening, everyone."},
        {"0", "Let me answer that."},
    };

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]), args);
        return new String[] {String.valueOf(status), out.toString(), err.toString()};
    }

    private static Path json(Path dir, int copies) throws Exception {
        StringBuilder b = new StringBuilder("[");
        for (int c = 0; c < copies; c++) {
            for (String[] s : SENTENCES) {
                b.append(b.length() > 1 ? "," : "")
                        .append("{\"label\": ")
                        .append(s[0])
                        .append(", \"text\": \"")
                        .append(s[1])
                        .append("\"}");
            }
        }
        Path f = dir.resolve("claims.json");
        Files.writeString(f, b.append("]").toString());
        return f;
    }

    @Test
    void trainWritesAModelThatEvalReadsAndScores(@TempDir Path dir) throws Exception {
        Path data = json(dir, 3);
        Path model = dir.resolve("m.bin.gz");
        String[] t = run("train", "claims", "--train", data.toString(), "--folds", "3", "--out", model.toString());
        assertThat(t[0]).as(t[2]).isEqualTo("0");
        assertThat(t[1])
                .contains("cv l2=1.0: best threshold")
                .contains("ablation NO_RESCUE")
                .contains("chosen: l2=1.0 threshold");
        assertThat(Files.size(model)).isPositive();

        Path errors = dir.resolve("errors.tsv");
        String[] e = run("eval", "claims", data.toString(), "--model", model.toString(), "--errors", errors.toString());
        assertThat(e[0]).as(e[2]).isEqualTo("0");
        // the rules alone cannot make the first-person figure a claim; a model trained on these
        // sentences does, and the greetings are no claims under either decision
        assertThat(e[1]).contains("24 sentences").contains("claim test (check-worthy): precision 1.000");
        assertThat(Files.readString(errors)).doesNotContain("We have lost").doesNotContain("false-alarm");
        String[] r = run("eval", "claims", data.toString(), "--rules-only", "--errors", errors.toString());
        assertThat(r[1]).contains("claim test (check-worthy): precision 1.000  recall 0.250");
        assertThat(Files.readString(errors)).contains("missed\tfirst person\tWe have lost 700,000 jobs in America.");
    }

    @Test
    void excludedSentencesAreNotTrainedOn(@TempDir Path dir) throws Exception {
        Path data = json(dir, 1);
        Path held = dir.resolve("held.tsv");
        Files.writeString(held, "sentence_id\tlabel\ttext\n1\t1\tthe deficit has TRIPLED since 2008\n");
        String[] t = run("train", "claims", "--train", data.toString(), "--exclude", held.toString(), "--folds", "0");
        assertThat(t[0]).as(t[2]).isEqualTo("0");
        assertThat(t[2]).contains("7 training texts (3 claims)");
    }

    @Test
    void missingDataIsReportedClearly(@TempDir Path dir) {
        String[] t =
                run("train", "claims", "--train", dir.resolve("absent.json").toString());
        assertThat(t[0]).isNotEqualTo("0");
        assertThat(t[2]).contains("no such file");
    }
}
