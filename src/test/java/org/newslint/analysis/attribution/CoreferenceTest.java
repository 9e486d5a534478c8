package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.model.Entity;
import org.newslint.nlp.Token;

/**
 * Who a source refers to: every personal pronoun marked {@code ^^ → Entity} (or {@code → nobody}),
 * and definite descriptions, possessives and titled names through the sources of their cues.
 */
class CoreferenceTest {
    /** Every personal pronoun of the text, with the entity it resolves to. */
    private static void checkPronouns(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        List<String> actual = new ArrayList<>();
        for (int si = 0; si < stage.drafts.size(); si++) {
            for (Token t : stage.tokens(si)) {
                if (Coreference.PERSONAL.contains(t.lower())) {
                    EntityFinder.MentionRef ref = stage.attributor.resolvePronoun(t);
                    actual.add(
                            stage.describe("→ " + (ref == null ? "nobody" : name(stage, ref.entityId())), t.range()));
                }
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(stage.fixture.expected());
    }

    private static String name(AttributionStage stage, String entityId) {
        return stage.entities.entities().stream()
                .filter(e -> e.id().equals(entityId))
                .map(Entity::name)
                .findFirst()
                .orElseThrow();
    }

    private static void checkSources(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        assertThat(stage.cueMarks()).containsExactlyInAnyOrderElementsOf(stage.fixture.expected());
    }

    /**
     * "He" is the nearest person who may be a man ("Ms." says Jensen is not); "she" is then not the one
     * "He" stands for.
     */
    @Test
    void heAndSheAreTheNearestPersonBefore() {
        checkPronouns("""
                Ms. Maria Jensen quoted Tomas Varga on Monday. He said the dam would hold, and she agreed.
                                                               ^^ → Tomas Varga
                                                                                               ^^^ → Maria Jensen""");
        checkPronouns("""
                Maria Jensen arrived late. She told him the council had already voted.
                                           ^^^ → Maria Jensen
                                                    ^^^ → Maria Jensen""");
    }

    @Test
    void itAndTheyAreTheNearestOrganisationOrPlace() {
        checkPronouns("""
                Maria Jensen visited Lyndale on Monday. It has two dams.
                                                        ^^ → Lyndale""");
        checkPronouns("""
                The Lyndale Council met on Monday. They said the dam would hold.
                                                   ^^^^ → Lyndale Council""");
        checkPronouns("""
                The Lyndale Institute published its survey on Monday. It found that most residents oppose the dam.
                                                                      ^^ → Lyndale Institute""");
    }

    /** "They" are people or an organisation, never a place. */
    @Test
    void theyIsNeverAPlace() {
        checkPronouns("""
                Voters in Lyndale met on Monday. They said the dam would hold.
                                                 ^^^^ → nobody""");
    }

    @Test
    void theFirstAndSecondPersonResolveToNobody() {
        checkPronouns("""
                Maria Jensen spoke first. We said the dam would hold, and I agreed, but you left.
                                          ^^ → nobody
                                                                          ^ → nobody
                                                                                        ^^^ → nobody""");
    }

    /** A name inside quoted words is the speaker's mention, not an antecedent for the writer's pronoun. */
    @Test
    void namesInsideQuotationsAreNotAntecedents() {
        checkPronouns("""
                “Maria Jensen knows the dam,” the mayor said. She later left.
                                                              ^^^ → nobody""");
    }

    /** A pronoun looks back 4,000 characters at most: "She" 4,162 characters after the name, then 3,900. */
    @Test
    void aPronounLooksBackOnlySoFar() {
        String opening = "Maria Jensen arrived.\n";
        String filler = "The rain kept falling on the valley for days.\n".repeat(90);
        checkPronouns(opening + filler + """
                She said the dam would hold.
                ^^^ → nobody""");
        checkPronouns(opening + filler.substring(0, 3900 - opening.length() - 1) + """
                \nShe said the dam would hold.
                ^^^ → Maria Jensen""");
    }

    @Test
    void pronounSourcesResolveThroughTheirCue() {
        checkSources("""
                Maria Jensen arrived late. She said the council had already voted.
                                           ^^^ source of say = Maria Jensen
                                               ^^^^ cue say""");
    }

    @Test
    void aDefiniteDescriptionIsTheNearestOrganisationNamedSo() {
        checkSources("""
                The Lyndale Water Agency opened the dam. The agency said the reservoir was full.
                                                         ^^^^^^^^^^ source of say = Lyndale Water Agency
                                                                    ^^^^ cue say""");
        checkSources("""
                The Lyndale Water Agency opened the dam. The company said the reservoir was full.
                                                         ^^^^^^^^^^^ source of say
                                                                     ^^^^ cue say""");
    }

    @Test
    void aRoleNounIsThePersonIntroducedWithIt() {
        checkSources("""
                Governor Lukas Ebner visited the dam on Friday. The governor said repairs would start soon.
                                                                ^^^^^^^^^^^^ source of say = Lukas Ebner
                                                                             ^^^^ cue say""");
    }

    @Test
    void aStatementOwnedBySomeoneIsTheOwners() {
        checkSources("""
                The KCNA's statement said the talks had failed.
                ^^^^^^^^ source of say = KCNA
                                     ^^^^ cue say""");
    }

    /** "he" and "she" prefer the person who acts or speaks to a person only mentioned in the same sentence. */
    @Test
    void heAndShePreferTheSubjectToAPersonMentionedAfterIt() {
        checkPronouns("""
                Vera Lindqvist has known Tomas Brandt since 1985. She said he had not changed.
                                                                  ^^^ → Vera Lindqvist
                                                                           ^^ → Tomas Brandt""");
    }

    /** Within a sentence, the subject of its main clause comes before a subject of a clause after "that". */
    @Test
    void theMainSubjectComesBeforeASubordinateOne() {
        checkPronouns("""
                Ana Berg, a fellow at the Lyndale Institute, said the mayor could appeal. She said the mayor would need evidence that Tomas Varga was biased. Later she said the court had been fair.
                                                                                          ^^^ → Ana Berg
                                                                                                                                                                    ^^^ → Ana Berg""");
    }

    /** "said Tomas Varga could appeal": a name after "said" with a verb after it is reported on, not speaking. */
    @Test
    void aNameAfterSaidIsTheSpeakerOnlyWhenNoVerbFollowsIt() {
        checkPronouns("""
                Ana Berg, a fellow at the Lyndale Institute, said Tomas Varga could appeal. She said he would need evidence.
                                                                                            ^^^ → Ana Berg
                                                                                                     ^^ → Tomas Varga""");
    }

    /** A title or description that says a person is a man or a woman rules out "she" or "he" for them. */
    @Test
    void heAndSheAgreeWithWhatTheArticleSaysOfThePerson() {
        checkPronouns("""
                Ms. Vera Lind chaired the hearing. Councillor Piet Vos, a spokesman for the residents, spoke next. She said the figures were wrong.
                                                                                                                   ^^^ → Vera Lind""");
    }

    /** "the newspaper", "the daily" are the nearest news outlet named before, not the nearest organisation. */
    @Test
    void anOutletNounIsTheNearestOutletNamedBefore() {
        checkSources("""
                The Lyndale Courier reported that the Harbor Authority had closed the pier. The newspaper said repairs would take a year.
                ^^^^^^^^^^^^^^^^^^^ source of report = Lyndale Courier
                                    ^^^^^^^^ cue report
                                                                                            ^^^^^^^^^^^^^ source of say = Lyndale Courier
                                                                                                          ^^^^ cue say""");
    }

    /** An organisation named with an outlet noun after it is an outlet: "Harbor Life magazine". */
    @Test
    void anOrganisationNamedWithAnOutletNounIsAnOutlet() {
        checkSources("""
                Vera Lind wrote in Harbor Life magazine that the pier was unsafe. The magazine said repairs would take a year.
                ^^^^^^^^^ source of write = Vera Lind
                          ^^^^^ cue write
                                                                                  ^^^^^^^^^^^^ source of say = Harbor Life
                                                                                               ^^^^ cue say""");
    }

    /** "the agency" and "the wire service" are a news agency, never a newspaper. */
    @Test
    void theAgencyIsANewsAgencyNotAnyOutlet() {
        checkSources("""
                The Lyndale Courier reported the figures on Monday. The agency said the pier was unsafe.
                ^^^^^^^^^^^^^^^^^^^ source of report = Lyndale Courier
                                    ^^^^^^^^ cue report
                                                                    ^^^^^^^^^^ source of say
                                                                               ^^^^ cue say""");
        checkSources("""
                The Norden Press reported the figures on Monday. The wire service said the pier was unsafe.
                ^^^^^^^^^^^^^^^^ source of report = Norden Press
                                 ^^^^^^^^ cue report
                                                                 ^^^^^^^^^^^^^^^^ source of say = Norden Press
                                                                                  ^^^^ cue say""");
    }
}
