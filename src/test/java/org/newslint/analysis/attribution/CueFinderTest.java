package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Attribution cues and the source each belongs to, marked under the text as {@code ^^^ cue LEMMA}
 * and {@code ^^^ source of LEMMA = Entity} (no "= Entity" when the source resolves to none).
 */
class CueFinderTest {
    private static void check(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        assertThat(stage.cueMarks()).containsExactlyInAnyOrderElementsOf(stage.fixture.expected());
    }

    private static void checkStance(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        assertThat(stage.stanceMarks()).containsExactlyInAnyOrderElementsOf(stage.fixture.expected());
    }

    @Test
    void theSubjectOfAReportingVerbIsItsSource() {
        check("""
                Maria Jensen said the plan would cost $2 million.
                ^^^^^^^^^^^^ source of say = Maria Jensen
                             ^^^^ cue say""");
        check("""
                Former city treasurer Maria Jensen said the books were balanced.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ source of say = Maria Jensen
                                                   ^^^^ cue say""");
        check("""
                A spokesperson for the Lyndale Water Agency said the reservoir was low.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ source of say
                                                            ^^^^ cue say""");
    }

    @Test
    void aVerbAfterACommaOrAQuotationTakesTheNameAfterIt() {
        check("""
                The plan is too expensive, said Maria Jensen, the city treasurer.
                                           ^^^^ cue say
                                                ^^^^^^^^^^^^ source of say = Maria Jensen""");
        check("""
                “We cannot afford it,” said Maria Jensen.
                                       ^^^^ cue say
                                            ^^^^^^^^^^^^ source of say = Maria Jensen""");
        check("""
                “We cannot afford it,” Maria Jensen said.
                                       ^^^^^^^^^^^^ source of say = Maria Jensen
                                                    ^^^^ cue say""");
    }

    /** The quoted "said" is the speaker's word, not the writer's attribution. */
    @Test
    void cuesInsideQuotationsAreTheSpeakers() {
        check("""
                “They said it would hold,” Jensen said.
                                           ^^^^^^ source of say = Jensen
                                                  ^^^^ cue say""");
    }

    @Test
    void appositivesAndRelativeClausesAreSkippedBackToTheName() {
        check("""
                Tomas Varga, who chaired the committee for ten years, said the vote was rushed.
                ^^^^^^^^^^^ source of say = Tomas Varga
                                                                      ^^^^ cue say""");
        check("""
                Her deputy, Jonas Pichler, said the budget was balanced.
                            ^^^^^^^^^^^^^ source of say = Jonas Pichler
                                           ^^^^ cue say""");
        check("""
                Tomas Varga, the head of the Lyndale Water Agency, said the dam was safe.
                ^^^^^^^^^^^ source of say = Tomas Varga
                                                                   ^^^^ cue say""");
        check("""
                Senator Ruth Okafor, D-Ore., said the bill would pass.
                ^^^^^^^^^^^^^^^^^^^ source of say = Ruth Okafor
                                             ^^^^ cue say""");
        check("""
                The International Dam Federation (IDF) said the dam was unsafe.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ source of say = International Dam Federation
                                                       ^^^^ cue say""");
    }

    @Test
    void anInsertedAttributionHasTheSubjectBetweenTheCommas() {
        check("""
                The council, the mayor said, would vote on Friday.
                             ^^^^^^^^^ source of say
                                       ^^^^ cue say""");
        check("""
                The dam, residents say, is unsafe.
                         ^^^^^^^^^ source of say
                                   ^^^ cue say""");
    }

    /** Coordinated names make one source; it resolves to the head, the last name. */
    @Test
    void coordinatedNamesAreOneSource() {
        check("""
                Maria Jensen and Tomas Varga said the dam was safe.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ source of say = Tomas Varga
                                             ^^^^ cue say""");
    }

    @Test
    void accordingToTakesTheNounPhraseAfterIt() {
        check("""
                According to the Lyndale Water Authority, the reservoir is half empty.
                ^^^^^^^^^^^^ cue accord to
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^ source of accord to = Lyndale Water Authority""");
        check("""
                According to officials, the reservoir is half empty.
                ^^^^^^^^^^^^ cue accord to
                             ^^^^^^^^^ source of accord to""");
    }

    /**
     * A phrase opening with a preposition takes the sentence subject, so "in the words of Maria Jensen"
     * and "as reported by the Gazette" do not find the name after them (current behaviour).
     */
    @Test
    void aPrepositionalPhraseCueTakesTheSentenceSubject() {
        check("""
                In a statement, the Lyndale Water Agency warned that the reservoir was low.
                ^^^^^^^^^^^^^^ cue in a statement, no source
                                ^^^^^^^^^^^^^^^^^^^^^^^^ source of warn = Lyndale Water Agency
                                                         ^^^^^^ cue warn""");
        check("""
                The plan, in the words of Maria Jensen, is dead.
                          ^^^^^^^^^^^^^^^ cue in the words of, no source""");
    }

    @Test
    void aPassiveTakesItsAgentOrNoSource() {
        check("""
                Residents were told by the mayor that the water was safe.
                               ^^^^ cue tell
                                       ^^^^^^^^^ source of tell""");
        check("""
                The mayor is said by aides to favor the plan.
                             ^^^^ cue say
                                     ^^^^^ source of say""");
        check("""
                Residents were told that the water was safe.
                               ^^^^ cue tell, no source""");
        check("""
                It is believed that the mill will close in spring.
                      ^^^^^^^^ cue believe, no source""");
    }

    /** The walk right stops at a determiner, so "for the agency" is left out of the agent. */
    @Test
    void anAgentIsTheNounPhraseAfterBy() {
        check("""
                The report was written by a spokesperson for the agency.
                               ^^^^^^^ cue write
                                          ^^^^^^^^^^^^^^ source of write""");
    }

    @Test
    void participlesTakeTheNounBeforeThemOrTheSentenceSubject() {
        check("""
                Maria Jensen spoke to reporters, asserting that the plan was dead.
                ^^^^^^^^^^^^ source of speak to reporters = Maria Jensen
                ^^^^^^^^^^^^ source of assert = Maria Jensen
                             ^^^^^^^^^^^^^^^^^^ cue speak to reporters
                                                 ^^^^^^^^^ cue assert""");
        check("""
                The plan passed, with local officials praising the vote.
                                      ^^^^^^^^^^^^^^^ source of praise
                                                      ^^^^^^^^ cue praise""");
        check("""
                Maria Jensen was saying that the dam was safe.
                ^^^^^^^^^^^^ source of say = Maria Jensen
                                 ^^^^^^ cue say""");
    }

    @Test
    void coordinatedVerbsShareTheirSubject() {
        check("""
                Maria Jensen spoke about the dam and suggested that it be closed.
                ^^^^^^^^^^^^ source of suggest = Maria Jensen
                                                     ^^^^^^^^^ cue suggest""");
        check("""
                Maria Jensen said, and Tomas Varga agreed, that the dam was safe.
                ^^^^^^^^^^^^ source of say = Maria Jensen
                             ^^^^ cue say
                                       ^^^^^^^^^^^ source of agree = Tomas Varga
                                                   ^^^^^^ cue agree""");
    }

    @Test
    void aPublicationClosingTheSentenceIsTheSource() {
        check("""
                The dam is unsafe, the Lyndale Gazette reports.
                                   ^^^^^^^^^^^^^^^^^^^ source of report = Lyndale Gazette
                                                       ^^^^^^^ cue report""");
    }

    /** "Jensen asserts that": tagged a noun, but a "that" after it makes it the verb. */
    @Test
    void aReportingVerbTaggedAsANounCountsBeforeThat() {
        check("""
                Jensen asserts that the dam is unsafe.
                ^^^^^^ source of assert = Jensen
                       ^^^^^^^ cue assert""");
    }

    @Test
    void findingVerbsCueDocumentsAndNamedSourcesOnly() {
        check("""
                The survey found that most residents oppose the dam.
                ^^^^^^^^^^ source of find
                           ^^^^^ cue find""");
        check("""
                The Lyndale Gazette found that the dam leaked.
                ^^^^^^^^^^^^^^^^^^^ source of find = Lyndale Gazette
                                    ^^^^^ cue find""");
        check("""
                The poll showed a lead for the mayor.
                ^^^^^^^^ source of show
                         ^^^^^^ cue show""");
        check("""
                The engineers found that the dam leaked.""");
    }

    @Test
    void refusalsAndInfinitivesAreNotStatements() {
        check("""
                The council declined to comment.
                ^^^^^^^^^^^ source of decline to comment
                            ^^^^^^^^^^^^^^^^^^^ cue decline to comment""");
        check("""
                The mayor wanted to say more.""");
    }

    /** An unsourced cue is still a cue: "Asked" names no one before it. */
    @Test
    void aCueWithNoSubjectHasNoSource() {
        check("""
                Asked about the dam, the mayor said it would hold.
                ^^^^^ cue ask, no source
                                     ^^^^^^^^^ source of say
                                               ^^^^ cue say""");
        check("""
                The man who said it was gone.
                            ^^^^ cue say, no source""");
    }

    @Test
    void aStanceIsTheMainVerbsWithASource() {
        checkStance("""
                Maria Jensen opposed the plan.
                ^^^^^^^^^^^^ source of oppose = Maria Jensen
                             ^^^^^^^ stance oppose""");
        checkStance("""
                The mayor wanted to say more.
                ^^^^^^^^^ source of want
                          ^^^^^^ stance want""");
        checkStance("""
                The council declined to comment.
                ^^^^^^^^^^^ source of decline
                            ^^^^^^^^ stance decline""");
    }

    @Test
    void noStanceInAPassiveOrAfterTheMainVerbOrForAReportingVerb() {
        checkStance("""
                The plan was opposed.""");
        checkStance("""
                The water level fell because residents doubt the warnings.""");
        checkStance("""
                Maria Jensen vowed to rebuild the bridge.""");
    }

    /** What {@code stanceCues} leaves to the writer, {@code cues} still reads as a reporting verb. */
    @Test
    void aReportingVerbInACauseIsStillACue() {
        check("""
                The water level fell because residents doubt the warnings.
                                             ^^^^^^^^^ source of doubt
                                                       ^^^^^ cue doubt""");
    }
}
