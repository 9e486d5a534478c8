package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link StatementSpans#commaBefore} answers what copying, stripping and testing the text before would. */
class CommaBeforeTest {
    @Test
    void agreesWithStrippingTheTextBefore() {
        char[] alphabet = {
            ',', ' ', '\t', '\n', '\u2003', '\u00a0', '\u3000', 'a', '.', '"', '\ud83d', '\ude00', '\u2028'
        };
        Random random = new Random(11);
        int commas = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            for (int at = 0; at <= text.length(); at++) {
                boolean expected = text.substring(0, at).stripTrailing().endsWith(",");
                assertThat(StatementSpans.commaBefore(text, at))
                        .as("%s at %d", text, at)
                        .isEqualTo(expected);
                commas += expected ? 1 : 0;
            }
        }
        assertThat(commas).isGreaterThan(1000);
    }
}
