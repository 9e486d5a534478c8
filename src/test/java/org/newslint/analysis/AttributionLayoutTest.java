package org.newslint.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.testing.Fixtures.analyze;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attribution that comes from the page rather than the sentence: a paragraph introduced by "X added:". */
class AttributionLayoutTest {
    private static Map<String, String> attribution(String text) {
        ArticleAnalysis a = analyze(text);
        Map<String, String> out = new LinkedHashMap<>();
        for (SentenceInfo s : a.sentences()) {
            out.put(s.range().of(a.prose().text()).strip(), s.attributed() ? s.attributedBy() : "unattributed");
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
        assertThat(a.get("The session ends on Friday.")).as("only the paragraph right after the colon").isEqualTo("unattributed");
    }

    @Test
    void aColonWithoutASourceIntroducesNothing() {
        Map<String, String> a = attribution("""
                Here are the figures:

                The budget is broken beyond repair.
                """);
        assertThat(a.get("The budget is broken beyond repair.")).isEqualTo("unattributed");
    }
}
