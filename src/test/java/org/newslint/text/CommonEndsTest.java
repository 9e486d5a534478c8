package org.newslint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CommonEnds}: a stretch it places in the old text has exactly the new stretch's characters. */
class CommonEndsTest {
    @Test
    void everyStretchItPlacesHoldsTheSameCharactersAndTheEndsAreTheLongestThatDoNotOverlap() {
        Random random = new Random(16);
        for (int round = 0; round < 2000; round++) {
            String old = text(random, random.nextInt(40));
            String now = edit(random, old);
            CommonEnds c = CommonEnds.of(old, now);
            int max = Math.min(old.length(), now.length());
            assertThat(c.prefix() + c.suffix()).isLessThanOrEqualTo(max);
            assertThat(old.regionMatches(0, now, 0, c.prefix())).isTrue();
            assertThat(old.regionMatches(old.length() - c.suffix(), now, now.length() - c.suffix(), c.suffix()))
                    .isTrue();
            // the longest: one more character at either end differs or would overlap
            assertThat(c.prefix() == max || old.charAt(c.prefix()) != now.charAt(c.prefix()))
                    .isTrue();
            assertThat(c.prefix() + c.suffix() == max
                            || old.charAt(old.length() - 1 - c.suffix()) != now.charAt(now.length() - 1 - c.suffix()))
                    .isTrue();
            for (int start = 0; start <= now.length(); start++) {
                for (int end = start; end <= now.length(); end++) {
                    int at = c.oldStart(start, end);
                    if (at >= 0) {
                        assertThat(old.regionMatches(at, now, start, end - start))
                                .as("%s -> %s, %d..%d at %d", old, now, start, end, at)
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void anUntouchedStartOrEndIsPlacedAndTheEditedMiddleIsNot() {
        String old = "First paragraph.\nSecond one.\nThird.";
        String now = "First paragraph.\nSecond one, edited.\nThird.";
        CommonEnds c = CommonEnds.of(old, now);
        assertThat(c.oldStart(0, 16)).isZero();
        int third = now.indexOf("Third");
        assertThat(c.oldStart(third, now.length())).isEqualTo(old.indexOf("Third"));
        assertThat(c.oldStart(now.indexOf("Second"), now.indexOf(", edited"))).isEqualTo(old.indexOf("Second"));
        assertThat(c.oldStart(now.indexOf("Second"), third - 1)).isEqualTo(-1);
        assertThat(CommonEnds.NONE.oldStart(0, 0)).isZero();
        assertThat(CommonEnds.NONE.oldStart(0, 1)).isEqualTo(-1);
    }

    private static String text(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append("ab a\n".charAt(random.nextInt(5)));
        }
        return b.toString();
    }

    private static String edit(Random random, String old) {
        int from = random.nextInt(old.length() + 1);
        int to = from + random.nextInt(old.length() - from + 1);
        return old.substring(0, from) + text(random, random.nextInt(4)) + old.substring(to);
    }
}
