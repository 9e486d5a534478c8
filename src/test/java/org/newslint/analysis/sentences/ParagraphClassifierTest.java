package org.newslint.analysis.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.nlp.SampleArticles;

/** Boilerplate patterns anchored at the start are tried there only; the answers must not change. */
class ParagraphClassifierTest {
    @Test
    void onlyAPatternWhoseEveryAlternativeStartsWithACaretIsAnchored() {
        assertThat(ParagraphClassifier.anchoredAtStart("^read more\\b")).isTrue();
        assertThat(ParagraphClassifier.anchoredAtStart("^(?:copyright\\b|\\(c\\)\\s*\\d{4})"))
                .isTrue();
        assertThat(ParagraphClassifier.anchoredAtStart("^don['’|]?t miss")).isTrue();
        assertThat(ParagraphClassifier.anchoredAtStart("^a\\|b")).isTrue();
        assertThat(ParagraphClassifier.anchoredAtStart("^a|b")).isFalse();
        assertThat(ParagraphClassifier.anchoredAtStart("^(a)|(b)")).isFalse();
        assertThat(ParagraphClassifier.anchoredAtStart("\\ball rights reserved\\b"))
                .isFalse();
        assertThat(ParagraphClassifier.anchoredAtStart("©\\s*(?:19|20)\\d\\d\\b"))
                .isFalse();
    }

    /** Lines of the kinds the patterns are for, and near misses, so the test needs no article to have them. */
    private static final List<String> WRITTEN = List.of(
            "Read more: Council votes on the bridge",
            "Also read the full report here.",
            "(Photo by Jane Smith/Getty Images)",
            "© 2024 Reuters. All rights reserved.",
            "Reporting by Ana Berg; Editing by Tom Baxter",
            "Follow us on Twitter for updates.",
            "This story has been updated.",
            "The council said the bridge would read more like a park.",
            "She said all rights were reserved for residents, and the copyright is the city's.",
            "Subscribers said the photo gallery was closed.");

    /** Every line and sentence-sized piece of the sample articles: same answer as searching every pattern. */
    @Test
    void answersAsSearchingEveryPatternAnywhere() throws IOException {
        Lexicons lex = Lexicons.shared();
        ParagraphClassifier classifier = new ParagraphClassifier(lex);
        int pieces = 0;
        int boilerplate = 0;
        List<List<String>> texts = new java.util.ArrayList<>();
        texts.add(WRITTEN);
        for (Path article : SampleArticles.paths()) {
            texts.add(Files.readAllLines(article));
        }
        for (List<String> lines : texts) {
            for (String line : lines) {
                for (String piece : (line + "\n" + line.replaceFirst("^\\S+\\s*", "")).split("\n|(?<=[.!?])\\s+")) {
                    boolean expected = false;
                    for (Pattern b : lex.boilerplate) {
                        expected |= b.matcher(piece.strip()).find();
                    }
                    assertThat(classifier.isBoilerplate(piece)).as(piece).isEqualTo(expected);
                    pieces++;
                    boilerplate += expected ? 1 : 0;
                }
            }
        }
        assertThat(pieces).isGreaterThan(200);
        assertThat(boilerplate).as("some pieces are boilerplate").isGreaterThanOrEqualTo(5);
        assertThat(boilerplate).as("and some are not").isLessThan(pieces);
    }
}
