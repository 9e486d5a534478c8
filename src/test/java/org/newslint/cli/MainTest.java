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
import java.util.List;
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
    void disableSwitchesTheNamedRulesOffAndOnlyThose() {
        Run all = run("", "check", "--fail-on", "never", "docs/sample-article.txt");
        assertThat(all.out()).contains("[vague-source]", "[vague-wording]", "[unattributed-claim]");
        Run without = run(
                "",
                "check",
                "--fail-on",
                "never",
                "--disable",
                "vague-source,vague-wording",
                "docs/sample-article.txt");
        assertThat(without.status()).isZero();
        assertThat(without.out())
                .doesNotContain("[vague-source]", "[vague-wording]")
                .contains("[unattributed-claim]");
        Run unknown = run("", "check", "--disable", "no-such-rule", "docs/sample-article.txt");
        assertThat(unknown.status())
                .as("an unknown rule id is a usage error: %s", unknown.err())
                .isEqualTo(2);
        assertThat(unknown.err()).contains("no-such-rule");
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
    void aBadArgumentIsReportedAndTheOthersAreStillChecked(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Experts say the bridge is unsafe.\n");
        Run r = run("", "check", dir.resolve("missing.txt").toString(), good.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("missing.txt: no such file or directory");
        assertThat(r.out()).contains("good.txt:1:1: warning:");
    }

    @Test
    void anEmptyDirectoryIsAnErrorAndHiddenFoldersAndNodeModulesAreNotSearched(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Run empty = run("", "check", dir.resolve("empty").toString());
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).contains("no articles");
        Files.createDirectories(dir.resolve("site/.git"));
        Files.createDirectories(dir.resolve("site/node_modules/pkg"));
        Files.writeString(dir.resolve("site/story.txt"), "The mayor said the bridge would reopen.\n");
        Files.writeString(dir.resolve("site/.git/notes.txt"), "Experts say so.\n");
        Files.writeString(dir.resolve("site/node_modules/pkg/README.md"), "Experts say so.\n");
        Run site = run("", "check", "--format", "json", dir.resolve("site").toString());
        assertThat(site.status()).isZero();
        assertThat(JsonParser.parseString(site.out())
                        .getAsJsonArray()
                        .get(0)
                        .getAsJsonObject()
                        .get("path")
                        .getAsString())
                .endsWith("story.txt");
    }

    @Test
    void aByteOrderMarkShiftsNothingAndLatin1IsReadAsSuchWithANotice(@TempDir Path dir) throws Exception {
        Path bom = dir.resolve("bom.txt");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Experts say so.\n"));
        assertThat(run("", "check", bom.toString()).out()).contains("bom.txt:1:1: warning:");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Experts say the caf\u00e9 closed.\n".getBytes(StandardCharsets.ISO_8859_1));
        Run r = run("", "analyze", latin1.toString());
        assertThat(r.err()).contains("latin1.txt: not valid UTF-8; read as Windows-1252");
        assertThat(JsonParser.parseString(r.out())
                        .getAsJsonObject()
                        .getAsJsonArray("findings")
                        .get(0)
                        .getAsJsonObject()
                        .get("message")
                        .getAsString())
                .contains("Experts say");
    }

    private static byte[] concat(byte[] head, String text) {
        byte[] tail = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void checkWritesSarifForCodeScanning() {
        Run r = run("", "check", "--format", "sarif", "docs/sample-article.txt");
        assertThat(r.status()).isEqualTo(1);
        JsonObject log = JsonParser.parseString(r.out()).getAsJsonObject();
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertThat(driver.get("name").getAsString()).isEqualTo("newslint");
        List<String> ruleIds = new java.util.ArrayList<>();
        driver.getAsJsonArray("rules")
                .forEach(x -> ruleIds.add(x.getAsJsonObject().get("id").getAsString()));
        assertThat(ruleIds)
                .containsExactlyElementsOf(org.newslint.rules.Rules.ALL.stream()
                        .map(org.newslint.rules.Rule::id)
                        .toList());
        var results = run.getAsJsonArray("results");
        assertThat(results).isNotEmpty();
        // the first vague-source warning, where the text report puts it (8:1)
        JsonObject vague = null;
        for (var x : results) {
            if (x.getAsJsonObject().get("ruleId").getAsString().equals("vague-source")) {
                vague = x.getAsJsonObject();
                break;
            }
        }
        assertThat(vague).isNotNull();
        assertThat(vague.get("level").getAsString()).isEqualTo("warning");
        JsonObject physical =
                vague.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString())
                .isEqualTo("docs/sample-article.txt");
        assertThat(physical.getAsJsonObject("region").get("startLine").getAsInt())
                .isEqualTo(8);
        assertThat(physical.getAsJsonObject("region").get("startColumn").getAsInt())
                .isEqualTo(1);
        assertThat(SarifReport.level(org.newslint.analysis.model.Severity.HINT)).isEqualTo("note");
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
        assertThat(finding.keySet())
                .contains("rule", "severity", "start", "end", "line", "column", "endLine", "endColumn", "message");
        // the end position is the end offset's line and column (1-based, column just past the last character)
        String sample = readSample();
        int end = finding.get("end").getAsInt();
        String beforeEnd = sample.substring(0, end);
        assertThat(finding.get("endLine").getAsInt())
                .isEqualTo((int) beforeEnd.chars().filter(c -> c == '\n').count() + 1);
        assertThat(finding.get("endColumn").getAsInt()).isEqualTo(end - (beforeEnd.lastIndexOf('\n') + 1) + 1);
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

    @Test
    void benchTimesKeystrokesInALongDocumentMadeOfTheArticles() {
        Run keystrokes =
                run("", "bench", "--keystroke", "3", "--warm-edits", "5", "--words", "1500", "docs/sample-article.txt");
        assertThat(keystrokes.status()).isZero();
        // the sample article repeated until the document has 1,500 words, then 5 untimed and 3 timed edits
        assertThat(keystrokes.out())
                .containsPattern("a document of (1[5-9]\\d\\d|[2-9]\\d\\d\\d) words")
                .containsPattern("one-character edit, 3 edits after 5 untimed ones: thread CPU median \\d+\\.\\d ms");
    }
}
