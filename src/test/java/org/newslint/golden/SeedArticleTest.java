package org.newslint.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.testing.Fixtures;

/**
 * The behaviour an editor expects on the article the project started from
 * ({@code ../shared/articles/seed-north-korea.txt}); skipped with a message when ../shared is absent.
 */
class SeedArticleTest {
    static final Path SEED = Path.of("../shared/articles/seed-north-korea.txt");
    private static String text;
    private static ArticleAnalysis a;

    /** Each test checks for the file itself: an assumption in @BeforeAll hides the skip from the test count. */
    @BeforeEach
    void analyse() throws IOException {
        assumeTrue(
                Files.exists(SEED),
                "../shared/articles/seed-north-korea.txt is missing: check out the shared "
                        + "material next to the project root to run this test");
        if (a == null) {
            text = Files.readString(SEED, StandardCharsets.UTF_8);
            a = Fixtures.analyze(text);
        }
    }

    private static Quote quote(String fragment) {
        return a.quotes().stream()
                .filter(q -> q.range().of(text).contains(fragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("quote " + fragment + " not found"));
    }

    private static List<Finding> findingsOnSentence(String prefix) {
        SentenceInfo s = a.sentences().stream()
                .filter(x -> x.range().of(text).startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starts with " + prefix));
        return a.findings().stream()
                .filter(f -> f.rule().equals("unattributed-claim") && s.range().contains(f.range()))
                .toList();
    }

    @Test
    void theFiveQuotesHaveTheirSpeakers() {
        assertThat(a.quotes()).hasSize(5);
        assertThat(quote("do not care").speaker().displayName()).isIn("North Korea", "Korean Central News Agency");
        assertThat(quote("fire and fury").speaker().displayName()).isEqualTo("Donald Trump");
        assertThat(quote("mysteriously wonderful").speaker().text()).isEqualTo("North Korean officials");
        assertThat(quote("red line").speaker().displayName()).isEqualTo("North Korea");
        assertThat(quote("converging geopolitical threats").speaker().text()).isEqualTo("Gen. Sir Roly Walker");
    }

    @Test
    void unsourcedClaimsAreFlaggedAndSourcedOnesAreNot() {
        assertThat(findingsOnSentence("Despite this, Kim continued")).hasSize(1);
        assertThat(findingsOnSentence("North Korea has also received support from Russia"))
                .hasSize(1);
        assertThat(findingsOnSentence("Meanwhile, the U.K. is also bolstering")).hasSize(1);
        assertThat(findingsOnSentence("The KCNA emphasized that")).isEmpty();
        assertThat(findingsOnSentence("Amid these developments, former U.S. diplomat Richard Grenell suggested"))
                .isEmpty();
        assertThat(findingsOnSentence("Grenell, who served as the U.S. ambassador"))
                .isEmpty();
        for (String nonClaim :
                List.of("Read Next:", "Image Via Shutterstock", "This story was generated", "Recent Comments")) {
            assertThat(findingsOnSentence(nonClaim)).as(nonClaim).isEmpty();
        }
        assertThat(a.findings())
                .noneMatch(f -> f.range().of(text).startsWith("What Happened:")
                        && f.range().length() < 20);
    }

    @Test
    void entitiesCarryNamesTypesRolesAndMentions() {
        Entity kcna = Fixtures.entity(a, "KCNA");
        assertThat(kcna.name()).isEqualTo("Korean Central News Agency");
        assertThat(kcna.type()).isEqualTo(EntityType.ORGANIZATION);
        Entity grenell = Fixtures.entity(a, "Grenell");
        assertThat(grenell.name()).isEqualTo("Richard Grenell");
        assertThat(grenell.type()).isEqualTo(EntityType.PERSON);
        assertThat(grenell.mentions()).hasSize(2);
        assertThat(grenell.descriptions())
                .anyMatch(d -> d.contains("diplomat"))
                .anyMatch(d -> d.contains("ambassador"));
        Entity trump = Fixtures.entity(a, "Trump");
        assertThat(trump.name()).isEqualTo("Donald Trump");
        assertThat(a.quotesBy(trump.id()))
                .extracting(q -> q.range().of(text))
                .anyMatch(s -> s.contains("fire and fury"));
    }

    @Test
    void titlesDoNotEndSentences() {
        assertThat(a.sentences())
                .anyMatch(s -> s.range()
                        .of(text)
                        .startsWith("Gen. Sir Roly Walker, the new head of the British Army, has unveiled"));
    }
}
