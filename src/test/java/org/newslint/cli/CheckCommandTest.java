package org.newslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslint.rules.RuleDocs;

/** {@code newslint check} in-process: project configuration, house lists, flags, globs and baselines. */
class CheckCommandTest {
    private static final String VAGUE = "Experts say the bridge is unsafe.\n";

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        JsonArray json() {
            return JsonParser.parseString(out).getAsJsonArray();
        }

        List<String> rules() {
            List<String> out = new ArrayList<>();
            for (var file : json()) {
                for (var f : file.getAsJsonObject().getAsJsonArray("findings")) {
                    out.add(f.getAsJsonObject().get("rule").getAsString() + "@"
                            + f.getAsJsonObject().get("line").getAsInt() + ":"
                            + f.getAsJsonObject().get("severity").getAsString());
                }
            }
            return out;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void jsonIsAlwaysAnArrayAndEachFindingNamesItsRulesPage() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), VAGUE);
        Run r = run("check", "--format", "json", a.toString());
        JsonArray arr = r.json();
        assertThat(arr).hasSize(1);
        JsonObject f =
                arr.get(0).getAsJsonObject().getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(f.get("rule").getAsString()).isEqualTo("vague-source");
        assertThat(f.get("docs").getAsString()).isEqualTo("docs/rules/vague-source.md");
        assertThat(Path.of(f.get("docs").getAsString())).exists();
        assertThat(f.get("docsUrl").getAsString()).isEqualTo(RuleDocs.DEFAULT_BASE + "vague-source.md");
    }

    /** rulesDocumentationUrl moves the JSON report's docsUrl and SARIF's helpUri; `docs` stays the repository path. */
    @Test
    void rulesDocumentationUrlIsTheBaseOfDocsUrlAndHelpUri() throws Exception {
        Files.writeString(
                dir.resolve(".newslint.json"), "{\"rulesDocumentationUrl\": \"https://wiki.example/newslint\"}");
        Path a = Files.writeString(dir.resolve("a.txt"), VAGUE);
        JsonObject f = run("check", "--format", "json", a.toString())
                .json()
                .get(0)
                .getAsJsonObject()
                .getAsJsonArray("findings")
                .get(0)
                .getAsJsonObject();
        assertThat(f.get("docs").getAsString()).isEqualTo("docs/rules/vague-source.md");
        assertThat(f.get("docsUrl").getAsString()).isEqualTo("https://wiki.example/newslint/vague-source.md");
        JsonObject sarif = JsonParser.parseString(
                        run("check", "--format", "sarif", a.toString()).out())
                .getAsJsonObject();
        List<String> helpUris = new ArrayList<>();
        sarif.getAsJsonArray("runs")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("tool")
                .getAsJsonObject("driver")
                .getAsJsonArray("rules")
                .forEach(r -> helpUris.add(r.getAsJsonObject().get("helpUri").getAsString()));
        assertThat(helpUris)
                .contains("https://wiki.example/newslint/vague-source.md")
                .allMatch(u -> u.startsWith("https://wiki.example/newslint/") && u.endsWith(".md"));
        // a value that is no URL is reported, and the default applies
        Files.writeString(dir.resolve(".newslint.json"), "{\"rulesDocumentationUrl\": \"wiki/newslint\"}");
        Run broken = run("check", "--format", "json", a.toString());
        assertThat(broken.err()).contains("rulesDocumentationUrl must be an absolute");
        assertThat(broken.json()
                        .get(0)
                        .getAsJsonObject()
                        .getAsJsonArray("findings")
                        .get(0)
                        .getAsJsonObject()
                        .get("docsUrl")
                        .getAsString())
                .isEqualTo(RuleDocs.DEFAULT_BASE + "vague-source.md");
    }

    @Test
    void theNearestConfigFileAppliesAndConfigOverridesIt() throws Exception {
        Path desk = Files.createDirectories(dir.resolve("desk/politics"));
        Path story = Files.writeString(desk.resolve("story.txt"), VAGUE);
        assertThat(run("check", "--format", "json", story.toString()).rules())
                .containsExactly("vague-source@1:warning");
        Files.writeString(dir.resolve(".newslint.json"), "{\"rules\": {\"vague-source\": \"error\"}}");
        assertThat(run("check", "--format", "json", story.toString()).rules()).containsExactly("vague-source@1:error");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"rules\": {\"vague-source\": false}}");
        Run overridden = run("check", "--config", other.toString(), "--format", "json", story.toString());
        assertThat(overridden.rules()).isEmpty();
        assertThat(overridden.status()).isZero();
    }

    @Test
    void aBrokenConfigIsOneMessageWithLineAndColumnAndTheDefaultsAreUsed() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), VAGUE);
        Files.writeString(dir.resolve(".newslint.json"), "{\n  \"rules\": {\"vague-source\": false,}\n  oops\n}\n");
        Run r = run("check", "--format", "json", story.toString());
        assertThat(r.err().lines().filter(l -> l.contains(".newslint.json")))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .containsPattern("\\.newslint\\.json:\\d+:\\d+: malformed JSON")
                        .contains("defaults used"));
        assertThat(r.rules()).containsExactly("vague-source@1:warning");
        assertThat(r.status()).isEqualTo(Main.USAGE);
        Files.writeString(dir.resolve(".newslint.json"), "{\"rules\": {\"vague-sauce\": false}}");
        Run unknown = run("check", story.toString(), story.toString());
        assertThat(unknown.err().lines().filter(l -> l.contains("unknown rule 'vague-sauce'")))
                .hasSize(1);
    }

    @Test
    void ignoreGlobsLeaveArticlesAlone() throws Exception {
        Files.createDirectories(dir.resolve("drafts"));
        Files.writeString(dir.resolve("drafts/d.txt"), VAGUE);
        Files.writeString(dir.resolve("story.txt"), VAGUE);
        Files.writeString(dir.resolve(".newslint.json"), "{\"ignore\": [\"drafts/**\"]}");
        JsonArray arr = run("check", "--format", "json", dir.toString()).json();
        assertThat(arr).hasSize(1);
        assertThat(arr.get(0).getAsJsonObject().get("path").getAsString()).endsWith("story.txt");
    }

    @Test
    void houseReportingVerbsAttributeAndHouseNamesGroupAliases() throws Exception {
        Path story = Files.writeString(
                dir.resolve("story.txt"), "The port handles 14 million containers a year, Maria Lopez blogged.\n");
        Path names = Files.writeString(
                dir.resolve("names.txt"),
                "Benjamin Netanyahu met the cabinet on Monday.\nBibi told reporters the talks would resume.\n");
        JsonObject unattributed = sentence(story, 0);
        assertThat(unattributed.get("attributed").getAsBoolean()).isFalse();
        JsonObject before =
                JsonParser.parseString(run("analyze", names.toString()).out()).getAsJsonObject();
        assertThat(entityNames(before)).contains("Bibi");
        Files.writeString(dir.resolve(".newslint.json"), """
                {"reportingVerbs": ["blog"],
                 "names": [{"name": "Benjamin Netanyahu", "type": "person", "aliases": ["Bibi"]}]}
                """);
        JsonObject attributed = sentence(story, 0);
        assertThat(attributed.get("attributed").getAsBoolean()).isTrue();
        assertThat(attributed.get("attributedBy").getAsString()).isEqualTo("blog");
        assertThat(attributed.getAsJsonObject("source").get("name").getAsString())
                .isEqualTo("Maria Lopez");
        JsonObject after =
                JsonParser.parseString(run("analyze", names.toString()).out()).getAsJsonObject();
        assertThat(entityNames(after)).contains("Benjamin Netanyahu").doesNotContain("Bibi");
        JsonObject bibi = after.getAsJsonArray("sentences").get(1).getAsJsonObject();
        assertThat(bibi.getAsJsonObject("source").get("name").getAsString()).isEqualTo("Benjamin Netanyahu");
    }

    private static JsonObject sentence(Path file, int index) {
        return JsonParser.parseString(run("analyze", file.toString()).out())
                .getAsJsonObject()
                .getAsJsonArray("sentences")
                .get(index)
                .getAsJsonObject();
    }

    private static List<String> entityNames(JsonObject analysis) {
        List<String> names = new ArrayList<>();
        analysis.getAsJsonArray("entities")
                .forEach(e -> names.add(e.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    @Test
    void severityFlagsOverrideTheConfigAndAreChecked() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), VAGUE);
        Files.writeString(dir.resolve(".newslint.json"), "{\"rules\": {\"vague-source\": \"error\"}}");
        assertThat(run("check", "--format", "json", "--severity", "vague-source=hint", story.toString())
                        .rules())
                .containsExactly("vague-source@1:hint");
        Run off = run("check", "--severity", "vague-wording=info", "--severity", "vague-source=off", story.toString());
        assertThat(off.out()).isEmpty();
        assertThat(off.status()).isZero();
        Run bad = run("check", "--severity", "vague-source=loud", story.toString());
        assertThat(bad.status()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("--severity vague-source=loud");
        assertThat(run("check", "--severity", "nosuch=info", story.toString()).err())
                .contains("RULE one of");
    }

    @Test
    void quietPrintsFindingsOnlyAndColorIsAnsiOnlyWhenAsked() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), VAGUE);
        Run normal = run("check", story.toString());
        assertThat(normal.err()).contains("1 finding in 1 file");
        Run quiet = run("check", "--quiet", story.toString());
        assertThat(quiet.err()).isEmpty();
        assertThat(quiet.out()).isEqualTo(normal.out());
        assertThat(run("check", "--color", "always", story.toString()).out())
                .contains("\u001b[1;33mwarning\u001b[0m")
                .contains("\u001b[2m[vague-source]\u001b[0m");
        assertThat(run("check", "--color", "never", story.toString()).out()).doesNotContain("\u001b[");
        // no terminal in a test: auto means no colour
        assertThat(run("check", "--color", "auto", story.toString()).out()).doesNotContain("\u001b[");
        assertThat(run("check", "--color", "sometimes", story.toString()).status())
                .isEqualTo(Main.USAGE);
    }

    @Test
    void globArgumentsSelectArticlesAtAnyDepth() throws Exception {
        Files.createDirectories(dir.resolve("articles/2026/12"));
        Files.writeString(dir.resolve("articles/top.md"), VAGUE);
        Files.writeString(dir.resolve("articles/2026/12/deep.md"), VAGUE);
        Files.writeString(dir.resolve("articles/2026/12/wire.txt"), VAGUE);
        Run r = run("check", "--format", "json", dir.resolve("articles").toString() + "/**/*.md");
        List<String> paths = new ArrayList<>();
        r.json().forEach(f -> paths.add(f.getAsJsonObject().get("path").getAsString()));
        assertThat(paths)
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).endsWith("top.md"))
                .anySatisfy(p -> assertThat(p).endsWith("deep.md"));
        Run none = run("check", dir.resolve("articles").toString() + "/**/*.html");
        assertThat(none.status()).isEqualTo(Main.USAGE);
        assertThat(none.err()).contains("no articles").contains("match this pattern");
    }

    @Test
    void aBaselineHidesKnownFindingsUntilTheirSentenceChanges() throws Exception {
        Path a = Files.writeString(
                dir.resolve("a.txt"),
                "Experts say the bridge is unsafe.\nCritics say the plan will fail.\nThe mayor said it would open.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), VAGUE);
        Path baseline = dir.resolve("baseline.json");
        Run write = run("check", "--write-baseline", baseline.toString(), dir.toString());
        assertThat(write.status()).isZero();
        assertThat(write.err()).contains("wrote 3 findings");
        JsonObject written = JsonParser.parseString(Files.readString(baseline)).getAsJsonObject();
        assertThat(written.getAsJsonArray("findings")
                        .get(0)
                        .getAsJsonObject()
                        .get("path")
                        .getAsString())
                .isEqualTo("a.txt");
        Run clean = run("check", "--baseline", baseline.toString(), dir.toString());
        assertThat(clean.out()).isEmpty();
        assertThat(clean.status()).isZero();
        assertThat(clean.err()).contains("(3 in the baseline not shown)");
        // an edit elsewhere (a new line at the top) changes nothing; an edited sentence comes back
        Files.writeString(
                a,
                "By Staff\nExperts say the bridge is unsafe.\nCritics say the plan will surely fail.\n"
                        + "The mayor said it would open.\n");
        Run edited = run("check", "--format", "json", "--baseline", baseline.toString(), dir.toString());
        assertThat(edited.rules()).containsExactly("vague-source@3:warning");
        // the same finding twice in one sentence where the baseline has it once: the second is new
        Files.writeString(b, VAGUE + VAGUE);
        assertThat(run("check", "--format", "json", "--baseline", baseline.toString(), b.toString())
                        .rules())
                .containsExactly("vague-source@2:warning");
    }
}
