package org.newslint.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shortcuts grouping takes over names give what the plain computations give. */
class NameKeysTest {
    private static final List<String> NAMES = List.of(
            "Kim Jong Un",
            "AARHUS",
            "Aarhus",
            "U.S.",
            "Church of Scientology",
            "Bank of the West",
            "O’Brien",
            "Straße",
            "STRASSE",
            "ÉCOLE",
            "École",
            "İstanbul",
            "ISTANBUL",
            "ǅemal",
            "NASA",
            "X",
            "",
            "Trans-Pacific Partnership");

    @Test
    void remembersWhatItWorksOut() {
        NameKeys keys = new NameKeys();
        for (int round = 0; round < 2; round++) {
            for (String name : NAMES) {
                assertThat(keys.key(name)).isEqualTo(GroupIndexes.key(name));
                if (!name.isEmpty()) {
                    NameKeys.Parts parts = keys.parts(name);
                    assertThat(parts.initials()).isEqualTo(Acronyms.acronymOf(name));
                    assertThat(parts.lastWord()).isEqualTo(name.substring(name.lastIndexOf(' ') + 1));
                    assertThat(parts.partKeys()).hasSize(name.split(" ").length);
                }
            }
        }
        assertThat(keys.parts("Church of Scientology").afterOfKey()).isEqualTo("scientology");
        assertThat(keys.parts("Bank of the West").afterOfKey()).isEqualTo("west");
        assertThat(keys.parts("Kim Jong Un").firstWordKey()).isEqualTo("kim");
        assertThat(keys.parts("NASA").firstWordKey()).isNull();
    }

    @Test
    void capitalsAreTestedAsUpperCasingWould() {
        for (String name : NAMES) {
            assertThat(GroupIndexes.inCapitals(name)).as(name).isEqualTo(name.equals(name.toUpperCase(Locale.ROOT)));
        }
    }

    @Test
    void aWordOfASentenceAlwaysMatchesItsSignature() {
        List<String> words = List.of("Snow", "covered", "the", "hills", ".", "Lopez", "Berg", "LPA", "’s");
        long low = 0;
        long high = 0;
        for (String w : words) {
            low |= WordSignature.low(WordSignature.mix(w));
            high |= WordSignature.high(WordSignature.mix(w));
        }
        for (String w : words) {
            int h = WordSignature.mix(w);
            assertThat(low & WordSignature.low(h)).isNotZero();
            assertThat(high & WordSignature.high(h)).isNotZero();
        }
        int cleared = 0;
        for (int i = 0; i < 1000; i++) {
            int h = WordSignature.mix("word" + i);
            cleared += (low & WordSignature.low(h)) == 0 || (high & WordSignature.high(h)) == 0 ? 1 : 0;
        }
        assertThat(cleared)
                .as("most other words are cleared by the signature alone")
                .isGreaterThan(900);
    }
}
