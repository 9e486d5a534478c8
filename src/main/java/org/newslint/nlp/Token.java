package org.newslint.nlp;

import java.util.List;
import java.util.Locale;
import org.newslint.text.TextRange;

/**
 * One word or punctuation mark with its character span, universal POS tag and lemma candidates.
 * {@code text} is the normalised form (straight quotes and apostrophes); {@code lower} is it in
 * lower case (callers of the canonical constructor pass exactly that; the short constructor
 * computes it), kept because the stages ask for it thousands of times per article (it was 10 % of
 * newslint's own analysis time when computed on each call).
 */
public record Token(int start, int end, String text, String pos, String lemma, List<String> lemmas, String lower) {
    public Token {
        lemmas = List.copyOf(lemmas);
    }

    public Token(int start, int end, String text, String pos, String lemma, List<String> lemmas) {
        this(start, end, text, pos, lemma, lemmas, text.toLowerCase(Locale.ROOT));
    }

    /** This token {@code by} characters further on (earlier when negative), sharing every string. */
    public Token moved(int by) {
        return new Token(start + by, end + by, text, pos, lemma, lemmas, lower);
    }

    /**
     * Each of {@code tokens} {@link #moved} by {@code by}, in a new unmodifiable list that knows the list they were
     * first moved from ({@link #movedAlike}).
     */
    public static List<Token> moved(List<Token> tokens, int by) {
        Token[] out = new Token[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).moved(by);
        }
        return new Moved(out, tokens instanceof Moved m ? m.origin : tokens);
    }

    /**
     * Whether the two lists are known to hold the same tokens but for their offsets, all moved by one distance:
     * they are one list, or one was {@link #moved(List, int) moved} from the other, or both from one list. False
     * says nothing: equal lists made apart are not known to be equal. A stage comparing a sentence with the last
     * analysis's asks this first, so a sentence an edit moved costs a pointer comparison.
     */
    public static boolean movedAlike(List<Token> a, List<Token> b) {
        return a == b || origin(a) == origin(b);
    }

    private static List<Token> origin(List<Token> tokens) {
        return tokens instanceof Moved m ? m.origin : tokens;
    }

    /**
     * Moved tokens and the list they were first moved from (kept alive by it: one list per moved sentence at
     * most, whose strings the moved tokens share anyway). Unmodifiable, so {@link Sentence} keeps it as it is.
     */
    static final class Moved extends java.util.AbstractList<Token> implements java.util.RandomAccess {
        private final Token[] tokens;
        private final List<Token> origin;

        private Moved(Token[] tokens, List<Token> origin) {
            this.tokens = tokens;
            this.origin = origin;
        }

        @Override
        public Token get(int index) {
            return tokens[index];
        }

        @Override
        public int size() {
            return tokens.length;
        }
    }

    public TextRange range() {
        return new TextRange(start, end);
    }

    public boolean isPunctuation() {
        return pos.equals("PUNCT") || (text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0)));
    }

    public boolean isProperNoun() {
        return pos.equals("PROPN");
    }

    public boolean isNoun() {
        return pos.equals("NOUN") || pos.equals("PROPN");
    }

    public boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    public boolean isQuoteMark() {
        return text.equals("\"") || text.equals("'") || text.equals("''") || text.equals("``");
    }
}
