package org.newslint.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;
import org.newslint.text.TextRange;

/**
 * The entity stage: every mention of every entity, marked {@code ^^^ TYPE NAME} with the entity's
 * type and canonical name, so a fixture shows at once where a name starts (titles stripped), how it
 * is typed and which mentions are grouped.
 */
class MentionsTest {
    /** The one check of the entity stage's mentions; {@code EntityTypingTest} uses it too. */
    static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = Fixtures.analyze(f.text());
        List<String> actual = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (TextRange m : e.mentions()) {
                actual.add(f.describe(e.type() + " " + e.name(), m.start(), m.end()));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(f.expected());
    }

    @Test
    void titlesAreStrippedAndASurnameJoinsTheFullName() {
        check("""
                Former Governor Ana Berg visited Lyndale on Monday. Berg said little.
                                ^^^^^^^^ PERSON Ana Berg
                                                 ^^^^^^^ LOCATION Lyndale
                                                                    ^^^^ PERSON Ana Berg""");
    }

    @Test
    void anAcronymJoinsItsExpansion() {
        check("""
                The Lyndale Port Authority (LPA) raised fees. The LPA said costs had doubled.
                    ^^^^^^^^^^^^^^^^^^^^^^ ORGANIZATION Lyndale Port Authority
                                            ^^^ ORGANIZATION Lyndale Port Authority
                                                                  ^^^ ORGANIZATION Lyndale Port Authority""");
    }

    @Test
    void gazetteerPlacesAndDemonyms() {
        check("""
                Norwegian officials met their counterparts in Denmark.
                ^^^^^^^^^ LOCATION Norway
                                                              ^^^^^^^ LOCATION Denmark""");
    }

    @Test
    void anOrganisationByItsHeadWord() {
        check("""
                Varga Holdings bought the mill in March.
                ^^^^^^^^^^^^^^ ORGANIZATION Varga Holdings""");
    }

    /** A capitalised dateline place unknown to the gazetteers keeps its capitals: nothing else names it. */
    @Test
    void aDatelineNamesAPlaceAndAnAgency() {
        check("""
                LYNDALE, Norway (Reuters) - The council voted to close the bridge.
                ^^^^^^^ LOCATION LYNDALE
                         ^^^^^^ LOCATION Norway
                                 ^^^^^^^ ORGANIZATION Reuters""");
    }

    @Test
    void acronymsMatchTheInitialsOfTheirNames() {
        assertThat(Acronyms.isAcronym("KCNA")).isTrue();
        assertThat(Acronyms.isAcronym("U.S.")).isTrue();
        assertThat(Acronyms.isAcronym("Berg")).isFalse();
        assertThat(Acronyms.acronymOf("Korean Central News Agency")).isEqualTo("KCNA");
        assertThat(Acronyms.acronymMatches("ITF", "International Transport Workers' Federation"))
                .isTrue();
        assertThat(Acronyms.acronymMatches("LPA", "Lyndale Port Authority")).isTrue();
        assertThat(Acronyms.acronymMatches("LPA", "Lyndale Bridge")).isFalse();
    }
}
