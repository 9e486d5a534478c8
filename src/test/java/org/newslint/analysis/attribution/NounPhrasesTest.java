package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.testing.CaretFixture;

/**
 * The noun-phrase walks sources are made of. A one-caret {@code ^ from} mark is where a walk starts
 * (the last word for a walk left, the first for a walk right); {@code ^^^ np} is the phrase it finds.
 * Sentence subjects are marked {@code ^^^ subject}. "= Entity" follows when the phrase resolves.
 */
class NounPhrasesTest {
    private static void checkLeft(String annotated) {
        check(annotated, (stage, toks) -> (i -> stage.attributor.leftNounPhrase(toks, i)));
    }

    private static void checkRight(String annotated) {
        check(annotated, (stage, toks) -> (i -> stage.attributor.rightNounPhrase(toks, i)));
    }

    private static void check(
            String annotated, BiFunction<AttributionStage, List<Token>, java.util.function.IntFunction<Source>> walk) {
        AttributionStage stage = AttributionStage.of(annotated);
        List<String> actual = new ArrayList<>();
        for (CaretFixture.Mark from : stage.fixture.marks()) {
            if (!from.label().equals("from")) {
                continue;
            }
            List<Token> toks = stage.tokens(stage.sentenceAt(from.start()));
            Source np = walk.apply(stage, toks).apply(stage.tokenAt(toks, from.start()));
            if (np != null) {
                actual.add(stage.describe("np", np));
            }
        }
        assertThat(actual)
                .containsExactlyInAnyOrderElementsOf(stage.fixture.expected().stream()
                        .filter(m -> !m.startsWith("from "))
                        .toList());
    }

    private static void checkSubjects(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        List<String> actual = new ArrayList<>();
        for (int si = 0; si < stage.drafts.size(); si++) {
            List<Token> toks = stage.tokens(si);
            Source subject = stage.attributor.sentenceSubject(toks, toks.size());
            if (subject != null) {
                actual.add(stage.describe("subject", subject));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(stage.fixture.expected());
    }

    /** Nouns, adjectives, prepositional phrases and one determiner join the phrase; a day before it does not. */
    @Test
    void aWalkLeftTakesModifiersPrepositionalPhrasesAndOneDeterminer() {
        checkLeft("""
                A spokesperson for the Lyndale Water Agency said the reservoir was low.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ np
                                                     ^ from""");
        checkLeft("""
                On Monday North Korean officials praised the vote.
                          ^^^^^^^^^^^^^^^^^^^^^^ np
                                       ^ from""");
        checkLeft("""
                The vote was praised by Maria Jensen and Tomas Varga.
                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ np = Tomas Varga
                                                               ^ from""");
    }

    /** "him", "them", "me", "us" are objects, never the one speaking; a verb ends no noun phrase. */
    @Test
    void aWalkLeftFindsNothingFromAnObjectPronounOrAVerb() {
        checkLeft("""
                The mayor told him the dam was safe.
                               ^ from
                          ^ from""");
        checkLeft("""
                Maria Jensen told them the dam was safe, and she left.
                                  ^ from
                                                             ^^^ np = Maria Jensen
                                                             ^ from""");
    }

    @Test
    void aWalkRightStopsAtTheFirstDeterminerAfterANoun() {
        checkRight("""
                The reservoir is low, said a spokesperson for the agency.
                                           ^^^^^^^^^^^^^^ np
                                           ^ from""");
        checkRight("""
                The reservoir is low, said the head of water supply in Lyndale.
                                           ^^^^^^^^^^^^^^^^^^^^^^^^ np
                                           ^ from""");
        checkRight("""
                The reservoir is low, said Governor Lukas Ebner on Monday.
                                           ^^^^^^^^^^^^^^^^^^^^ np = Lukas Ebner
                                           ^ from""");
    }

    /** "added his campaign manager Piet Vos": a possessive opens the phrase, it is not the one speaking. */
    @Test
    void aWalkRightOverAPossessive() {
        checkRight("""
                “We have a path to victory,” added his campaign manager Piet Vos.
                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ np = Piet Vos
                                                   ^ from""");
        checkRight("""
                The reservoir is low, said her lawyer, Ana Berg.
                                           ^^^^^^^^^^ np
                                           ^ from""");
    }

    @Test
    void aWalkRightFromAPronounIsThePronoun() {
        checkRight("""
                Maria Jensen arrived. Later she left.
                                            ^^^ np = Maria Jensen
                                            ^ from""");
        checkRight("""
                The reservoir is low, said quickly.
                                           ^ from""");
    }

    @Test
    void theSubjectIsThatOfTheFirstFiniteVerb() {
        checkSubjects("""
                The plan is too expensive, said Maria Jensen, the city treasurer.
                ^^^^^^^^ subject
                Her deputy, Jonas Pichler, said the budget was balanced.
                            ^^^^^^^^^^^^^ subject = Jonas Pichler
                Berg's promise of a new bridge was broken.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ subject = Berg""");
    }

    /** A relative clause's verb has no subject of its own here: the subject is that of the verb after it. */
    @Test
    void aRelativeClausesVerbIsPassedOver() {
        checkSubjects("""
                Maria Jensen, who led the council for ten years, told reporters the dam was safe.
                ^^^^^^^^^^^^ subject = Maria Jensen""");
    }

    /** No subject before an opening participle, or a quotation. */
    @Test
    void someSentencesHaveNoSubjectToFind() {
        checkSubjects("""
                Asked about the dam, the mayor said it would hold.
                “We cannot afford it,” said Maria Jensen.""");
    }
}
