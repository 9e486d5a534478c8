package org.newslint.nlp;

import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;

/**
 * A sentence's words as a memo key: each token's text, tag, lemma and lower-case form, in order, plus
 * any number of masks over the token indexes (which tokens are quoted, say) that the memo's owner
 * computed from the sentence's surroundings. Offsets are not part of it, so the same sentence moved by
 * an edit above it has an equal key; an owner whose computation reads offsets must turn them into a
 * mask first. Other token fields ({@link Token#lemmas()}) are not compared: an owner reading them
 * cannot use this key. Equality compares the strings (the same instances from the tagging cache
 * compare at once); the hash is computed on first use, from the strings' own cached hashes.
 */
public final class SentenceKey {
    private final List<Token> tokens;
    private final BitSet[] masks;

    /**
     * Computed on first use (0: not yet; a hash that is 0 is recomputed each time), a benign race as in
     * {@link String#hashCode}: a key found by {@link Recent} is never hashed.
     */
    private int hash;

    private SentenceKey(List<Token> tokens, BitSet[] masks) {
        this.tokens = tokens;
        this.masks = masks;
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
                || hashCode() != k.hashCode()
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
        int known = hash;
        if (known == 0) {
            int h = 1;
            for (Token t : tokens) {
                h = 31 * h + t.text().hashCode();
                h = 31 * h + t.pos().hashCode();
                h = 31 * h + Objects.hashCode(t.lemma());
            }
            known = 31 * h + Arrays.hashCode(masks);
            hash = known;
        }
        return known;
    }

    /**
     * What an owner computed for the sentences of its last analyses, by the identity of their token
     * lists, in front of a memo by {@link SentenceKey}: the tagging cache answers a paragraph an edit did
     * not move with the same {@link Sentence} objects, so an unchanged sentence is found by a pointer
     * instead of a hash over its tokens. A token list is immutable (as are its tokens and their strings),
     * so the same list object has the same content; the owner's masks are compared too, so a value is
     * returned only for the same tokens and equal masks — an equal {@link SentenceKey}.
     *
     * <p>Two generations: {@link #begin} (once per analysis) makes the current one the previous one;
     * what an analysis finds or puts goes into the current one. So it holds the sentences of the last two
     * analyses (of whichever documents), at most {@link #MOST} per generation — a longer document's
     * further sentences go to the memo —, and keeps those token lists alive (most are the tagging cache's
     * own; the others are an edit's moved copies). Safe to share between threads: two analyses at once
     * only turn over each other's generations, which costs look-ups in the memo, never a wrong value.
     */
    public static final class Recent<V> {
        /** The most sentences a generation holds. */
        public static final int MOST = 1 << 14;

        private record Entry<V>(BitSet[] masks, V value) {}

        private IdentityHashMap<List<Token>, Entry<V>> current = new IdentityHashMap<>();
        private IdentityHashMap<List<Token>, Entry<V>> previous = new IdentityHashMap<>();

        /** An analysis of {@code sentences} sentences begins: the last one's generation becomes the previous one. */
        public synchronized void begin(int sentences) {
            previous = current;
            current = new IdentityHashMap<>(Math.min(sentences, MOST));
        }

        /** The value put for a key with this very token list and equal masks, or null. */
        public synchronized V get(SentenceKey key) {
            Entry<V> e = current.get(key.tokens);
            if (e == null) {
                e = previous.get(key.tokens);
                if (e != null) {
                    add(key.tokens, e);
                }
            }
            return e != null && Arrays.equals(e.masks(), key.masks) ? e.value() : null;
        }

        /** Remembers {@code value} for {@code key}'s token list and masks (unless the generation is full). */
        public synchronized void put(SentenceKey key, V value) {
            add(key.tokens, new Entry<>(key.masks, value));
        }

        private void add(List<Token> tokens, Entry<V> e) {
            if (current.size() < MOST || current.containsKey(tokens)) {
                current.put(tokens, e);
            }
        }

        public synchronized int size() {
            return current.size() + previous.size();
        }
    }
}
