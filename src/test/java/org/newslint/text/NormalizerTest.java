package org.newslint.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    /** The text version skips printable ASCII; it must still give, for every character, what the character version gives. */
    @Test
    void everyCharacterInATextIsNormalisedAsOnItsOwn() {
        StringBuilder all = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            all.append((char) c);
            expected.append(Normalizer.normalize((char) c));
        }
        assertThat(Normalizer.normalize(all)).isEqualTo(expected.toString());
        assertThat(Normalizer.normalize("It\u2019s \u201Cfine\u201D`\t")).isEqualTo("It's \"fine\"' ");
    }
}
