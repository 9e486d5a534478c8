package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Spaces#split} is {@code String.split("\\s+")}, element for element. */
class SpacesTest {
    @Test
    void splitsAsTheRegularExpressionDoes() {
        String[] fixed = {
            "",
            " ",
            "   ",
            "a",
            " a",
            "a ",
            "  a  b  ",
            "a\tb\nc",
            "a\u000Bb\fc\rd",
            "a\u00A0b",
            "a\u2003b",
            "\u001Ca b",
            "“Shark Tank”",
            "the wire  service ",
            "\n\nx"
        };
        for (String s : fixed) {
            assertThat(Spaces.split(s)).as("[%s]", s).containsExactly(s.split("\\s+"));
            assertThat(Spaces.any(s)).as("[%s]", s).isEqualTo(s.split("\\s+", -1).length > 1);
        }
        char[] alphabet = {
            'a', 'B', '1', ',', '.', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u001C'
        };
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            assertThat(Spaces.split(s)).as("[%s]", s).containsExactly(s.split("\\s+"));
        }
    }

    @Test
    void theFirstWordIsTheFirstElementOfTheRegularExpressionsSplit() {
        char[] alphabet = {'a', 'B', '1', ',', '.', ' ', '\t', '\n', '\u00A0', '\u000B'};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(10);
            for (int i = 0; i < length; i++) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            String[] split = s.split("[\\s,]+");
            if (split.length == 0) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> Spaces.firstBeforeSpaceOrComma(s))
                        .isInstanceOf(ArrayIndexOutOfBoundsException.class);
            } else {
                assertThat(Spaces.firstBeforeSpaceOrComma(s)).as("[%s]", s).isEqualTo(split[0]);
            }
        }
    }
}
