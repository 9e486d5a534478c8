package org.newslint.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.testing.Fixtures.analyze;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.sentences.ParagraphClassifier;

/** Attribution that comes from the page rather than the sentence: a paragraph introduced by "X added:". */
class AttributionLayoutTest {
    private static Map<String, String> attribution(String text) {
        ArticleAnalysis a = analyze(text);
        Map<String, String> out = new LinkedHashMap<>();
        for (SentenceInfo s : a.sentences()) {
            out.put(
                    s.range().of(a.prose().text()).strip(),
                    s.attributed() ? s.attributedBy().label() : "unattributed");
        }
        return out;
    }

    @Test
    void aParagraphIntroducedByAnAttributedColonIsAttributed() {
        Map<String, String> a = attribution("""
                The governor spoke to reporters on Monday and added:

                The budget is broken beyond repair. Nobody in the capital has read it.

                The session ends on Friday.
                """);
        assertThat(a.get("The budget is broken beyond repair.")).isEqualTo("introduced by a colon");
        assertThat(a.get("Nobody in the capital has read it.")).isEqualTo("introduced by a colon");
        assertThat(a.get("The session ends on Friday."))
                .as("only the paragraph right after the colon")
                .isEqualTo("unattributed");
    }

    @Test
    void aColonWithoutASourceIntroducesNothing() {
        Map<String, String> a = attribution("""
                Here are the figures:

                The budget is broken beyond repair.
                """);
        assertThat(a.get("The budget is broken beyond repair.")).isEqualTo("unattributed");
    }

    /** The prose text the map is keyed by has curly single marks as straight ones. */
    private static String plain(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'');
    }

    @Test
    void aHeadlineQuotationInSingleMarksAttributesTheHeadline() {
        Map<String, String> a = attribution("""
                Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.

                Pence Won’t Be at the Debate, Aides Say Trump’s Plan Is Final.

                The governor’s ‘plan’ was published on Monday.
                """);
        assertThat(a)
                .containsKeys(
                        plain("Pence Won’t Be at the Debate, Aides Say Trump’s Plan Is Final."),
                        plain("The governor’s ‘plan’ was published on Monday."));
        assertThat(a.get(plain("Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.")))
                .isEqualTo("headline quotation");
        assertThat(a.get(plain("Pence Won’t Be at the Debate, Aides Say Trump’s Plan Is Final.")))
                .as("apostrophes are not quotation marks")
                .isNotEqualTo("headline quotation");
        assertThat(a.get(plain("The governor’s ‘plan’ was published on Monday.")))
                .as("story text, not a headline")
                .isNotEqualTo("headline quotation");
    }

    @Test
    void titleCaseMarksAHeadlineWhateverItsLastMark() {
        assertThat(ParagraphClassifier.isTitleCase("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’"))
                .isTrue();
        assertThat(ParagraphClassifier.isTitleCase(
                        "Politifact: Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago this Year."))
                .isTrue();
        assertThat(ParagraphClassifier.isTitleCase("Former President Donald Trump spoke on Monday."))
                .isFalse();
        assertThat(ParagraphClassifier.isTitleCase("She got it from the United States Congress."))
                .isFalse();
        assertThat(ParagraphClassifier.isTitleCase("Trump Tower."))
                .as("too short to tell")
                .isFalse();
    }
}
