package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.Token;
import org.newslint.testing.CaretFixture;

/**
 * The subject noun phrase before each verb-like word of a hand-tagged sentence, marked
 * {@code ^^^ before <verb>}: what the vague-subject and vague-reference families then judge.
 */
class NounPhrasesTest {
    private static final NounPhrases NOUN_PHRASES = new NounPhrases(new WeaselLexicon());

    private static void subjects(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<String> actual = new ArrayList<>();
        for (List<Token> toks : WeaselFixtures.tagged(f.text())) {
            for (int v = 0; v < toks.size(); v++) {
                int[] np = NounPhrases.verbLike(toks, v) ? NOUN_PHRASES.subjectBefore(toks, v) : null;
                if (np != null) {
                    actual.add(f.describe(
                            "before " + toks.get(v).text(),
                            toks.get(np[0]).start(),
                            toks.get(np[1]).end()));
                }
            }
        }
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    /** Auxiliaries and adverbs are skipped, so "have" and "argued" share their subject. */
    @Test
    void theSubjectBeforeAVerb() {
        subjects("""
                Critics/NOUN of/ADP the/DET plan/NOUN have/AUX:have long/ADV argued/VERB:argue that/SCONJ it/PRON fails/VERB:fail
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ before have
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ before argued
                the/DET harbour/NOUN 's/PART critics/NOUN say/VERB:say so/ADV
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ before say
                there/PRON are/AUX:be scholars/NOUN who/PRON believe/VERB:believe it/PRON
                                      ^^^^^^^^ before believe
                everybody/PRON and/CCONJ nobody/PRON knows/VERB:know
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ before knows
                what/PRON experts/NOUN claim/NOUN ,/PUNCT they/PRON do/VERB
                          ^^^^^^^ before claim
                and/CCONJ of/ADP experts/NOUN say/VERB:say
                                 ^^^^^^^ before say""");
    }

    /** A quantifier after "and" or a comma opens a new clause; "that" may precede a subject, "in" too. */
    @Test
    void whereThePhraseStarts() {
        subjects("""
                traditions/NOUN and/CCONJ some/DET suggest/VERB:suggest otherwise/ADV
                                          ^^^^ before suggest
                traditions/NOUN ,/PUNCT most/ADJ suggest/VERB:suggest otherwise/ADV
                                        ^^^^ before suggest
                so/SCONJ that/SCONJ experts/NOUN agree/VERB:agree
                                    ^^^^^^^ before agree
                in/ADP some/DET cases/NOUN each/DET skipper/NOUN agrees/VERB:agree
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ before agrees
                on/ADP many/ADJ days/NOUN each/DET skipper/NOUN agrees/VERB:agree""");
    }

    @Test
    void noSubjectForPassivesInfinitivesParticiplesOrThinkingAbout() {
        subjects("""
                the/DET plan/NOUN was/AUX:be never/ADV regarded/VERB:regard as/ADP safe/ADJ
                they/PRON hope/VERB:hope to/PART agree/VERB:agree
                others/NOUN are/AUX:be thinking/VERB:think about/ADP her/PRON
                many/ADJ people/NOUN asking/VERB:ask""");
    }

    @Test
    void verbLikeWordsAndHeads() {
        List<Token> toks = WeaselFixtures.tagged(
                        "Legend/NOUN claims/NOUN that/SCONJ critics/NOUN of/ADP it/PRON ,/PUNCT say/NOUN ;/PUNCT claims/NOUN ./PUNCT")
                .get(0);
        List<Integer> verbLike = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            if (NounPhrases.verbLike(toks, i)) {
                verbLike.add(i);
            }
        }
        assertThat(verbLike).containsExactly(1, 7);
        assertThat(NounPhrases.headIndex(toks, 3, 5)).isEqualTo(3);
        assertThat(NounPhrases.headIndex(toks, 0, 1)).isEqualTo(1);
        assertThat(NounPhrases.text(toks, 3, 5)).isEqualTo("critics of it");
        assertThat(List.of("some", "many", "most", "others", "Some", "several", "few"))
                .filteredOn(NounPhrases::isQuantifierWord)
                .containsExactly("some", "many", "most", "others");
    }
}
