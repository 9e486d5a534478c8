package org.newslint.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval ner} on a hand-written CoNLL file: per-type figures, and with --errors every mistake counted once. */
class EvalNerTest {
    @Test
    void printsPerTypeScoresAndErrorsWhoseCountsAddUp(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.conll");
        Files.writeString(gold, """
                -DOCSTART- O

                Angela B-PER
                Merkel I-PER
                visited O
                Paris B-LOC
                with O
                officials O
                of O
                the O
                European B-ORG
                Commission I-ORG
                . O

                Merkel B-PER
                said O
                UNLESS O
                talks O
                resume O
                . O
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new EvalNer());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute("--errors", gold.toString());
        assertThat(rc).as(err.toString()).isZero();
        String report = out.toString();
        assertThat(report).contains("with 4 phrases").containsPattern("PER: precision: .*\\(gold 2, correct");
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("found: (\\d+) phrases; correct: (\\d+)")
                .matcher(report);
        assertThat(found.find()).isTrue();
        int predicted = Integer.parseInt(found.group(1));
        int correct = Integer.parseInt(found.group(2));
        java.util.regex.Matcher errors = java.util.regex.Pattern.compile(
                        "errors: (\\d+) \\(boundary (\\d+), type (\\d+), missed (\\d+), spurious (\\d+)\\)")
                .matcher(report);
        assertThat(errors.find()).as(report).isTrue();
        int boundary = Integer.parseInt(errors.group(2));
        int type = Integer.parseInt(errors.group(3));
        int missed = Integer.parseInt(errors.group(4));
        // every gold name is correct, or exactly one of boundary, type, missed
        assertThat(correct + boundary + type + missed).isEqualTo(4);
        assertThat(Integer.parseInt(errors.group(1)))
                .isEqualTo(boundary + type + missed + Integer.parseInt(errors.group(5)));
        assertThat(predicted).isGreaterThanOrEqualTo(correct);
    }

    @Test
    void typesRestrictsScoringToTheNamedTypes(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.conll");
        Files.writeString(gold, "Merkel B-PER\nvisited O\nParis B-LOC\n. O\n");
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new EvalNer());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("--types", "LOC", gold.toString())).isZero();
        assertThat(out.toString()).contains("with 1 phrases").doesNotContain("PER:");
    }
}
