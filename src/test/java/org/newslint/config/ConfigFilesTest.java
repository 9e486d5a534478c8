package org.newslint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Severity;

/** Reading {@code .newslint.json}: what each key means, what a broken file says, and where it is found. */
class ConfigFilesTest {
    @TempDir
    Path dir;

    @Test
    void rulesHouseListsAndIgnoreAreRead() {
        ProjectConfig c = ConfigFiles.parse(dir.resolve(".newslint.json"), """
                {"$schema": "./newslint.schema.json",
                 "rules": {"vague-wording": false, "vague-source": {"severity": "error"},
                           "unattributed-claim": {"enabled": true, "severity": "info"}},
                 "maxDocumentChars": 5000,
                 "reportingVerbs": ["Tweet", "quip"],
                 "names": [{"name": "World Health Organization", "type": "organization", "aliases": ["WHO"]},
                           {"name": "Tedros Adhanom Ghebreyesus", "type": "person", "aliases": ["Tedros"]}],
                 "ignore": ["drafts/**", "**/*.notes.md"]}
                """);
        assertThat(c.problems()).isEmpty();
        assertThat(c.settings().enabled("vague-wording")).isFalse();
        assertThat(c.settings().severity("vague-source", Severity.HINT)).isEqualTo(Severity.ERROR);
        assertThat(c.settings().severity("unattributed-claim", Severity.HINT)).isEqualTo(Severity.INFORMATION);
        assertThat(c.settings().maxDocumentChars()).isEqualTo(5000);
        assertThat(c.settings().house().reportingVerbs()).containsExactlyInAnyOrder("tweet", "quip");
        assertThat(c.settings().house().names())
                .extracting(n -> n.type())
                .containsExactly(EntityType.ORGANIZATION, EntityType.PERSON);
        assertThat(c.ignores(dir.resolve("drafts/a.md"))).isTrue();
        assertThat(c.ignores(dir.resolve("drafts/deep/a.txt"))).isTrue();
        assertThat(c.ignores(dir.resolve("x.notes.md"))).isTrue();
        assertThat(c.ignores(dir.resolve("news/x.notes.md"))).isTrue();
        assertThat(c.ignores(dir.resolve("news/x.md"))).isFalse();
    }

    @Test
    void unknownRulesAndKeysAreReportedNotAccepted() {
        ProjectConfig c = ConfigFiles.parse(dir.resolve(".newslint.json"), """
                {"rules": {"vague-sorce": false, "vague-source": {"enabled": false, "level": "x"}},
                 "reportingverbs": ["tweet"], "names": [{"name": "Acme"}]}
                """);
        assertThat(c.problems())
                .hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("unknown rule 'vague-sorce'"))
                .anySatisfy(p -> assertThat(p).contains("unknown key 'level'"))
                .anySatisfy(p -> assertThat(p).contains("unknown key 'reportingverbs'"))
                .anySatisfy(p -> assertThat(p).contains("\"Acme\" needs \"type\""));
        assertThat(c.settings().enabled("vague-sorce")).isTrue();
        assertThat(c.settings().disabledRules()).containsExactly("vague-source");
    }

    @Test
    void aBrokenFileGivesOneMessageWithLineAndColumnAndTheDefaults() {
        Path file = dir.resolve(".newslint.json");
        ProjectConfig c = ConfigFiles.parse(file, "{\n  \"rules\": {\n    \"vague-source\": false,,\n  }\n}\n");
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p).startsWith(file + ":3:").contains("malformed JSON").endsWith("defaults used");
        });
        assertThat(c.settings().disabledRules()).isEmpty();
    }

    @Test
    void theNearestFileUpTheTreeIsUsedAndReadOnceUntilItChanges() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("desk/politics"));
        Files.writeString(dir.resolve(".newslint.json"), "{\"rules\": {\"nope\": true}}");
        List<String> problems = new ArrayList<>();
        ConfigFiles files = new ConfigFiles(problems::add);
        ProjectConfig first = files.forFile(sub.resolve("story.md"));
        assertThat(first.file()).isEqualTo(dir.resolve(".newslint.json").toAbsolutePath());
        files.forFile(sub.resolve("other.md"));
        assertThat(problems).hasSize(1);
        Files.writeString(sub.resolve(".newslint.json"), "{\"rules\": {\"vague-source\": false}}");
        assertThat(files.forFile(sub.resolve("story.md")).settings().enabled("vague-source"))
                .isFalse();
        assertThat(files.forFile(dir.resolve("desk/top.md")).file()).isEqualTo(first.file());
        assertThat(files.forUri(sub.resolve("story.md").toUri().toString())
                        .settings()
                        .enabled("vague-source"))
                .isFalse();
        assertThat(files.forUri("untitled:Untitled-1")).isNull();
    }

    /** The schema editors complete with lists exactly the keys and rule ids the reader accepts. */
    @Test
    void theSchemaListsEveryKeyAndRuleTheReaderAccepts() throws Exception {
        var schema = com.google.gson.JsonParser.parseString(Files.readString(Path.of("docs/newslint.schema.json")))
                .getAsJsonObject();
        var properties = schema.getAsJsonObject("properties");
        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(ConfigFiles.TOP_KEYS);
        assertThat(properties
                        .getAsJsonObject("rules")
                        .getAsJsonObject("properties")
                        .keySet())
                .containsExactlyInAnyOrderElementsOf(SettingsJson.ruleIds());
        assertThat(schema.get("additionalProperties").getAsBoolean()).isFalse();
        // the VS Code extension validates .newslint.json with the copy build-vsix.sh puts in schemas/
        var validation = com.google.gson.JsonParser.parseString(
                        Files.readString(Path.of("editors/vscode/package.json")))
                .getAsJsonObject()
                .getAsJsonObject("contributes")
                .getAsJsonArray("jsonValidation")
                .get(0)
                .getAsJsonObject();
        assertThat(validation.get("fileMatch").getAsString()).isEqualTo(ProjectConfig.FILE_NAME);
        assertThat(validation.get("url").getAsString()).isEqualTo("./schemas/newslint.schema.json");
        assertThat(Files.readString(Path.of("editors/vscode/build-vsix.sh")))
                .contains("cp \"$repo/docs/newslint.schema.json\" \"$here/schemas/newslint.schema.json\"");
    }

    /** The example in the README is a configuration the reader takes without a complaint. */
    @Test
    void theReadmeExampleReadsWithoutProblems() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Project configuration");
        int start = readme.indexOf("```json", section) + "```json".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        ProjectConfig c = ConfigFiles.parse(dir.resolve(".newslint.json"), example);
        assertThat(c.problems()).isEmpty();
        assertThat(c.settings().house().names()).hasSize(2);
        assertThat(c.ignore()).containsExactly("drafts/**", "**/*.notes.md");
    }
}
