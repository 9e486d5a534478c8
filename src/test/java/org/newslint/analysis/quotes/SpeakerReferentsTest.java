package org.newslint.analysis.quotes;

import org.junit.jupiter.api.Test;

/**
 * Who a quotation's speaker is when the words before the cue are not a name: a time or a place
 * is never the speaker, an outlet called "the newspaper" is the outlet named before, and "he said"
 * opening a paragraph is the person last speaking or acting in the text before it. Marked as in
 * {@link SpeakersTest}: {@code ^^^ quote CLUE} and {@code ^^^ speaker → NAME}.
 */
class SpeakerReferentsTest {
    /** A time between a name and its verb is not the speaker: "Senator Mara Quill on Saturday". */
    @Test
    void aTimeIsNeverTheSpeaker() {
        SpeakersTest.check("""
                Senator Mara Quill on Saturday criticized the budget, saying it went “nowhere near far enough.”
                ^^^^^^^^^^^^^^^^^^ speaker → Mara Quill
                                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue""");
        SpeakersTest.check("""
                Asked Tuesday about the dam, Mara Quill said she knew nothing. “I have never seen the plans.”
                                             ^^^^^^^^^^ speaker → Mara Quill
                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote previous sentence""");
        SpeakersTest.check("""
                “We will rebuild,” a few minutes later the mayor said.
                ^^^^^^^^^^^^^^^^^^ quote cue
                                                       ^^^^^^^^^ speaker → the mayor
                In Lyndale, “it was chaos,” said Officer Ray Dunn.
                            ^^^^^^^^^^^^^^^ quote cue
                                                 ^^^^^^^^^^^^^^^^ speaker → Ray Dunn""");
    }

    /** A time between the quotation and an inverted "said Mayor Ana Berg" does not hide the speaker after the verb. */
    @Test
    void aTimeBeforeAnInvertedCue() {
        SpeakersTest.check("""
                “We will rebuild,” two hours later said Mayor Ana Berg.
                ^^^^^^^^^^^^^^^^^^ quote cue
                                                        ^^^^^^^^^^^^^^ speaker → Ana Berg""");
    }

    /** A place in an appositive, or a place that denies, gives way to the person who spoke. */
    @Test
    void aPlaceGivesWayToThePersonWhoSpoke() {
        SpeakersTest.check("""
                Cory Vance, 22, of Lyndale, Ohio, said he had not given up hope of a “surprise.”
                ^^^^^^^^^^ speaker → Cory Vance
                                                                                     ^^^^^^^^^^^ quote cue""");
        SpeakersTest.check("""
                The vote was held in Lyndale on Sunday. Researchers believe it was rigged, but Lyndale strongly denies it, “why would anyone lie?” asked Ray Dunn, a consultant.
                                                                                                                           ^^^^^^^^^^^^^^^^^^^^^^^ quote next sentence
                                                                                                                                                         ^^^^^^^^ speaker → Ray Dunn""");
        SpeakersTest.check("""
                The vote was held in Lyndale on Sunday. Lyndale denied the report, Mayor Ana Berg said. “We never saw the letter.”
                                                                                   ^^^^^^^^^^^^^^ speaker → Ana Berg
                                                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^ quote previous sentence""");
    }

    /** A fragment belongs to the nearest subject before it that can speak, not to a place opening the sentence. */
    @Test
    void aFragmentBelongsToTheNearestSubjectThatCanSpeak() {
        SpeakersTest.check("""
                Lyndale sought the games in the hope of shedding what Mayor Ana Berg called “a perception problem.”
                                                                      ^^^^^^^^^^^^^^ speaker → Ana Berg
                                                                                            ^^^^^^^^^^^^^^^^^^^^^^^ quote subject""");
    }

    /** “…?” asked Ray Dunn: the question mark ends the sentence, the speaker follows the verb. */
    @Test
    void anInvertedCueAfterAQuestion() {
        SpeakersTest.check("""
                “Why not raise it now?” asked Ray Dunn, a consultant.
                ^^^^^^^^^^^^^^^^^^^^^^^ quote next sentence
                                              ^^^^^^^^ speaker → Ray Dunn""");
    }

    /** "the newspaper", "the daily", "the paper" are the outlet named before, else the phrase itself. */
    @Test
    void anOutletReferredToByWhatItIs() {
        SpeakersTest.check("""
                The Lyndale Courier published the audit on Monday.

                Water bills rose by a third, “far faster than wages,” the newspaper reported.
                                             ^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                                                      ^^^^^^^^^^^^^ speaker → Lyndale Courier""");
        SpeakersTest.check("""
                The Lyndale Courier reported that the Harbor Authority had closed the pier.

                The plan was “a disaster for families,” the daily wrote in an editorial.
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                                        ^^^^^^^^^ speaker → Lyndale Courier""");
        SpeakersTest.check("""
                The Harbor Gazette said the plan was late. The paper called it “a mess.”
                                                           ^^^^^^^^^ speaker → Harbor Gazette
                                                                               ^^^^^^^^^ quote subject""");
        SpeakersTest.check("""
                Rates will double next year, “and soon,” the network reported.
                                             ^^^^^^^^^^^ quote cue
                                                         ^^^^^^^^^^^ speaker → the network""");
    }

    /** "she said" opening a paragraph is the last speaker, not a person she mentioned. */
    @Test
    void aPronounIsTheLastSpeakerNotAPersonMentioned() {
        SpeakersTest.check("""
                “Anybody who crosses him pays for it,” said Vera Lindqvist, who has known Tomas Brandt since 1985.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                                            ^^^^^^^^^^^^^^ speaker → Vera Lindqvist

                “Tomas is very thin-skinned,” she said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                              ^^^ speaker → Vera Lindqvist""");
        SpeakersTest.check("""
                Paul Roy, the party chairman, spoke on Monday. Roy said the candidate was no Piet Vos or Jan Smit.

                “We hope our nominee aspires to that,” he said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                                       ^^ speaker → Paul Roy""");
    }

    /** "“…,” she continued." opening a paragraph: a clause after the quotation with no reporting verb still names who spoke. */
    @Test
    void aPronounAfterTheQuotationWithAVerbOfContinuing() {
        SpeakersTest.check("""
                “Nobody will pay for such a wall,” Mayor Ana Berg told reporters on Saturday.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                                   ^^^^^^^^^^^^^^ speaker → Ana Berg

                But the mayor did not stop there.

                “The first loser of such a policy would be the town,” she continued.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote introducer
                                                                      ^^^ speaker → Ana Berg""");
        SpeakersTest.check("""
                “Nobody will pay for such a wall,” Mayor Ana Berg told reporters on Saturday.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                                   ^^^^^^^^^^^^^^ speaker → Ana Berg

                But the mayor did not stop there.

                “Honestly,” she continued, “the town would lose first.”
                ^^^^^^^^^^^ quote introducer
                            ^^^ speaker → Ana Berg
                            ^^^ speaker → Ana Berg
                                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quote introducer""");
    }

    /** The last speaker is the referent only when no person is mentioned after it. */
    @Test
    void aPronounIsTheNearestPersonWhenNobodySpeaksAfterThem() {
        SpeakersTest.check("""
                Mayor Ana Berg said the hearing would go ahead.

                Police arrested Tomas Varga on Monday.

                “I did nothing wrong,” he said.
                ^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                       ^^ speaker → Tomas Varga""");
    }

    /** "she" is not a man the article calls a spokesman, and "the governor" is the governor. */
    @Test
    void aPronounAgreesWithTitlesAndFollowsRoleNouns() {
        SpeakersTest.check("""
                Ms. Vera Lind chaired the hearing. Councillor Piet Vos, a spokesman for the residents, said the figures were wrong.

                “We cannot pay for this,” she said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^ quote cue
                                          ^^^ speaker → Vera Lind""");
        SpeakersTest.check("""
                Governor Lukas Ebner toured the dam on Friday.

                Tomas Varga, a farmer, has lived beside it for forty years.

                The governor said repairs would start soon.

                “We have the money,” he said.
                ^^^^^^^^^^^^^^^^^^^^ quote cue
                                     ^^ speaker → Lukas Ebner""");
    }
}
