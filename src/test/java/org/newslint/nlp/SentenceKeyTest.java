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

    /**
     * Sentence number {@code n} of a document, at {@code at}: its own words, so that two numbers never make
     * equal keys (values recorded for equal keys are interchangeable, as a memo's are).
     */
    private static List<Token> numbered(int n, int at, String verbLemma) {
        String noun = "Prices" + n;
        return List.of(
                token(at, noun, "NOUN", "price"),
                token(at + noun.length() + 1, "rose", "VERB", verbLemma),
                token(at + noun.length() + 5, ".", "PUNCT", "."));
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
        SentenceKey.Recent.Session<String> first = recent.begin(3);
        List<Token> toks = sentence(0, "VERB", "rise");
        first.put(SentenceKey.of(toks, mask(1)), "remembered");
        // a session sees the analyses before it, not its own sentences
        assertThat(first.get(SentenceKey.of(toks, mask(1)))).isNull();
        first.end();
        SentenceKey.Recent.Session<String> next = recent.begin(3);
        assertThat(next.peek(SentenceKey.of(toks, mask(1)))).isEqualTo("remembered");
        // the same tokens quoted otherwise: not this value
        assertThat(next.get(SentenceKey.of(toks, mask()))).isNull();
        // another list with the same words at the same place: an equal key, so the same value
        assertThat(next.peek(SentenceKey.of(sentence(0, "VERB", "rise"), mask(1))))
                .isEqualTo("remembered");
        // another lemma, tag or word there: not
        assertThat(next.peek(SentenceKey.of(sentence(0, "VERB", "rose"), mask(1))))
                .isNull();
        assertThat(next.peek(SentenceKey.of(sentence(0, "NOUN", "rise"), mask(1))))
                .isNull();
        assertThat(next.get(SentenceKey.of(toks, mask(1)))).isEqualTo("remembered");
    }

    @Test
    void recentFindsSentencesByPositionWhateverWasInsertedOrRemovedBetween() {
        SentenceKey.Recent<Integer> recent = new SentenceKey.Recent<>();
        List<List<Token>> lists = new java.util.ArrayList<>();
        SentenceKey.Recent.Session<Integer> first = recent.begin(50);
        for (int i = 0; i < 50; i++) {
            lists.add(numbered(i, 100 * i, "rise"));
            first.put(SentenceKey.of(lists.get(i)), i);
        }
        first.end();
        SentenceKey.Recent.Session<Integer> next = recent.begin(50);
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 50; i++) {
            if (random.nextInt(4) == 0) {
                continue; // a sentence the edit removed: the next one is not where expected
            }
            if (random.nextInt(4) == 0) {
                // a new sentence (other words) at the same place
                assertThat(next.get(SentenceKey.of(numbered(i, 100 * i, "fall"))))
                        .isNull();
                continue;
            }
            assertThat(next.get(SentenceKey.of(lists.get(i)))).isEqualTo(i);
        }
        // out of text order: answered, never recorded
        assertThat(next.get(SentenceKey.of(lists.get(3)))).isEqualTo(3);
    }

    @Test
    void recentFindsTheSentencesAnEditMovedByTheChangeInTheTextsLength() {
        SentenceKey.Recent<Integer> recent = new SentenceKey.Recent<>();
        List<List<Token>> lists = new java.util.ArrayList<>();
        SentenceKey.Recent.Session<Integer> first = recent.begin(50, 5000);
        for (int i = 0; i < 50; i++) {
            lists.add(numbered(i, 100 * i, "rise"));
            first.put(SentenceKey.of(lists.get(i)), i);
        }
        first.end();
        // three characters typed into sentence 20: it has other words, every later one moved by three
        SentenceKey.Recent.Session<Integer> next = recent.begin(50, 5003);
        for (int i = 0; i < 50; i++) {
            if (i < 20) {
                assertThat(next.get(SentenceKey.of(lists.get(i)))).isEqualTo(i);
            } else if (i == 20) {
                assertThat(next.get(SentenceKey.of(numbered(20, 2000, "fall")))).isNull();
            } else {
                assertThat(next.get(SentenceKey.of(Token.moved(lists.get(i), 3))))
                        .isEqualTo(i);
            }
        }
        next.end();
        // the moved sentences are found by their new offsets in the generation after
        SentenceKey.Recent.Session<Integer> after = recent.begin(50, 5003);
        assertThat(after.peek(SentenceKey.of(numbered(49, 4903, "rise")))).isEqualTo(49);
        // and only with the same words: a sentence moved elsewhere with other words is not answered
        SentenceKey.Recent.Session<Integer> other = recent.begin(50, 5003);
        assertThat(other.peek(SentenceKey.of(numbered(49, 4903, "fall")))).isNull();
    }

    @Test
    void recentHoldsTheLastTwoAnalysesSentences() {
        SentenceKey.Recent<String> recent = new SentenceKey.Recent<>();
        List<Token> a = numbered(1, 10, "rise");
        List<Token> b = numbered(2, 20, "rise");
        SentenceKey.Recent.Session<String> first = recent.begin(2);
        first.put(SentenceKey.of(a), "a");
        first.put(SentenceKey.of(b), "b");
        first.end();
        // the next analysis finds a (carried into its generation), not b
        SentenceKey.Recent.Session<String> second = recent.begin(2);
        assertThat(second.get(SentenceKey.of(a))).isEqualTo("a");
        second.end();
        SentenceKey.Recent.Session<String> third = recent.begin(2);
        assertThat(third.get(SentenceKey.of(a))).isEqualTo("a");
        assertThat(third.peek(SentenceKey.of(b)))
                .as("two analyses back, not carried")
                .isEqualTo("b");
        third.end();
        SentenceKey.Recent.Session<String> fourth = recent.begin(2);
        assertThat(fourth.get(SentenceKey.of(b))).as("three analyses back").isNull();
        fourth.end();
        // an analysis that never ends (cancelled) publishes nothing
        recent.begin(2).put(SentenceKey.of(b), "lost");
        assertThat(recent.begin(2).get(SentenceKey.of(b))).isNull();
        assertThat(recent.size()).isEqualTo(1);
    }

    @Test
    void aGenerationHoldsAtMostMostSentences() {
        SentenceKey.Recent<Integer> recent = new SentenceKey.Recent<>();
        SentenceKey.Recent.Session<Integer> first = recent.begin(SentenceKey.Recent.MOST + 10);
        List<List<Token>> lists = new java.util.ArrayList<>();
        for (int i = 0; i < SentenceKey.Recent.MOST + 10; i++) {
            List<Token> toks = numbered(i, i * 20, "rise");
            lists.add(toks);
            first.put(SentenceKey.of(toks), i);
        }
        first.end();
        assertThat(recent.size()).isEqualTo(SentenceKey.Recent.MOST);
        SentenceKey.Recent.Session<Integer> next = recent.begin(1);
        assertThat(next.get(SentenceKey.of(lists.get(0)))).isZero();
        assertThat(next.get(SentenceKey.of(lists.get(SentenceKey.Recent.MOST)))).isNull();
    }
}
