package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.Token;
import org.newslint.testing.CaretFixture;

/**
 * Whether a whole hand-tagged line, read as one noun phrase, names a vague group: marked
 * {@code ^^^ group} with the words the message would name, unmarked when it is counted,
 * determined, named or not a group of people.
 */
class VagueGroupsTest {
    private static final VagueGroups GROUPS = new VagueGroups(new WeaselLexicon());

    private static void groups(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<String> actual = new ArrayList<>();
        for (List<Token> toks : WeaselFixtures.tagged(f.text())) {
            String group = GROUPS.vagueGroup(toks, 0, toks.size() - 1);
            if (group != null) {
                actual.add(f.describe(
                        group, toks.get(0).start(), toks.get(toks.size() - 1).end()));
            }
        }
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    /** A bare quantifier is named as written; with a noun the whole phrase is. Bare "other" is no group. */
    @Test
    void quantifiers() {
        groups("""
                some/DET
                ^^^^ some
                Some/DET
                ^^^^ Some
                other/ADJ
                others/NOUN
                ^^^^^^ others
                a/DET few/ADJ
                ^^^^^^^^^ a few
                a/DET number/NOUN of/ADP residents/NOUN
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ a number of residents
                the/DET majority/NOUN of/ADP experts/NOUN
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ the majority of experts
                many/ADJ critics/NOUN of/ADP Oda/PROPN
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ many critics of Oda""");
    }

    @Test
    void countsAnaphorsTimesAndRunTogetherPhrases() {
        groups("""
                some/DET 40/NUM people/NOUN
                many/ADJ of/ADP the/DET 300/NUM passengers/NOUN
                most/ADJ of/ADP them/PRON
                some/DET dozen/NOUN fishers/NOUN
                several/ADJ times/NOUN
                some/DET cases/NOUN each/DET skipper/NOUN
                many/ADJ people/NOUN Oda/PROPN""");
    }

    /**
     * A group noun alone is named by its head; "the" and "these" point back, a possessive does not.
     * "everybody" is listed as a group but, tagged a pronoun, reads as determined.
     */
    @Test
    void groupNouns() {
        groups("""
                experts/NOUN
                ^^^^^^^ experts
                critics/NOUN of/ADP the/DET plan/NOUN
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ critics
                local/ADJ critics/NOUN
                ^^^^^^^^^^^^^^^^^ critics
                his/PRON critics/NOUN
                ^^^^^^^^^^^^^^^^ critics
                their/DET critics/NOUN
                ^^^^^^^^^^^^^^^^^ critics
                Tovik/PROPN 's/PART critics/NOUN
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ critics
                the/DET critics/NOUN
                these/DET experts/NOUN
                Tovik/PROPN critics/NOUN
                fishermen/NOUN
                residents/NOUN
                everybody/PRON""");
    }

    @Test
    void quantifierEndsTakeTheLongestEntry() {
        List<Token> toks =
                WeaselFixtures.tagged("a/DET number/NOUN of/ADP residents/NOUN").get(0);
        assertThat(GROUPS.quantifierEnd(toks, 0, 3)).isEqualTo(3);
        assertThat(GROUPS.quantifierEnd(toks, 0, 1)).isEqualTo(0); // "a number" alone is no quantifier
        assertThat(GROUPS.quantifierEnd(toks, 3, 3)).isEqualTo(3);
    }

    /** A naming word with a capitalised proper noun within four words, anywhere in the sentence. */
    @Test
    void namingAMember() {
        String[] named = {
            "Critics/NOUN ,/PUNCT including/VERB Senator/PROPN Jane/PROPN Doe/PROPN ,/PUNCT say/VERB",
            "Critics/NOUN say/VERB ,/PUNCT among/ADP them/PRON Oda/PROPN",
            "Critics/NOUN led/VERB by/ADP the/DET mayor/NOUN Oda/PROPN say/VERB",
        };
        String[] unnamed = {
            "Critics/NOUN ,/PUNCT including/VERB the/DET local/ADJ mayor/NOUN ,/PUNCT say/VERB",
            "Critics/NOUN ,/PUNCT including/VERB oda/PROPN ,/PUNCT say/VERB",
            "Critics/NOUN led/VERB by/ADP the/DET new/ADJ harbour/NOUN mayor/NOUN Oda/PROPN say/VERB",
            "Critics/NOUN such/ADJ as/ADP Oda/NOUN say/VERB",
        };
        for (String s : named) {
            assertThat(VagueGroups.namesAMember(WeaselFixtures.tagged(s).get(0), 0))
                    .as(s)
                    .isTrue();
        }
        for (String s : unnamed) {
            assertThat(VagueGroups.namesAMember(WeaselFixtures.tagged(s).get(0), 0))
                    .as(s)
                    .isFalse();
        }
    }
}
