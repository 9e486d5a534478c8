package org.newslint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.HouseLists;

/** Adding a name to {@code .newslint.json} by a text edit: valid JSON after, the rest of the file as it was. */
class HouseListEditTest {
    private static final Path FILE = Path.of("/tmp/project/.newslint.json");
    private static final HouseLists.Name DUNMORE =
            new HouseLists.Name("Rachel Dunmore", EntityType.PERSON, List.of("Dunmore"));

    private static String added(String text) {
        HouseListEdit.Edit edit = HouseListEdit.addName(FILE, text, DUNMORE);
        assertThat(edit).as("an edit for %s", text).isNotNull();
        String after = edit.applyTo(text);
        ProjectConfig config = ConfigFiles.parse(FILE, after);
        assertThat(config.problems()).as("problems in%n%s", after).isEmpty();
        assertThat(config.settings().house().names())
                .contains(new HouseLists.Name("Rachel Dunmore", EntityType.PERSON, List.of("Dunmore")));
        return after;
    }

    @Test
    void aNameGoesAfterTheLastElementOfAMultiLineListIndentedAlike() {
        String text = "{\n  \"rules\": {\"vague-source\": \"info\"},\n  \"names\": [\n"
                + "    {\"name\": \"World Health Organization\", \"type\": \"organization\", \"aliases\": [\"WHO\"]}\n"
                + "  ],\n  \"reportingVerbs\": [\"tweet\"]\n}\n";
        assertThat(added(text))
                .isEqualTo("{\n  \"rules\": {\"vague-source\": \"info\"},\n  \"names\": [\n"
                        + "    {\"name\": \"World Health Organization\", \"type\": \"organization\", \"aliases\":"
                        + " [\"WHO\"]},\n"
                        + "    {\"name\": \"Rachel Dunmore\", \"type\": \"person\", \"aliases\": [\"Dunmore\"]}\n"
                        + "  ],\n  \"reportingVerbs\": [\"tweet\"]\n}\n");
    }

    @Test
    void anEmptyListOrAFileWithoutNamesGetsOne() {
        assertThat(added("{\"names\": []}"))
                .isEqualTo(
                        "{\"names\": [{\"name\": \"Rachel Dunmore\", \"type\": \"person\", \"aliases\": [\"Dunmore\"]}]}");
        assertThat(added("{\n  \"maxDocumentChars\": 50000\n}\n"))
                .isEqualTo("{\n  \"maxDocumentChars\": 50000,\n  \"names\": [{\"name\": \"Rachel Dunmore\", \"type\":"
                        + " \"person\", \"aliases\": [\"Dunmore\"]}]\n}\n");
        assertThat(added("{}")).startsWith("{\n  \"names\": [{\"name\": \"Rachel Dunmore\"");
        assertThat(added("\uFEFF{ \"ignore\": [\"drafts/**\"] }"))
                .isEqualTo("\uFEFF{ \"ignore\": [\"drafts/**\"], \"names\": [{\"name\": \"Rachel Dunmore\", \"type\":"
                        + " \"person\", \"aliases\": [\"Dunmore\"]}] }");
        assertThat(ConfigFiles.parse(FILE, HouseListEdit.newFile(DUNMORE))
                        .settings()
                        .house()
                        .names())
                .containsExactly(DUNMORE);
    }

    @Test
    void namesWithQuotesAndUnicodeAreEscapedAndStillParse() {
        HouseLists.Name odd = new HouseLists.Name("Zo\u00EB \"Z\" O\u2019Neill", EntityType.PERSON, List.of());
        String text = "{\"names\": [{\"name\": \"A\\\"B\", \"type\": \"person\"}]}";
        HouseListEdit.Edit edit = HouseListEdit.addName(FILE, text, odd);
        assertThat(edit).isNotNull();
        assertThat(ConfigFiles.parse(FILE, edit.applyTo(text))
                        .settings()
                        .house()
                        .names())
                .extracting(HouseLists.Name::name)
                .containsExactly("A\"B", "Zo\u00EB \"Z\" O\u2019Neill");
    }

    @Test
    void aBrokenFileALenientOneOrANameAlreadyListedGetsNoEdit() {
        assertThat(HouseListEdit.addName(FILE, "{\"names\": [", DUNMORE)).isNull();
        assertThat(HouseListEdit.addName(FILE, "[1, 2]", DUNMORE)).isNull();
        assertThat(HouseListEdit.addName(FILE, "{// a comment\n\"names\": []}", DUNMORE))
                .isNull();
        assertThat(HouseListEdit.addName(
                        FILE,
                        "{\"names\": [{\"name\": \"R. Dunmore\", \"type\": \"person\", \"aliases\": "
                                + "[\"Rachel Dunmore\"]}]}",
                        DUNMORE))
                .isNull();
    }
}
