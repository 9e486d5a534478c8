package org.newslint.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newslint.text.TextRange;

/**
 * One word or punctuation mark with its character span, universal POS tag and lemma candidates.
 * {@code text} is the normalised form (straight quotes and apostrophes); {@code lower} is it in
 * lower case (callers of the canonical constructor pass exactly that; the short constructor
 * computes it), kept because the stages ask for it thousands of times per article (it was 10 % of
 * newslint's own analysis time when computed on each call).
 *
 * <p>A value class with a record's contract (its accessors, {@code equals}, {@code hashCode} and {@code toString}
 * are what {@code record Token(int start, int end, String text, String pos, String lemma, List<String> lemmas,
 * String lower)} gives, {@code MovedTokensTest}), written out so that {@link #moved(int)} can share the lemma list
 * without the public constructors' {@code List.copyOf}, whose check of the list's class read a list object per
 * token (a cache miss each, most of the cost of moving a sentence's tokens).
 */
public final class Token {
    private final int start;
    private final int end;
    private final String text;
    private final String pos;
    private final String lemma;
    private final List<String> lemmas;
    private final String lower;

    /** @param lemmas copied unless unmodifiable already ({@link List#copyOf}) */
    public Token(int start, int end, String text, String pos, String lemma, List<String> lemmas, String lower) {
        this(start, end, text, pos, lemma, List.copyOf(lemmas), lower, true);
    }

    public Token(int start, int end, String text, String pos, String lemma, List<String> lemmas) {
        this(start, end, text, pos, lemma, lemmas, text.toLowerCase(Locale.ROOT));
    }

    /** {@code lemmas} is unmodifiable: a token's own (the flag only tells this constructor apart). */
    private Token(
            int start, int end, String text, String pos, String lemma, List<String> lemmas, String lower, boolean own) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.pos = pos;
        this.lemma = lemma;
        this.lemmas = lemmas;
        this.lower = lower;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return text;
    }

    public String pos() {
        return pos;
    }

    public String lemma() {
        return lemma;
    }

    public List<String> lemmas() {
        return lemmas;
    }

    public String lower() {
        return lower;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof Token t
                        && start == t.start
                        && end == t.end
                        && Objects.equals(text, t.text)
                        && Objects.equals(pos, t.pos)
                        && Objects.equals(lemma, t.lemma)
                        && Objects.equals(lemmas, t.lemmas)
                        && Objects.equals(lower, t.lower);
    }

    /** A record's hash code: each component's, combined as {@code 31 * h + c} from 0 in declaration order. */
    @Override
    public int hashCode() {
        int h = Integer.hashCode(start);
        h = 31 * h + Integer.hashCode(end);
        h = 31 * h + Objects.hashCode(text);
        h = 31 * h + Objects.hashCode(pos);
        h = 31 * h + Objects.hashCode(lemma);
        h = 31 * h + Objects.hashCode(lemmas);
        return 31 * h + Objects.hashCode(lower);
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", text=" + text + ", pos=" + pos + ", lemma=" + lemma
                + ", lemmas=" + lemmas + ", lower=" + lower + "]";
    }

    /** This token {@code by} characters further on (earlier when negative), sharing every string and the lemma list. */
    public Token moved(int by) {
        return new Token(start + by, end + by, text, pos, lemma, lemmas, lower, true);
    }

    /**
     * Each of {@code tokens} {@link #moved} by {@code by}, in a new unmodifiable list that knows the list they were
     * first moved from ({@link #movedAlike}). O(1): the tokens are made when one is first read (a sentence an edit
     * moved is mostly compared with the last analysis's by {@link #movedAlike}, never read), and every read of a
     * slot gives the same instance.
     */
    public static List<Token> moved(List<Token> tokens, int by) {
        return tokens instanceof Moved m
                ? new Moved(m.origin, m.source, m.by + by)
                : new Moved(tokens, List.copyOf(tokens), by);
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

    /**
     * How far each token of {@code a} lies after its counterpart in {@code b} when the two are {@link #movedAlike}
     * (0 for one list), else {@link Long#MIN_VALUE}: {@code movedAlike(a, b)} and {@code a.get(i).start() -
     * b.get(i).start()} (likewise the ends) for every {@code i}, without making or reading a token.
     */
    public static long movedBy(List<Token> a, List<Token> b) {
        if (a == b) {
            return 0;
        }
        return origin(a) == origin(b) ? (long) shift(a) - shift(b) : Long.MIN_VALUE;
    }

    /** {@code tokens.get(i).start()}, without making the token of a {@link #moved(List, int) moved} list. */
    public static int startOf(List<Token> tokens, int i) {
        return tokens instanceof Moved m ? m.source.get(i).start + m.by : tokens.get(i).start;
    }

    /** {@code tokens.get(i).end()}, without making the token of a {@link #moved(List, int) moved} list. */
    public static int endOf(List<Token> tokens, int i) {
        return tokens instanceof Moved m ? m.source.get(i).end + m.by : tokens.get(i).end;
    }

    private static List<Token> origin(List<Token> tokens) {
        return tokens instanceof Moved m ? m.origin : tokens;
    }

    private static int shift(List<Token> tokens) {
        return tokens instanceof Moved m ? m.by : 0;
    }

    /**
     * Tokens moved by {@code by} from the list they were first moved from ({@code origin}, never itself a
     * {@code Moved}: moving again adds to {@code by}; read through {@code source}, an unmodifiable copy, the very
     * list when it is unmodifiable already, as a sentence's is), kept alive by it: one list per moved sentence at
     * most, whose strings the moved tokens share anyway. Unmodifiable, so {@link Sentence} keeps it as it is. The
     * tokens are made, all at once, when one is first read, and published only if none were yet (compare and
     * exchange), so every read, on any thread, gives the one instance per slot that won (some stages compare tokens
     * by reference); a {@code Token} is immutable (final fields, its lemma list unmodifiable), and the array is
     * never written after it is published.
     */
    static final class Moved extends java.util.AbstractList<Token> implements java.util.RandomAccess {
        private static final java.lang.invoke.VarHandle MADE;

        static {
            try {
                MADE = java.lang.invoke.MethodHandles.lookup().findVarHandle(Moved.class, "made", Token[].class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final List<Token> origin;
        private final List<Token> source;
        private final int by;
        /** How many tokens: kept here, so asking does not read the source list (a cache miss per moved sentence). */
        private final int size;
        /** The moved tokens, null until one is read. */
        private volatile Token[] made;

        private Moved(List<Token> origin, List<Token> source, int by) {
            this.origin = origin;
            this.source = source;
            this.by = by;
            this.size = source.size();
        }

        @Override
        public Token get(int index) {
            Token[] tokens = made;
            if (tokens == null) {
                tokens = make();
            }
            return tokens[index];
        }

        private Token[] make() {
            Token[] out = new Token[source.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = source.get(i).moved(by);
            }
            Token[] won = (Token[]) MADE.compareAndExchange(this, (Token[]) null, out);
            return won == null ? out : won;
        }

        @Override
        public int size() {
            return size;
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
