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
    void recentAnswersOnlyTheSameTokenListWithEqualMasks() {
        SentenceKey.Recent<String> recent = new SentenceKey.Recent<>();
        recent.begin(3);
        List<Token> toks = sentence(0, "VERB", "rise");
        recent.put(SentenceKey.of(toks, mask(1)), "remembered");
        assertThat(recent.get(SentenceKey.of(toks, mask(1)))).isEqualTo("remembered");
        // the same tokens quoted otherwise: not this value
        assertThat(recent.get(SentenceKey.of(toks, mask()))).isNull();
        // an equal but different list (a moved copy) is the memo's business, not this front's
        assertThat(recent.get(SentenceKey.of(sentence(0, "VERB", "rise"), mask(1))))
                .isNull();
    }

    @Test
    void recentHoldsTheLastTwoAnalysesSentences() {
        SentenceKey.Recent<String> recent = new SentenceKey.Recent<>();
        List<Token> a = sentence(10, "VERB", "rise");
        List<Token> b = sentence(20, "VERB", "rise");
        recent.begin(2);
        recent.put(SentenceKey.of(a), "a");
        recent.put(SentenceKey.of(b), "b");
        // the next analysis finds a (carried into its generation), not b
        recent.begin(2);
        assertThat(recent.get(SentenceKey.of(a))).isEqualTo("a");
        recent.begin(2);
        assertThat(recent.get(SentenceKey.of(a))).isEqualTo("a");
        assertThat(recent.get(SentenceKey.of(b))).isNull();
        assertThat(recent.size()).isEqualTo(2);
    }

    @Test
    void aGenerationHoldsAtMostMostSentences() {
        SentenceKey.Recent<Integer> recent = new SentenceKey.Recent<>();
        recent.begin(SentenceKey.Recent.MOST + 10);
        List<List<Token>> lists = new java.util.ArrayList<>();
        for (int i = 0; i < SentenceKey.Recent.MOST + 10; i++) {
            List<Token> toks = sentence(i, "VERB", "rise");
            lists.add(toks);
            recent.put(SentenceKey.of(toks), i);
        }
        assertThat(recent.size()).isEqualTo(SentenceKey.Recent.MOST);
        assertThat(recent.get(SentenceKey.of(lists.get(0)))).isZero();
        assertThat(recent.get(SentenceKey.of(lists.get(SentenceKey.Recent.MOST))))
                .isNull();
    }
}
