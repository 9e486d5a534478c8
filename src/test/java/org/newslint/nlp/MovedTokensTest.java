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
}
