package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncrementalSearchTest {
    private static final String TEXT = "The Bridge over the river. The bridge carries cars. A bridge.";

    private static IncrementalSearch typed(IncrementalSearch s, String chars) {
        for (char c : chars.toCharArray()) {
            s.type(c);
        }
        return s;
    }

    @Test
    void lowerCaseIgnoresCaseAndPointGoesAfterTheMatch() {
        IncrementalSearch s = typed(new IncrementalSearch(TEXT, 0, true, ""), "bridge");
        assertThat(s.matchStart()).isEqualTo(TEXT.indexOf("Bridge"));
        assertThat(s.point()).isEqualTo(TEXT.indexOf("Bridge") + 6);
        assertThat(s.prompt()).isEqualTo("I-search: bridge");
        s.repeat(true);
        assertThat(s.matchStart()).isEqualTo(TEXT.indexOf("bridge"));
    }

    @Test
    void aCapitalLetterMakesTheSearchMatchCase() {
        IncrementalSearch s = typed(new IncrementalSearch(TEXT, 5, true, ""), "B");
        assertThat(s.failing()).as("no capital B after offset 5").isTrue();
        assertThat(s.prompt()).startsWith("Failing I-search: B");
    }

    @Test
    void failingThenRepeatingWrapsAround() {
        IncrementalSearch s = typed(new IncrementalSearch(TEXT, TEXT.indexOf("carries"), true, ""), "the");
        assertThat(s.failing()).isTrue();
        assertThat(s.point()).as("point stays where it was").isEqualTo(TEXT.indexOf("carries"));
        s.repeat(true);
        assertThat(s.failing()).isFalse();
        assertThat(s.matchStart()).isZero();
        assertThat(s.prompt()).isEqualTo("Wrapped I-search: the");
    }

    @Test
    void backwardSearchFindsTheMatchBeforePoint() {
        IncrementalSearch s = typed(new IncrementalSearch(TEXT, TEXT.length(), false, ""), "bridge");
        assertThat(s.matchStart()).isEqualTo(TEXT.lastIndexOf("bridge"));
        assertThat(s.point()).as("backward, point is at the start").isEqualTo(TEXT.lastIndexOf("bridge"));
        s.repeat(false);
        assertThat(s.matchStart()).isEqualTo(TEXT.indexOf("bridge"));
        assertThat(s.prompt()).isEqualTo("I-search backward: bridge");
    }

    @Test
    void delStepsBackAndCtrlGDropsTheFailingPart() {
        IncrementalSearch s = typed(new IncrementalSearch(TEXT, 0, true, ""), "rivxz");
        assertThat(s.failing()).isTrue();
        assertThat(s.dropFailing()).isTrue();
        assertThat(s.query()).isEqualTo("riv");
        assertThat(s.failing()).isFalse();
        s.backspace();
        assertThat(s.query()).isEqualTo("ri");
        assertThat(s.dropFailing()).as("nothing failing now: C-g would quit").isFalse();
    }

    @Test
    void anEmptySearchRepeatedReusesTheLastString() {
        IncrementalSearch s = new IncrementalSearch(TEXT, 0, true, "cars");
        s.repeat(true);
        assertThat(s.query()).isEqualTo("cars");
        assertThat(s.matchStart()).isEqualTo(TEXT.indexOf("cars"));
    }
}
