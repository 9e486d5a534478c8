package org.newslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence key is equal only when every part is: each token's text, tag, lemma and lower case, and each mask. */
class SentenceKeyTest {
    private static Token token(int start, String text, String pos, String lemma) {
        return new Token(start, start + text.length(), text, pos, lemma, List.of());
    }

    private static List<Token> sentence(int at, String verbTag, String verbLemma) {
        return List.of(
                token(at, "Prices", "NOUN", "price"),
                token(at + 7, "rose", verbTag, verbLemma),
                token(at + 11, ".", "PUNCT", "."));
    }

    private static BitSet mask(int... set) {
        BitSet b = new BitSet();
        for (int i : set) {
            b.set(i);
        }
        return b;
    }

    @Test
    void offsetsDoNotCountEveryOtherPartDoes() {
        SentenceKey key = SentenceKey.of(sentence(0, "VERB", "rise"), mask(0));
        // the same sentence elsewhere in the document
        assertThat(SentenceKey.of(sentence(120, "VERB", "rise"), mask(0)))
                .isEqualTo(key)
                .hasSameHashCodeAs(key);
        assertThat(SentenceKey.of(sentence(0, "NOUN", "rise"), mask(0)))
                .as("tag")
                .isNotEqualTo(key);
        assertThat(SentenceKey.of(sentence(0, "VERB", "rose"), mask(0)))
                .as("lemma")
                .isNotEqualTo(key);
        assertThat(SentenceKey.of(sentence(0, "VERB", "rise"), mask(0, 1)))
                .as("mask")
                .isNotEqualTo(key);
        assertThat(SentenceKey.of(sentence(0, "VERB", "rise"), mask(0), mask()))
                .as("masks")
                .isNotEqualTo(key);
        List<Token> otherWord = List.of(
                token(0, "Prices", "NOUN", "price"), token(7, "fell", "VERB", "rise"), token(11, ".", "PUNCT", "."));
        assertThat(SentenceKey.of(otherWord, mask(0))).as("text").isNotEqualTo(key);
        List<Token> otherCase = List.of(
                new Token(0, 6, "Prices", "NOUN", "price", List.of(), "PRICES"),
                token(7, "rose", "VERB", "rise"),
                token(11, ".", "PUNCT", "."));
        assertThat(SentenceKey.of(otherCase, mask(0))).as("lower case").isNotEqualTo(key);
    }

    @Test
    void recentAnswersOnlyAnEqualKeyAtTheSamePlace() {
        SentenceKey.Recent<String> recent = new SentenceKey.Recent<>();
        SentenceKey.Recent.Session<String> first = recent.begin(3);
        List<Token> toks = sentence(0, "VERB", "rise");
        first.put(1, SentenceKey.of(toks, mask(1)), "remembered");
        // a session sees the analyses before it, not its own sentences
        assertThat(first.get(1, SentenceKey.of(toks, mask(1)))).isNull();
        first.end();
        SentenceKey.Recent.Session<String> next = recent.begin(3);
        assertThat(next.peek(1, SentenceKey.of(toks, mask(1)))).isEqualTo("remembered");
        // the same tokens quoted otherwise: not this value
        assertThat(next.peek(1, SentenceKey.of(toks, mask()))).as("mask").isNull();
        assertThat(next.peek(1, SentenceKey.of(toks, mask(1), mask())))
                .as("masks")
                .isNull();
        // another place: not this value
        assertThat(next.peek(0, SentenceKey.of(toks, mask(1)))).as("place").isNull();
        // a moved copy sharing the strings, or an equal list made anew: the same words
        assertThat(next.peek(1, SentenceKey.of(Token.moved(toks, 40), mask(1)))).isEqualTo("remembered");
        assertThat(next.peek(1, SentenceKey.of(sentence(9, "VERB", "rise"), mask(1))))
                .isEqualTo("remembered");
        // every part of every token counts
        assertThat(next.peek(1, SentenceKey.of(sentence(0, "NOUN", "rise"), mask(1))))
                .as("tag")
                .isNull();
        assertThat(next.peek(1, SentenceKey.of(sentence(0, "VERB", "rose"), mask(1))))
                .as("lemma")
                .isNull();
        assertThat(next.peek(1, SentenceKey.of(sentence(0, "VERB", null), mask(1))))
                .as("no lemma")
                .isNull();
        List<Token> otherWord = List.of(
                token(0, "Prices", "NOUN", "price"), token(7, "fell", "VERB", "rise"), token(11, ".", "PUNCT", "."));
        assertThat(next.peek(1, SentenceKey.of(otherWord, mask(1)))).as("text").isNull();
        List<Token> otherCase = List.of(
                new Token(0, 6, "Prices", "NOUN", "price", List.of(), "PRICES"),
                token(7, "rose", "VERB", "rise"),
                token(11, ".", "PUNCT", "."));
        assertThat(next.peek(1, SentenceKey.of(otherCase, mask(1))))
                .as("lower case")
                .isNull();
        assertThat(next.peek(1, SentenceKey.of(toks.subList(0, 2), mask(1))))
                .as("length")
                .isNull();
        // a value found is recorded for the next analysis; one only peeked at is not
        assertThat(next.get(1, SentenceKey.of(toks, mask(1)))).isEqualTo("remembered");
        next.end();
        SentenceKey.Recent.Session<String> third = recent.begin(3);
        assertThat(third.peek(1, SentenceKey.of(toks, mask(1)))).isEqualTo("remembered");
    }

    @Test
    void recentFindsSentencesCountedFromTheStartOrTheEnd() {
        SentenceKey.Recent<Integer> recent = new SentenceKey.Recent<>();
        List<List<Token>> lists = new java.util.ArrayList<>();
        SentenceKey.Recent.Session<Integer> first = recent.begin(50);
        for (int i = 0; i < 50; i++) {
            lists.add(sentence(100 * i, "VERB", "w" + i));
            first.put(i, SentenceKey.of(lists.get(i)), i);
        }
        first.end();
        // two sentences inserted after the 20th: those before are where they were, those after two further on
        SentenceKey.Recent.Session<Integer> next = recent.begin(52);
        for (int i = 0; i < 52; i++) {
            if (i == 20 || i == 21) {
                assertThat(next.get(i, SentenceKey.of(sentence(100 * i, "VERB", "new"))))
                        .isNull();
                continue;
            }
            int was = i < 20 ? i : i - 2;
            assertThat(next.get(i, SentenceKey.of(Token.moved(lists.get(was), 7))))
                    .isEqualTo(was);
        }
        next.end();
        // three removed from the start: the rest are found from the end
        SentenceKey.Recent.Session<Integer> third = recent.begin(49);
        for (int i = 0; i < 49; i++) {
            int was = i + 3; // in the second analysis' numbering
            int original = was < 20 ? was : was - 2;
            if (was == 20 || was == 21) {
                continue;
            }
            assertThat(third.peek(i, SentenceKey.of(lists.get(original)))).isEqualTo(original);
        }
    }

    @Test
    void recentHoldsTheLastTwoAnalysesSentences() {
        SentenceKey.Recent<String> recent = new SentenceKey.Recent<>();
        List<Token> a = sentence(10, "VERB", "rise");
        List<Token> b = sentence(20, "VERB", "fall");
        SentenceKey.Recent.Session<String> first = recent.begin(2);
        first.put(0, SentenceKey.of(a), "a");
        first.put(1, SentenceKey.of(b), "b");
        first.end();
        // the next analysis finds a (carried into its generation), not b
        SentenceKey.Recent.Session<String> second = recent.begin(2);
        assertThat(second.get(0, SentenceKey.of(a))).isEqualTo("a");
        second.end();
        SentenceKey.Recent.Session<String> third = recent.begin(2);
        assertThat(third.get(0, SentenceKey.of(a))).isEqualTo("a");
        assertThat(third.peek(1, SentenceKey.of(b)))
                .as("two analyses back, not carried")
                .isEqualTo("b");
        third.end();
        SentenceKey.Recent.Session<String> fourth = recent.begin(2);
        assertThat(fourth.get(1, SentenceKey.of(b))).as("three analyses back").isNull();
        fourth.end();
        // an analysis that never ends (cancelled) publishes nothing
        recent.begin(2).put(1, SentenceKey.of(b), "lost");
        assertThat(recent.begin(2).get(1, SentenceKey.of(b))).isNull();
        assertThat(recent.size()).isEqualTo(1);
    }

    @Test
    void aGenerationHoldsAtMostMostSentences() {
        SentenceKey.Recent<Integer> recent = new SentenceKey.Recent<>();
        int n = SentenceKey.Recent.MOST + 10;
        SentenceKey.Recent.Session<Integer> first = recent.begin(n);
        List<List<Token>> lists = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Token> toks = sentence(i, "VERB", "rise" + i);
            lists.add(toks);
            first.put(i, SentenceKey.of(toks), i);
        }
        first.end();
        assertThat(recent.size()).isEqualTo(SentenceKey.Recent.MOST);
        SentenceKey.Recent.Session<Integer> next = recent.begin(n);
        assertThat(next.get(0, SentenceKey.of(lists.get(0)))).isZero();
        assertThat(next.get(SentenceKey.Recent.MOST, SentenceKey.of(lists.get(SentenceKey.Recent.MOST))))
                .isNull();
    }
}
