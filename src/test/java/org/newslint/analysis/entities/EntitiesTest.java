package org.newslint.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.testing.Fixtures.analyze;
import static org.newslint.testing.Fixtures.entity;

import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;

class EntitiesTest {
    @Test
    void surnamesAndPossessivesJoinTheFullName() {
        ArticleAnalysis a = analyze(
                "Former President Donald Trump spoke on Monday. Trump’s remarks drew criticism, and Trump did not reply.");
        Entity trump = entity(a, "Donald Trump");
        assertThat(trump.type()).isEqualTo(EntityType.PERSON);
        assertThat(trump.mentions()).hasSize(3);
        assertThat(trump.aliases()).contains("Trump");
        assertThat(trump.descriptions()).contains("Former President");
    }

    @Test
    void acronymsJoinTheirExpansion() {
        ArticleAnalysis a =
                analyze("The Korean Central News Agency issued a commentary. The KCNA said talks were over.");
        Entity kcna = entity(a, "KCNA");
        assertThat(kcna.name()).isEqualTo("Korean Central News Agency");
        assertThat(kcna.type()).isEqualTo(EntityType.ORGANIZATION);

        ArticleAnalysis b = analyze(
                "The International Transport Workers' Federation (ITF) backed the strike. The ITF said more would follow.");
        assertThat(entity(b, "ITF").name()).isEqualTo("International Transport Workers' Federation");
    }

    @Test
    void demonymsAndShortFormsJoinTheirPlace() {
        ArticleAnalysis a = analyze(
                "North Korea fired a missile. North Korean officials said the U.S. was to blame. The United States denied it.");
        Entity nk = entity(a, "North Korea");
        assertThat(nk.type()).isEqualTo(EntityType.LOCATION);
        assertThat(nk.aliases()).contains("North Korean");
        assertThat(entity(a, "U.S.").name()).isEqualTo("United States");
    }

    @Test
    void rolesComeFromTitlesAppositivesAndRelativeClauses() {
        ArticleAnalysis a = analyze(
                "Former U.S. diplomat Richard Grenell spoke first. Grenell, who served as the U.S. ambassador "
                        + "to Germany, praised the plan. Gen. Sir Roly Walker, the new head of the British Army, disagreed.");
        Entity grenell = entity(a, "Grenell");
        assertThat(grenell.name()).isEqualTo("Richard Grenell");
        assertThat(grenell.descriptions())
                .anyMatch(d -> d.contains("diplomat"))
                .anyMatch(d -> d.contains("ambassador to Germany"));
        Entity walker = entity(a, "Roly Walker");
        assertThat(walker.type()).isEqualTo(EntityType.PERSON);
        assertThat(walker.descriptions()).contains("the new head of the British Army");
        assertThat(entity(a, "British Army").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void namesJoinedByOfAndThe() {
        ArticleAnalysis a =
                analyze("He spoke at the Republican National Convention and later visited the Bank of England.");
        assertThat(entity(a, "Republican National Convention").mentions())
                .hasSize(1); // an event (MISC) to CoNLL, an organisation to some
        assertThat(entity(a, "Bank of England").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void shortFormsOfOrganisationsAndHyphenatedAdjectives() {
        ArticleAnalysis a = analyze(
                "The Church of Scientology denied the claims. Scientology officials declined to comment. "
                        + "Critics called the show a Warhol-like spectacle, and Andy Warhol fans agreed. Belgians celebrated in Belgium.");
        assertThat(entity(a, "Scientology").name()).isEqualTo("Church of Scientology");
        assertThat(entity(a, "Warhol").name()).isEqualTo("Andy Warhol");
        assertThat(entity(a, "Belgians").name()).isEqualTo("Belgium");
        assertThat(entity(analyze("The Bank of England raised rates, and England won the match."), "England")
                        .name())
                .isEqualTo("England");
    }
}
