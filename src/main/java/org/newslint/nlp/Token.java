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

    /** Each of {@code tokens} {@link #moved} by {@code by}, in a new list. */
    public static List<Token> moved(List<Token> tokens, int by) {
        List<Token> out = new java.util.ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.moved(by));
        }
        return out;
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
