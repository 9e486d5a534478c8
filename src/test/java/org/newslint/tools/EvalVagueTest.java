package org.newslint.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The weasel CSV keeps Wikipedia's HTML escapes; the scorer must hand the rule the text a reader sees. */
class EvalVagueTest {
    @Test
    void htmlEscapesAreDecodedOnceAndAmpersandsLast() {
        assertThat(EvalVague.unescapeHtml("the &quot;garden of eden&quot; of radio &amp; TV"))
                .isEqualTo("the \"garden of eden\" of radio & TV");
        assertThat(EvalVague.unescapeHtml("&amp;quot;")).isEqualTo("&quot;");
        assertThat(EvalVague.unescapeHtml("no escapes")).isEqualTo("no escapes");
    }
}
