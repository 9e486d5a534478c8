package org.newslint.nlp;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A sentence's words as a memo key: each token's text, tag, lemma and lower-case form, in order, plus
 * any number of masks over the token indexes (which tokens are quoted, say) that the memo's owner
 * computed from the sentence's surroundings. Offsets are not part of it, so the same sentence moved by
 * an edit above it has an equal key; an owner whose computation reads offsets must turn them into a
 * mask first. Other token fields ({@link Token#lemmas()}) are not compared: an owner reading them
 * cannot use this key. Equality compares the strings (the same instances from the tagging cache
 * compare at once); the hash is computed once, from the strings' own cached hashes.
 */
public final class SentenceKey {
    private final List<Token> tokens;
    private final BitSet[] masks;
    private final int hash;

    private SentenceKey(List<Token> tokens, BitSet[] masks) {
        this.tokens = tokens;
        this.masks = masks;
        int h = 1;
        for (Token t : tokens) {
            h = 31 * h + t.text().hashCode();
            h = 31 * h + t.pos().hashCode();
            h = 31 * h + Objects.hashCode(t.lemma());
        }
        this.hash = 31 * h + Arrays.hashCode(masks);
    }

    /** The key of {@code tokens} with these masks (not copied: the caller must not change them afterwards). */
    public static SentenceKey of(List<Token> tokens, BitSet... masks) {
        return new SentenceKey(tokens, masks);
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The {@code i}th mask, as given. */
    public BitSet mask(int i) {
        return masks[i];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SentenceKey k)
                || hash != k.hash
                || tokens.size() != k.tokens.size()
                || !Arrays.equals(masks, k.masks)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = k.tokens.get(i);
            if (a != b
                    && (!a.text().equals(b.text())
                            || !a.pos().equals(b.pos())
                            || !Objects.equals(a.lemma(), b.lemma())
                            || !a.lower().equals(b.lower()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
