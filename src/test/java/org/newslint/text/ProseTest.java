package org.newslint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTest {
    private static List<String> paragraphs(Prose prose) {
        return prose.paragraphs().stream().map(p -> p.range().of(prose.text())).toList();
    }

    @Test
    void everyLineBreakEndsAPlainTextParagraph() {
        Prose prose = PlainTextProse.extract("Headline here\nFirst line.\r\n\r\nSecond para.\n  \nThird.");
        assertThat(paragraphs(prose)).containsExactly("Headline here", "First line.", "Second para.", "Third.");
    }

    @Test
    void normalisationKeepsEveryOffset() {
        String original = "Trump’s “fire and fury” – ok\u00A0now";
        String normalised = Normalizer.normalize(original);
        assertThat(normalised).hasSameSizeAs(original).isEqualTo("Trump's \"fire and fury\" – ok now");
    }

    @Test
    void markdownKeepsOnlyProseAtOriginalOffsets() {
        String md =
                "---\ntitle: \"Not prose\"\n---\n# A *big* headline\n\nSee [the report](https://x.org/r) or https://x.org/q now.\n\n"
                        + "```\nsay(\"code\")\n```\n\n> \"Quoted,\" she said.\n\n- item with `code`\n";
        Prose prose = MarkdownProse.extract(md);
        assertThat(prose.text())
                .hasSameSizeAs(md)
                .doesNotContain("Not prose")
                .doesNotContain("code\")")
                .doesNotContain("https");
        assertThat(prose.paragraphs())
                .extracting(Paragraph::kind)
                .containsExactly(
                        ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.BLOCK_QUOTE, ParagraphKind.LIST_ITEM);
        Paragraph heading = prose.paragraphs().get(0);
        assertThat(heading.range().of(prose.text())).isEqualTo("A  big  headline");
        assertThat(heading.range().of(md)).isEqualTo("A *big* headline");
        assertThat(paragraphs(prose).get(1))
                .contains("the report")
                .contains(" or ")
                .endsWith("now.");
        assertThat(paragraphs(prose).get(2)).isEqualTo("\"Quoted,\" she said.");
    }

    @Test
    void frontMatterNeedsItsClosingFence() {
        assertThat(MarkdownProse.frontMatterEnd("---\na: b\n---\nBody")).isEqualTo(13);
        assertThat(MarkdownProse.frontMatterEnd("--- not front matter")).isZero();
        assertThat(MarkdownProse.frontMatterEnd("---\nunclosed")).isZero();
    }

    @Test
    void markdownWithOneParagraphPerLineIsCutAtEachLine() {
        // a CMS export: story lines, then credit lines, with single line breaks only
        String md =
                "Grain prices rose again on Monday.\nThe mill in Tarrow closed its doors.\nRead Next:\nImage Via Stockhouse\n"
                        + "This story was written with the help of Tarrow Daily tools and edited by Ana Berg\nComments\n";
        assertThat(paragraphs(MarkdownProse.extract(md)))
                .containsExactly(
                        "Grain prices rose again on Monday.",
                        "The mill in Tarrow closed its doors.",
                        "Read Next:",
                        "Image Via Stockhouse",
                        "This story was written with the help of Tarrow Daily tools and edited by Ana Berg",
                        "Comments");
    }

    @Test
    void hardWrappedMarkdownStaysOneParagraph() {
        String md =
                "The council voted on Tuesday to close the\nlibrary on Elm Street. Residents objected\nat the meeting.\n";
        assertThat(paragraphs(MarkdownProse.extract(md)))
                .containsExactly(
                        "The council voted on Tuesday to close the library on Elm Street. Residents objected at the meeting.");
    }

    @Test
    void aShortLineBeforeALowerCaseLineIsAWrapNotAParagraph() {
        String md = "Prices rose.\nThe mayor of the town\nsaid nothing.\n";
        assertThat(paragraphs(MarkdownProse.extract(md)))
                .containsExactly("Prices rose. The mayor of the town said nothing.");
    }
}
