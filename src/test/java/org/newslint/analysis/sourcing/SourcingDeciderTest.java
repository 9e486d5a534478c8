package org.newslint.analysis.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.testing.Fixtures;

/** The related information of a sourcing finding: the closest named attribution in the same paragraph. */
class SourcingDeciderTest {
    private static List<SentenceInfo> sentences(String text) {
        return Fixtures.analyzeByRules(text).sentences();
    }

    @Test
    void theClosestAttributedSentenceOfTheParagraphEarlierFirst() {
        List<SentenceInfo> s = sentences("Lars Holm said the mill lost money. The mill has 400 workers. "
                + "Ana Berg said it would close. The valley has 9,000 people.");
        assertThat(SourcingDecider.nearestAttribution(s, 1)).isEqualTo(0);
        assertThat(SourcingDecider.nearestAttribution(s, 3)).isEqualTo(2);
    }

    @Test
    void notAcrossParagraphsAndNotWithoutANamedSource() {
        List<SentenceInfo> s = sentences("Lars Holm said the mill lost money.\n\nThe mill has 400 workers.");
        assertThat(SourcingDecider.nearestAttribution(s, 1)).isEqualTo(-1);
        List<SentenceInfo> alone = sentences("The mill has 400 workers. The valley has 9,000 people.");
        assertThat(SourcingDecider.nearestAttribution(alone, 1)).isEqualTo(-1);
    }
}
