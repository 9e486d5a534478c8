package org.newslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    record Run(int status, String out, String err) {}

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void checkPrintsCompilerStyleFindingsAndFailsOnWarnings() {
        Run r = run("", "check", "docs/sample-article.txt");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).containsPattern("docs/sample-article.txt:\\d+:\\d+: warning: .* \\[vague-source\\]");
        assertThat(r.out())
                .containsPattern("docs/sample-article.txt:\\d+:\\d+: information: .* \\[unattributed-claim\\]");
        assertThat(run("", "check", "--fail-on", "error", "docs/sample-article.txt")
                        .status())
                .isZero();
        assertThat(run("", "check", "--fail-on", "never", "docs/sample-article.txt")
                        .status())
                .isZero();
    }

    @Test
    void checkReadsStdinAndDirectories(@TempDir Path dir) throws Exception {
        Run r = run("Experts say the bridge carries 18,000 vehicles a day.\n", "check", "-");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).startsWith("<stdin>:1:1: warning:");
        Files.writeString(dir.resolve("a.txt"), "Experts say the plan will fail.\n");
        Files.writeString(dir.resolve("b.md"), "# Heading\n\nThe mayor said the plan would work.\n");
        Files.writeString(dir.resolve("ignored.bin"), "x");
        Run d = run("", "check", "--format", "json", dir.toString());
        var arr = JsonParser.parseString(d.out()).getAsJsonArray();
        assertThat(arr).hasSize(2);
        assertThat(arr.get(0).getAsJsonObject().get("findings").getAsJsonArray())
                .isNotEmpty();
        assertThat(arr.get(1).getAsJsonObject().get("findings").getAsJsonArray())
                .isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "check",
                "analyze",
                "lsp",
                "edit",
                "bench",
                "eval",
                "eval sourcing",
                "eval quotes",
                "train",
                "train sourcing"
            })
    void everyCommandAnswersHelpWithItsUsage(String command) {
        String[] words = (command + " --help").split(" ");
        Run r = run("", words);
        assertThat(r.status()).as(command).isZero();
        assertThat(r.out()).as(command).startsWith("Usage: newslint " + command);
        assertThat(r.err()).as(command).isEmpty();
    }

    @Test
    void usageAndIoErrorsExitWithTwoAndAClearMessage() {
        Run missing = run("", "check", "no/such/file.txt");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such/file.txt: no such file or directory");
        Run badFlag = run("", "check", "--format", "xml", "docs/sample-article.txt");
        assertThat(badFlag.status()).isEqualTo(2);
        assertThat(badFlag.err()).contains("--format");
        assertThat(run("", "check", "--fail-on", "loud", "docs/sample-article.txt")
                        .status())
                .isEqualTo(2);
        assertThat(run("", "frobnicate").status()).isEqualTo(2);
        assertThat(run("", "check").status()).isEqualTo(2);
    }

    @Test
    void analyzeWritesTheDocumentedJsonReport() {
        Run r = run("", "analyze", "docs/sample-article.txt");
        assertThat(r.status()).isZero();
        JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(o.get("path").getAsString()).isEqualTo("docs/sample-article.txt");
        JsonObject quote = o.getAsJsonArray("quotes").get(0).getAsJsonObject();
        assertThat(quote.keySet()).contains("start", "end", "text", "kind", "speaker", "cue", "statement");
        JsonObject statement = quote.getAsJsonObject("statement");
        assertThat(statement.get("start").getAsInt())
                .isLessThanOrEqualTo(quote.get("start").getAsInt());
        assertThat(statement.get("end").getAsInt())
                .isGreaterThanOrEqualTo(quote.get("end").getAsInt());
        assertThat(quote.getAsJsonObject("speaker").get("text").getAsString()).isEqualTo("Rachel Dunmore");
        JsonObject entity = o.getAsJsonArray("entities").get(0).getAsJsonObject();
        assertThat(entity.keySet()).contains("id", "name", "type", "aliases", "descriptions", "mentions");
        JsonObject sentence = o.getAsJsonArray("sentences").get(0).getAsJsonObject();
        assertThat(sentence.keySet()).contains("start", "end", "attributed", "claim", "source", "sourcing");
        assertThat(sentence.getAsJsonObject("sourcing").get("need").getAsString())
                .isIn("needs-source", "probably-needs-source", "public-record", "none");
        JsonObject finding = o.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(finding.keySet()).contains("rule", "severity", "start", "end", "line", "column", "message");
        // offsets point into the file as read
        String text = readSample();
        int start = quote.get("start").getAsInt();
        assertThat(text.substring(start, quote.get("end").getAsInt()))
                .isEqualTo(quote.get("text").getAsString());
    }

    private static String readSample() {
        try {
            return Files.readString(Path.of("docs/sample-article.txt"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void benchTimesArticlesAndComparesTheNameFinder() {
        Run plain = run("", "bench", "--runs", "1", "--warmup", "0", "docs/sample-article.txt");
        assertThat(plain.status()).isZero();
        assertThat(plain.out()).contains("fresh analysis per article:  median").contains("after a one-paragraph edit:");
        Run compared =
                run("", "bench", "--compare-name-model", "--runs", "2", "--warmup", "0", "docs/sample-article.txt");
        assertThat(compared.status()).isZero();
        assertThat(compared.out())
                .contains("with the name finder:")
                .contains("without the name finder:")
                .containsPattern("ratio of medians \\d+\\.\\d\\d");
    }
}
