package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.rules.WeaselFixtures.check;
import static org.newslint.rules.WeaselFixtures.checkTagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.rules.WeaselWording.Kind;

/**
 * Agentless passives on tokens, marked {@code ^^^ participle | question}: which frames count, where
 * the span starts (at "It" only when "It" is the subject) and ends (at "to"/"as", after a vague
 * agent), and the question, which the lexicon words or the participle's lemma builds.
 */
class AgentlessPassivesTest {
    private static final AgentlessPassives PASSIVES = WeaselWording.shared().agentlessPassives;

    private static void passives(String annotated) {
        check(annotated, Kind.AGENTLESS_PASSIVE, PASSIVES::find);
    }

    private static void taggedPassives(String annotated) {
        checkTagged(annotated, Kind.AGENTLESS_PASSIVE, PASSIVES::find);
    }

    @Test
    void participlesOfHearsayInTheirFrames() {
        passives("""
                It is believed that the ferry sank in a storm.
                ^^^^^^^^^^^^^^ believed | Who believes this? Name the source.
                The lighthouse is widely regarded as the oldest on the coast.
                               ^^^^^^^^^^^^^^^^^^^^^ regarded | Who regards this? Name the source.
                The keeper is said to have drowned in 1890.
                           ^^^^^^^^^^ said | Who says this? Name the source.
                The keeper is thought by some to have been a smuggler.
                           ^^^^^^^^^^^^^^^^^^^^^ thought | Who thinks this? Name the source.
                The harbour was considered a safe anchorage.
                            ^^^^^^^^^^^^^^ considered | Who considers this? Name the source.
                It is known whether the keeper survived.
                ^^^^^^^^^^^ known | Who knows this? Name the source.
                The village is often described as remote.
                            ^^^^^^^^^^^^^^^^^^^^^ described | Who describes it so? Name the source.
                The rumour was claimed.
                           ^^^^^^^^^^^ claimed | Who claims this? Name the source.
                It was hypothesized.
                ^^^^^^^^^^^^^^^^^^^ hypothesized | Who hypothesizes this? Name the source.
                The pier is commonly called the Long Arm.
                         ^^^^^^^^^^^^^^^^^^ called | Who calls it that? Name the source.
                It has been suggested that the fire was set deliberately.
                ^^^^^^^^^^^^^^^^^^^^^ suggested | Who suggests this? Name the source.
                The keeper's log is understood to be lost.
                                 ^^^^^^^^^^^^^^^^ understood | Who understands this? Name the source.""");
    }

    @Test
    void attributiveParticiplesAndReducedRelatives() {
        passives("""
                A widely held view puts the wreck near Skarvik.
                  ^^^^^^^^^^^ held | Who holds this? Name the source.
                A smuggler alleged to have bribed the customs officer fled.
                           ^^^^^^^^^^ alleged | Who alleges this? Name the source.
                It seems widely accepted that the map is a forgery.
                         ^^^^^^^^^^^^^^^ accepted | Who accepts this? Name the source.""");
    }

    @Test
    void namedAgentsNormsAimsAndOtherSensesAreNotHearsay() {
        passives("""
                The wreck was alleged by the harbourmaster, Oda Lunde, to be a smuggler.
                The cannon should be recognized as a monument.
                The keeper hopes to be considered for the post.
                This stretch of water is known as the Narrows.
                Seals are often seen on the skerry.
                The vote was held in March.
                Fishers are supposed to pay the fee by Friday.
                No injuries were reported.
                He often described the storm to visitors.""");
    }

    /** "It" is in the span only as the subject; a clause end counts, a dash does not. */
    @Test
    void itSubjectsAndClauseEnds() {
        taggedPassives("""
                It/PRON is/AUX:be believed/VERB:believe that/SCONJ it/PRON sank/VERB:sink
                ^^^^^^^^^^^^^^^^^^^^^^^^^^ believed | Who believes this? Name the source.
                It/PRON is/AUX:be believed/VERB:believe ./PUNCT
                ^^^^^^^^^^^^^^^^^^^^^^^^^^ believed | Who believes this? Name the source.
                It/PRON is/AUX:be known/VERB:know whether/SCONJ he/PRON lived/VERB:live
                ^^^^^^^^^^^^^^^^^^^^^^^ known | Who knows this? Name the source.
                It/PRON is/AUX:be known/VERB:know -/PUNCT
                The/DET map/NOUN is/AUX:be not/PART widely/ADV accepted/VERB:accept
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ accepted | Who accepts this? Name the source.
                The/DET map/NOUN 's/AUX:be widely/ADV accepted/VERB:accept
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ accepted | Who accepts this? Name the source.""");
    }

    /** A vague agent ends the span after it; a named one, or one the tagger read as a verb, stops the match. */
    @Test
    void agentsAfterBy() {
        taggedPassives("""
                It/PRON was/AUX:be alleged/VERB:allege by/ADP the/DET prosecutor/NOUN
                He/PRON is/AUX:be thought/VERB:think by/ADP some/DET to/PART be/AUX:be a/DET spy/NOUN
                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ thought | Who thinks this? Name the source.
                He/PRON is/AUX:be thought/VERB:think by/SCONJ some/VERB to/PART be/AUX:be a/DET spy/NOUN
                It/PRON is/AUX:be described/VERB:describe by/ADP many/ADJ critics/NOUN as/ADP bleak/ADJ
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ described | Who describes it so? Name the source.
                The/DET town/NOUN is/AUX:be considered/VERB:consider by/ADP Oda/PROPN""");
    }

    @Test
    void complementsThatMakeTheFrame() {
        taggedPassives("""
                It/PRON is/AUX:be thought/VERB:think of/ADP as/ADP bleak/ADJ
                ^^^^^^^^^^^^^^^^^^^^^^^^^ thought | Who thinks this? Name the source.
                It/PRON was/AUX:be considered/VERB:consider a/DET theorem/NOUN
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ considered | Who considers this? Name the source.
                It/PRON was/AUX:be considered/VERB:consider "/PUNCT the/DET garden/NOUN "/PUNCT
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ considered | Who considers this? Name the source.
                The/DET town/NOUN is/AUX:be considered/VERB:consider very/ADV active/ADJ
                                  ^^^^^^^^^^^^^^^^^^^^ considered | Who considers this? Name the source.
                The/DET ship/NOUN is/AUX:be supposed/VERB:suppose to/PART have/AUX:have sunk/VERB:sink
                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ supposed | Who supposes this? Name the source.
                The/DET crew/NOUN is/AUX:be supposed/VERB:suppose to/PART pay/VERB:pay
                The/DET abuses/NOUN should/AUX be/AUX:be recognized/VERB:recognize as/ADP intolerable/ADJ
                He/PRON hopes/VERB:hope to/PART be/AUX:be considered/VERB:consider for/ADP it/PRON""");
    }

    /** Without "be": after a noun with "to" and a verb, or after an adverb of vagueness in a modifier. */
    @Test
    void participlesWithoutBe() {
        taggedPassives("""
                a/DET spy/NOUN alleged/VERB:allege to/PART have/AUX:have passed/VERB:pass secrets/NOUN
                               ^^^^^^^^^^^^^^^^^^^^^^ alleged | Who alleges this? Name the source.
                a/DET spy/NOUN alleged/VERB:allege to/PART secrets/NOUN
                a/DET widely/ADV held/VERB:hold view/NOUN
                      ^^^^^^^^^^^^^^^ held | Who holds this? Name the source.
                a/DET widely/ADV held/VERB:hold by/ADP many/ADJ
                he/PRON often/ADV described/VERB:describe it/PRON
                the/DET cup/NOUN generally/ADV considered/VERB:consider to/PART be/AUX:be the/DET best/ADJ
                                 ^^^^^^^^^^^^^^^^^^^^^^^^ considered | Who considers this? Name the source.
                It/PRON seems/VERB:seem widely/ADV accepted/VERB:accept that/SCONJ it/PRON is/AUX:be
                                        ^^^^^^^^^^^^^^^^^^^ accepted | Who accepts this? Name the source.""");
    }

    /** With no lemma candidate the verb is guessed by cutting "d", so "claimed" asks "Who claimes this?". */
    @Test
    void theDefaultQuestionFallsBackOnTheSpelling() {
        taggedPassives("""
                The/DET rumour/NOUN was/AUX:be claimed/VERB ./PUNCT
                                    ^^^^^^^^^^^^^^^^^^ claimed | Who claimes this? Name the source.
                The/DET mill/NOUN was/AUX:be rumoured/VERB ./PUNCT
                                  ^^^^^^^^^^^^^^^^^^^ rumoured | Who rumoures this? Name the source.""");
    }

    @Test
    void lemmasAndThirdPersonForms() {
        List<String> rows = List.of(
                "believed:believe → believe", "claimed → claime", "denied → deny", "held:hold → hold", "known → known");
        for (String row : rows) {
            String spec = row.split(" → ")[0];
            String[] parts = spec.split(":");
            var token = WeaselFixtures.tagged(parts[0] + "/VERB" + (parts.length > 1 ? ":" + parts[1] : ""))
                    .get(0)
                    .get(0);
            assertThat(spec + " → " + AgentlessPassives.lemmaOf(token)).isEqualTo(row);
        }
        for (String row : List.of(
                "believe believes",
                "discuss discusses",
                "wish wishes",
                "reach reaches",
                "fix fixes",
                "quiz quizes",
                "deny denies",
                "say says",
                "y ys")) {
            String[] w = row.split(" ");
            assertThat(w[0] + " " + AgentlessPassives.thirdPerson(w[0])).isEqualTo(row);
        }
    }
}
