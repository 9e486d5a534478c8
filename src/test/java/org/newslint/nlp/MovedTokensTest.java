package org.newslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.text.TextRange;

/** Moved token lists know where they were moved from, so stages compare a moved sentence by a pointer. */
class MovedTokensTest {
    private static final List<Token> SAID = List.of(
            new Token(0, 3, "Kim", "PROPN", "Kim", List.of("Kim")),
            new Token(4, 8, "said", "VERB", "say", List.of("say")),
            new Token(8, 9, ".", "PUNCT", ".", List.of(".")));

    @Test
    void aMovedListHoldsTheTokensMovedAndIsKnownToBeMovedAlike() {
        List<Token> moved = Token.moved(SAID, 5);
        assertThat(moved).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(moved.get(i)).isEqualTo(SAID.get(i).moved(5));
        }
        List<Token> back = Token.moved(moved, -2);
        assertThat(back.get(0).start()).isEqualTo(3);
        assertThat(Token.movedAlike(moved, SAID)).isTrue();
        assertThat(Token.movedAlike(SAID, back)).isTrue();
        assertThat(Token.movedAlike(back, moved)).isTrue();
        assertThat(Token.movedAlike(Token.moved(SAID, 0), Token.moved(SAID, 9))).isTrue();
    }

    @Test
    void equalListsMadeApartAreNotKnownToBeMovedAlike() {
        List<Token> copy = List.copyOf(new java.util.ArrayList<>(SAID));
        assertThat(copy).isEqualTo(SAID);
        assertThat(Token.movedAlike(copy, SAID)).isFalse();
        assertThat(Token.movedAlike(Token.moved(copy, 1), Token.moved(SAID, 1))).isFalse();
    }

    @Test
    void aSentenceKeepsMovedTokensAsTheyAreAndTheyCannotBeChanged() {
        List<Token> moved = Token.moved(SAID, 5);
        Sentence s = new Sentence(new TextRange(5, 14), moved);
        assertThat(s.tokens()).isSameAs(moved);
        assertThatThrownBy(() -> moved.set(0, SAID.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> moved.add(SAID.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void movedByTellsHowFarWithoutMakingATokenAndEachSlotHasOneToken() {
        List<Token> moved = Token.moved(SAID, 5);
        List<Token> twice = Token.moved(moved, -2);
        assertThat(Token.movedBy(moved, SAID)).isEqualTo(5);
        assertThat(Token.movedBy(SAID, moved)).isEqualTo(-5);
        assertThat(Token.movedBy(twice, moved)).isEqualTo(-2);
        assertThat(Token.movedBy(moved, moved)).isZero();
        assertThat(Token.movedBy(Token.moved(SAID, 3), twice)).isZero();
        assertThat(Token.movedBy(List.copyOf(new java.util.ArrayList<>(SAID)), SAID))
                .isEqualTo(Long.MIN_VALUE);
        for (int i = 0; i < 3; i++) {
            assertThat(Token.startOf(twice, i)).isEqualTo(SAID.get(i).start() + 3);
            assertThat(Token.endOf(twice, i)).isEqualTo(SAID.get(i).end() + 3);
            assertThat(Token.startOf(SAID, i)).isEqualTo(SAID.get(i).start());
            assertThat(twice.get(i)).isEqualTo(SAID.get(i).moved(3)).isSameAs(twice.get(i));
            assertThat(twice.get(i).text()).isSameAs(SAID.get(i).text());
        }
        assertThat(twice)
                .isEqualTo(List.of(
                        SAID.get(0).moved(3), SAID.get(1).moved(3), SAID.get(2).moved(3)));
        assertThatThrownBy(() -> twice.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void threadsReadingAMovedListGetOneTokenPerSlot() throws Exception {
        List<Token> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(new Token(i, i + 1, "w" + i, "NOUN", "w", List.of("w")));
        }
        List<Token> origin = List.copyOf(many);
        for (int round = 0; round < 20; round++) {
            List<Token> moved = Token.moved(origin, round + 1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<Token[]>> reads = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    reads.add(pool.submit(() -> moved.toArray(new Token[0])));
                }
                Token[] first = reads.get(0).get();
                for (java.util.concurrent.Future<Token[]> read : reads) {
                    Token[] seen = read.get();
                    for (int i = 0; i < seen.length; i++) {
                        assertThat(seen[i]).isSameAs(first[i]).isSameAs(moved.get(i));
                        assertThat(seen[i].start()).isEqualTo(i + round + 1);
                    }
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    /** What {@code Token} was: a record of the same components, whose equals, hashCode and toString it keeps. */
    private record AsRecord(
            int start, int end, String text, String pos, String lemma, List<String> lemmas, String lower) {}

    @Test
    void aTokenBehavesAsTheRecordItWas() {
        List<Token> tokens = List.of(
                new Token(3, 9, "Kim", "PROPN", null, List.of("Kim", "kim")),
                new Token(0, 1, "\"", "PUNCT", "\"", List.of(), "\""),
                SAID.get(1).moved(-4));
        for (Token t : tokens) {
            AsRecord r = new AsRecord(t.start(), t.end(), t.text(), t.pos(), t.lemma(), t.lemmas(), t.lower());
            assertThat(t.hashCode()).isEqualTo(r.hashCode());
            assertThat(t.toString()).isEqualTo(r.toString().replace("AsRecord[", "Token["));
            assertThat(t)
                    .isEqualTo(new Token(
                            t.start(), t.end(), t.text(), t.pos(), t.lemma(), new java.util.ArrayList<>(t.lemmas())))
                    .isNotEqualTo(t.moved(1))
                    .isNotEqualTo(r);
        }
        List<String> mutable = new java.util.ArrayList<>(List.of("say"));
        Token said = new Token(0, 4, "said", "VERB", "say", mutable);
        mutable.add("said");
        assertThat(said.lemmas()).containsExactly("say");
        assertThatThrownBy(() -> said.lemmas().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(said.moved(2).lemmas()).isSameAs(said.lemmas());
    }
}
