package org.newslint.analysis.sentences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Settings;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.testing.CaretFixture;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;

/** The first stage: sentences with their paragraph's reason for not being story text. */
class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(OpenNlpPipeline.shared(), Lexicons.shared());

    /** Every sentence of the fixture, marked with its paragraph reason ("body" for story text). */
    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<String> actual = split(f.text(), Settings.defaults()).sentences().stream()
                .map(d -> f.describe(
                        d.paragraphReason() == null
                                ? "body"
                                : d.paragraphReason().label(),
                        d.sentence().range().start(),
                        d.sentence().range().end()))
                .toList();
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    private static SentenceSplitter.SplitArticle split(String text, Settings settings) {
        return SPLITTER.split(new Document("file:///t.txt", 1, text, DocumentFormat.PLAIN_TEXT), settings, () -> false);
    }

    @Test
    void storyTextIsCutIntoSentencesAcrossAbbreviations() {
        check("""
                Gov. Ana Berg signed the bill on Jan. 5. It takes effect in March.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ body
                                                         ^^^^^^^^^^^^^^^^^^^^^^^^^ body""");
    }

    @Test
    void aDatelineIsItsOwnSentence() {
        check("""
                LYNDALE, Norway (Reuters) - The council voted to close the bridge.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ dateline
                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ body""");
    }

    @Test
    void headingsBylinesAndLabelsAreNotStoryText() {
        check("""
                Council Votes To Close The Old Bridge
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ heading
                By Tomas Varga
                ^^^^^^^^^^^^^^ byline
                The council voted on Monday to close the bridge for repairs.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ body
                Read more:
                ^^^^^^^^^^ boilerplate
                The vote, in numbers:
                ^^^^^^^^^^^^^^^^^^^^^ label""");
    }

    @Test
    void aTitleCaseLineIsAHeadingWhateverItsLastMark() {
        check("""
                Mayor Berg Calls The Bridge Plan A Disgrace.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ heading
                The mayor spoke for an hour at the meeting.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ body""");
        assertThat(ParagraphClassifier.isTitleCase("Mayor Berg Calls The Bridge Plan A Disgrace."))
                .isTrue();
        assertThat(ParagraphClassifier.isTitleCase("The mayor spoke for an hour at the meeting."))
                .isFalse();
    }

    @Test
    void aHugeDocumentIsAnalysedOnlyUpToTheLimitAndSaysSo() {
        String paragraph = "The council met again on Monday.\n";
        SentenceSplitter.SplitArticle a =
                split(paragraph.repeat(10), new Settings(Set.of(), Map.of(), paragraph.length() * 3));
        assertThat(a.sentences()).hasSize(3);
        // whole paragraphs: the third ends at 98, before its line break
        assertThat(a.limitNote())
                .isEqualTo("Only the first 98 characters of this 330-character document were analysed.");
        assertThat(split("x".repeat(50) + " " + "y".repeat(50), new Settings(Set.of(), Map.of(), 60))
                        .limitNote())
                .isEqualTo("This 101-character document was not analysed: its first paragraph runs past the limit"
                        + " of 60 characters (maxDocumentChars).");
    }

    @Test
    void aParagraphWithAThousandCharactersWithoutASpaceIsLeftOutAndTheNoteSaysSo() {
        String run = "\"".repeat(SentenceSplitter.MAX_RUN_WITHOUT_SPACE + 1);
        SentenceSplitter.SplitArticle a =
                split("The council met on Monday.\n" + run + "\nThe mayor left early.\n", Settings.defaults());
        assertThat(a.sentences())
                .extracting(d -> d.sentence().range().of(a.prose().text()))
                .containsExactly("The council met on Monday.", "The mayor left early.");
        assertThat(a.limitNote())
                .isEqualTo("1 paragraph was not analysed: more than 1000 characters without a space is not prose.");
        // exactly at the limit is still prose to the splitter
        assertThat(split("\"".repeat(SentenceSplitter.MAX_RUN_WITHOUT_SPACE), Settings.defaults())
                        .limitNote())
                .isNull();
    }

    @Test
    void binaryDataIsNotAnalysed() {
        SentenceSplitter.SplitArticle a =
                split("\u0000\u0001\u0002 PK\u0003\u0004 binary".repeat(20), Settings.defaults());
        assertThat(a.sentences()).isEmpty();
        assertThat(a.limitNote()).contains("binary data");
        assertThat(split("", Settings.defaults()).sentences()).isEmpty();
        assertThat(split("", Settings.defaults()).limitNote()).isNull();
    }

    @Test
    void aCancelledAnalysisStopsBetweenParagraphs() {
        assertThatThrownBy(() -> SPLITTER.split(Document.of("One.\n\nTwo."), Settings.defaults(), () -> true))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void theSentenceAndParagraphAroundAnOffsetAreFoundByBinarySearch() {
        List<SentenceDraft> drafts = split("First one here. Second one.\nThird paragraph.", Settings.defaults())
                .sentences();
        assertThat(drafts).hasSize(3);
        assertThat(SentenceIndex.atOrBefore(0, drafts)).isEqualTo(0);
        assertThat(SentenceIndex.atOrBefore(17, drafts)).isEqualTo(1);
        assertThat(SentenceIndex.atOrBefore(40, drafts)).isEqualTo(2);
        assertThat(SentenceIndex.paragraphOf(17, drafts)).isEqualTo(0);
        assertThat(SentenceIndex.paragraphOf(30, drafts)).isEqualTo(1);
        assertThat(SentenceIndex.paragraphOf(1000, drafts)).isEqualTo(-1);
    }

    @Test
    void namesInBylinesAndDatelinesAreTrustedButNotInHeadings() {
        List<SentenceDraft> drafts = split(
                        "Council Votes To Close The Old Bridge\nBy Tomas Varga\nThe council met.", Settings.defaults())
                .sentences();
        assertThat(drafts).extracting(SentenceDraft::trusted).containsExactly(false, true, true);
    }

    @Test
    void boilerplateIsJudgedPerSentenceAndRunsToTheEndOfItsParagraph() {
        check("""
                The plant in Veldt employs 400 people. Image via Stockhouse. All rights reserved, Veldt Daily.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ body
                                                       ^^^^^^^^^^^^^^^^^^^^^ boilerplate
                                                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ boilerplate""");
    }

    @Test
    void aCopyrightSignIsBoilerplateOnlyAsANoticeNotInsideAWordDecodedTwice() {
        // "protegÃ©s" is "protégés" decoded twice, common in scraped copy: story text, not a notice
        check("""
                He told his protegÃ©s that the plan would fail.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ body
                © 2016 Veldt Daily
                ^^^^^^^^^^^^^^^^^^ boilerplate
                Text and photos copyright © 2016 Veldt Daily.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ boilerplate""");
    }

    /**
     * An editor's splitter reuses what it decided for a paragraph with the same kind and characters in a
     * recent text; after every edit of a sequence (each paragraph's kind, reason, dateline and boilerplate
     * changed in turn, plain text and Markdown) it must split as a splitter that remembers nothing.
     */
    @Test
    void aRememberingSplitterSplitsEveryEditedVersionAsAFreshOne() {
        SentenceSplitter remembering = new SentenceSplitter(
                new org.newslint.nlp.CachingPipeline(OpenNlpPipeline.shared(), 64), Lexicons.shared(), true);
        String plain = """
                Veldt Plant To Close As Owners Sell Up
                By Ann Lee and Bo Park
                AARHUS, Denmark (Reuters) - The plant in Veldt employs 400 people. Officials said it would close.
                The plant in Veldt employs 400 people. Image via Stockhouse. All rights reserved, Veldt Daily.
                Read Next:
                The plant in Veldt employs 400 people.
                """ + "=".repeat(SentenceSplitter.MAX_RUN_WITHOUT_SPACE + 1) + " stays out.\n"
                + "=".repeat(600) + " comes in" + "=".repeat(600) + ".\n";
        String markdown = """
                # Veldt plant

                - The plant in Veldt employs 400 people.

                > The plant in Veldt employs 400 people.

                The plant in Veldt employs 400 people. Image via Stockhouse.
                """;
        String[][] edits = {
            {"To Close", "to close"}, // the heading becomes story text, and back
            {"to close", "To Close"},
            {"By Ann", "Bye Ann"}, // the byline stops being one
            {"(Reuters) -", "(Reuters)"}, // the dateline goes
            {"(Reuters)", "(Reuters) -"},
            {"Image via Stockhouse.", "Image via Stock house."}, // boilerplate no longer
            {"Read Next:", "Read next, then:"},
            {"Officials", "Two officials"},
            {"= comes in=", "=comesin="}, // two runs become one too long, and back
            {"=comesin=", "= comes in="},
            {"- The plant", "> The plant"}, // a list item becomes a block quote with the same characters
            {"> The plant", "- The plant"},
            {"# Veldt", "Veldt"},
        };
        for (String start : new String[] {plain, markdown}) {
            DocumentFormat format = start == plain ? DocumentFormat.PLAIN_TEXT : DocumentFormat.MARKDOWN;
            String text = start;
            for (int round = 0; round < 2; round++) {
                for (String[] edit : edits) {
                    if (!text.contains(edit[0])) {
                        continue;
                    }
                    text = round == 0
                            ? text.replace(edit[0], edit[1])
                            : "New first line.\n" + text.replace(edit[0], edit[1]);
                    Document doc = new Document("file:///t.txt", 1, text, format);
                    assertThat(remembering.split(doc, Settings.defaults(), () -> false))
                            .as(text)
                            .isEqualTo(SPLITTER.split(doc, Settings.defaults(), () -> false));
                }
            }
        }
    }
}
