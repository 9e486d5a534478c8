package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.nlp.Token;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;

/**
 * Runs one weasel pattern family on a fixture's sentences and compares its matches with the caret
 * marks, labelled {@code word} or {@code word | question}. Sentences come either from the real
 * pipeline (what the rules see) or hand-tagged, one sentence a line as {@code word/POS} or
 * {@code word/POS:lemma,lemma}, so that a family's logic is pinned apart from the tagger's guesses.
 * A hand-tagged token spans its word only, so a caret under "It/PRON is/AUX:be" covers both words.
 */
final class WeaselFixtures {
    private WeaselFixtures() {}

    /** Each sentence's tokens, as the analysis produced them. */
    static List<List<Token>> sentences(String text) {
        return Fixtures.analyze(text).sentences().stream()
                .map(SentenceInfo::sentence)
                .map(s -> s.tokens())
                .toList();
    }

    /** Each line's tokens, tagged by hand; offsets are those of the words in the whole text. */
    static List<List<Token>> tagged(String text) {
        List<List<Token>> out = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            List<Token> toks = new ArrayList<>();
            int i = 0;
            while (i < line.length()) {
                if (line.charAt(i) == ' ') {
                    i++;
                    continue;
                }
                int end = line.indexOf(' ', i);
                end = end < 0 ? line.length() : end;
                toks.add(token(line.substring(i, end), lineStart + i));
                i = end;
            }
            if (!toks.isEmpty()) {
                out.add(toks);
            }
            lineStart += line.length() + 1;
        }
        return out;
    }

    /** "believed/VERB:believe" → the token "believed", tagged VERB, lemma candidates [believe, believed]. */
    private static Token token(String spec, int start) {
        int slash = spec.lastIndexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("not word/POS: " + spec);
        }
        String word = spec.substring(0, slash);
        String[] tag = spec.substring(slash + 1).split(":", 2);
        List<String> lemmas = new ArrayList<>();
        if (tag.length > 1) {
            lemmas.addAll(List.of(tag[1].split(",")));
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!lemmas.contains(lower)) {
            lemmas.add(lower);
        }
        return new Token(start, start + word.length(), word, tag[0], lemmas.get(0), lemmas);
    }

    /** The family's match on each sentence (pipeline-tagged) against the marks; all of {@code kind}. */
    static void check(String annotated, WeaselWording.Kind kind, Function<List<Token>, WeaselWording.Match> family) {
        CaretFixture f = CaretFixture.parse(annotated);
        compare(f, sentences(f.text()), kind, family);
    }

    /** As {@link #check}, on hand-tagged sentences. */
    static void checkTagged(
            String annotated, WeaselWording.Kind kind, Function<List<Token>, WeaselWording.Match> family) {
        CaretFixture f = CaretFixture.parse(annotated);
        compare(f, tagged(f.text()), kind, family);
    }

    private static void compare(
            CaretFixture f,
            List<List<Token>> sentences,
            WeaselWording.Kind kind,
            Function<List<Token>, WeaselWording.Match> family) {
        List<String> actual = new ArrayList<>();
        for (List<Token> toks : sentences) {
            WeaselWording.Match m = family.apply(toks);
            if (m != null) {
                assertThat(m.kind()).isEqualTo(kind);
                actual.add(f.describe(label(m), m.range().start(), m.range().end()));
            }
        }
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    static String label(WeaselWording.Match m) {
        return Objects.requireNonNullElse(m.word(), "") + (m.question() == null ? "" : " | " + m.question());
    }
}
