package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;

/**
 * The attribution stage: every cue of every sentence ({@code ^^^ cue LEMMA}) and the source it
 * found ({@code ^^^ source → NAME}, the name being the entity the source resolves to, or its text).
 */
class CuesAndSourcesTest {
    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = Fixtures.analyze(f.text());
        List<String> actual = new ArrayList<>();
        for (SentenceInfo s : a.sentences()) {
            for (Attribution at : s.attributions()) {
                actual.add(f.describe(
                        "cue " + at.cue().lemma(),
                        at.cue().range().start(),
                        at.cue().range().end()));
                if (at.source() != null) {
                    actual.add(f.describe(
                            "source → " + at.source().displayName(),
                            at.source().range().start(),
                            at.source().range().end()));
                }
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(f.expected());
    }

    @Test
    void aNamedSubjectBeforeItsVerb() {
        check("""
                Mayor Ana Berg said the bridge would reopen in May.
                ^^^^^^^^^^^^^^ source → Ana Berg
                               ^^^^ cue say""");
    }

    @Test
    void aSourceAfterItsVerb() {
        check("""
                The bridge will reopen in May, said Tomas Varga, the city engineer.
                                               ^^^^ cue say
                                                    ^^^^^^^^^^^ source → Tomas Varga""");
    }

    @Test
    void accordingTo() {
        check("""
                According to the Lyndale Port Authority, traffic fell by a third.
                ^^^^^^^^^^^^ cue accord to
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^ source → Lyndale Port Authority""");
    }

    @Test
    void aPronounResolvesToTheNearestEarlierPerson() {
        check("""
                Ana Berg has led the council since 2019. She said the bridge was unsafe.
                                                         ^^^ source → Ana Berg
                                                             ^^^^ cue say""");
    }

    @Test
    void aDefiniteDescriptionResolvesToTheOrganisationItNames() {
        check("""
                The Lyndale Port Authority runs the harbour. The authority said traffic fell.
                                                             ^^^^^^^^^^^^^ source → Lyndale Port Authority
                                                                           ^^^^ cue say""");
    }

    @Test
    void aSourceBeforeAnAppositive() {
        check("""
                Tomas Varga, the city engineer, warned that the bridge was unsafe.
                ^^^^^^^^^^^ source → Tomas Varga
                                                ^^^^^^ cue warn""");
    }

    @Test
    void anAgentlessPassiveHasACueAndNoSource() {
        check("""
                It is believed that the bridge was built in 1890.
                      ^^^^^^^^ cue believe""");
    }

    @Test
    void aPassiveWithItsAgent() {
        check("""
                The closure was announced by the Lyndale Port Authority on Monday.
                                ^^^^^^^^^ cue announce
                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^ source → Lyndale Port Authority""");
    }

    @Test
    void aStanceOfANamedActor() {
        check("""
                Ana Berg opposed the plan to close the bridge.
                ^^^^^^^^ source → Ana Berg
                         ^^^^^^^ cue oppose""");
    }

    @Test
    void aReportingPhraseAndAVerbInOneSentence() {
        check("""
                In a statement, the Lyndale Port Authority said fees would rise.
                ^^^^^^^^^^^^^^ cue in a statement
                                ^^^^^^^^^^^^^^^^^^^^^^^^^^ source → Lyndale Port Authority
                                                           ^^^^ cue say""");
    }

    @Test
    void wordsInsideAQuotationAreNobodysCue() {
        check("""
                “They said it would never open,” Ana Berg recalled.
                                                 ^^^^^^^^ source → Ana Berg
                                                          ^^^^^^^^ cue recall""");
    }
}
