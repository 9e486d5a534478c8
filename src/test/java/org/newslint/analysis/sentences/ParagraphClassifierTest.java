package org.newslint.analysis.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Every line and sentence-sized piece of the sample articles: same answer as searching every pattern. */
    @Test
    void answersAsSearchingEveryPatternAnywhere() throws IOException {
        Lexicons lex = Lexicons.shared();
        ParagraphClassifier classifier = new ParagraphClassifier(lex);
        int pieces = 0;
        int boilerplate = 0;
        for (Path article : SampleArticles.paths()) {
            for (String line : Files.readAllLines(article)) {
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
        assertThat(pieces).isGreaterThan(1000);
        assertThat(boilerplate).as("some pieces are boilerplate").isPositive();
    }
}
