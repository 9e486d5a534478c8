package org.newslint.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.Token;

/** {@link SameReads#sameTokens}: a moved copy is the same sentence only at the distance it was moved by. */
class SameReadsTest {
    private static final List<Token> SENTENCE = List.of(
            new Token(10, 13, "Kim", "PROPN", "Kim", List.of("Kim")),
            new Token(14, 18, "said", "VERB", "say", List.of("say")),
            new Token(18, 19, ".", "PUNCT", ".", List.of(".")));

    @Test
    void aMovedCopyIsTheSameSentenceOnlyAtItsDistance() {
        List<Token> moved = Token.moved(SENTENCE, 5);
        List<Token> movedAgain = Token.moved(moved, -2);
        assertTrue(SameReads.sameTokens(SENTENCE, SENTENCE, 0));
        assertTrue(SameReads.sameTokens(SENTENCE, moved, 5));
        assertTrue(SameReads.sameTokens(moved, movedAgain, -2));
        assertTrue(SameReads.sameTokens(SENTENCE, movedAgain, 3));
        assertFalse(SameReads.sameTokens(SENTENCE, moved, 0));
        assertFalse(SameReads.sameTokens(SENTENCE, moved, 4));
        assertFalse(SameReads.sameTokens(moved, movedAgain, 0));
        assertFalse(SameReads.sameTokens(SENTENCE, SENTENCE, 1));
    }

    @Test
    void equalTokensMadeApartAreComparedOneByOne() {
        List<Token> apart = List.of(
                new Token(20, 23, "Kim", "PROPN", "Kim", List.of("Kim")),
                new Token(24, 28, "said", "VERB", "say", List.of("say")),
                new Token(28, 29, ".", "PUNCT", ".", List.of(".")));
        assertTrue(SameReads.sameTokens(SENTENCE, apart, 10));
        assertFalse(SameReads.sameTokens(SENTENCE, apart, 9));
        List<Token> otherTag =
                List.of(new Token(20, 23, "Kim", "NOUN", "Kim", List.of("Kim")), apart.get(1), apart.get(2));
        assertFalse(SameReads.sameTokens(SENTENCE, otherTag, 10));
    }
}
