package org.newslint.nlp;

import java.util.List;
import org.newslint.text.TextRange;

/** A sentence with its tokens, located in the original text. */
public record Sentence(TextRange range, List<Token> tokens) {
    public Sentence {
        // moved tokens are unmodifiable already, and copying them would lose where they were moved from
        tokens = tokens instanceof Token.Moved ? tokens : List.copyOf(tokens);
    }
}
