package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.util.Span;
import org.newslint.nlp.Token;

/**
 * What one thread's remembering name finder read and answered for the last document, so that the
 * next analysis of it (an edit) does not rebuild what did not change: a sentence whose token list is
 * the very list of the last document at its place ({@link #align}: the tagging cache answers a paragraph
 * that neither changed nor moved with the same objects), or a moved copy of it ({@link Token#movedAlike}: the same
 * strings, every offset moved by one distance), reuses that sentence's word array, and if the decoder answers it
 * with the very same spans (a remembered decision), the same names (their character offsets are those of the same
 * tokens), moved by the distance the first token moved (none: the same list). Anything else is built as for a
 * fresh document. The names returned are
 * unmodifiable, as they may be returned again. One document's worth of references; not thread-safe
 * (one per thread, like the decoders).
 */
final class LastDocument {
    private List<Token>[] tokens = newTokens(0);
    private String[][] words = new String[0][];
    private Span[][] spans = new Span[0][];
    private List<NameSpan>[] names = newNames(0);

    @SuppressWarnings("unchecked")
    private static List<Token>[] newTokens(int n) {
        return new List[n];
    }

    @SuppressWarnings("unchecked")
    private static List<NameSpan>[] newNames(int n) {
        return new List[n];
    }

    /**
     * The names of every sentence, with {@code decode} giving each sentence's spans over its words (the
     * spans are the decoder's and may be shared: never modified), or null if {@code decode} cannot.
     */
    List<List<NameSpan>> find(List<List<Token>> sentences, Function<List<String[]>, List<Span[]>> decode) {
        int n = sentences.size();
        List<Token>[] before = tokens;
        int[] was = align(n, before.length, (k, j) -> Token.movedAlike(sentences.get(k), before[j]));
        List<String[]> nowWords = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            nowWords.add(was[k] >= 0 ? words[was[k]] : NameFinder.words(sentences.get(k)));
        }
        List<Span[]> found = decode.apply(nowWords);
        if (found == null) {
            return null;
        }
        List<List<NameSpan>> out = new ArrayList<>(n);
        List<Token>[] nowTokens = newTokens(n);
        Span[][] nowSpans = new Span[n][];
        List<NameSpan>[] nowNames = newNames(n);
        for (int k = 0; k < n; k++) {
            Span[] s = found.get(k);
            List<NameSpan> named = was[k] >= 0 && spans[was[k]] == s
                    ? moved(names[was[k]], sentences.get(k), before[was[k]])
                    : Collections.unmodifiableList(NameFinder.onCharacters(sentences.get(k), NameFinder.onTokens(s)));
            nowTokens[k] = sentences.get(k);
            nowSpans[k] = s;
            nowNames[k] = named;
            out.add(named);
        }
        tokens = nowTokens;
        words = nowWords.toArray(new String[0][]);
        spans = nowSpans;
        names = nowNames;
        return out;
    }

    /**
     * The names of a sentence's tokens {@code last} ({@link Token#movedAlike} {@code now}) on {@code now}'s: the same
     * list when they are where they were, else each moved by the distance the tokens moved.
     */
    static List<NameSpan> moved(List<NameSpan> names, List<Token> now, List<Token> last) {
        if (names.isEmpty() || now == last) {
            return names;
        }
        int by = Token.startOf(now, 0) - Token.startOf(last, 0);
        if (by == 0) {
            return names;
        }
        NameSpan[] out = new NameSpan[names.size()];
        for (int i = 0; i < out.length; i++) {
            NameSpan n = names.get(i);
            out[i] =
                    new NameSpan(n.start() + by, n.end() + by, n.type(), n.probability(), n.firstToken(), n.endToken());
        }
        return List.of(out);
    }

    /** Whether sentence {@code now} of a document is sentence {@code last} of the last one. */
    interface Same {
        boolean at(int now, int last);
    }

    /**
     * For each of {@code n} sentences, a place among the {@code m} of the last document where {@code same} holds,
     * or -1; the places increase (an order-preserving matching): the common run at the start, the one at the end,
     * and between them each sentence at the same place as before counted from the start, else from the end, when
     * that is after the last place given (so the sentences between two edited paragraphs are found when only one
     * of the edits changed the count of sentences).
     */
    static int[] align(int n, int m, Same same) {
        int prefix = 0;
        while (prefix < n && prefix < m && same.at(prefix, prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && same.at(n - 1 - suffix, m - 1 - suffix)) {
            suffix++;
        }
        int[] was = new int[n];
        for (int k = 0; k < prefix; k++) {
            was[k] = k;
        }
        int floor = prefix - 1;
        int oldEnd = m - suffix;
        for (int k = prefix; k < n - suffix; k++) {
            int b = k - n + m;
            if (k > floor && k < oldEnd && same.at(k, k)) {
                was[k] = floor = k;
            } else if (b != k && b > floor && b < oldEnd && same.at(k, b)) {
                was[k] = floor = b;
            } else {
                was[k] = -1;
            }
        }
        for (int k = n - suffix; k < n; k++) {
            was[k] = k - n + m;
        }
        return was;
    }

    /** {@link #align} by equal words. */
    static int[] places(List<String[]> now, String[][] last) {
        return align(now.size(), last.length, (k, j) -> sameWords(now.get(k), last[j]));
    }

    /** Equal token arrays; the same string objects (the tagging cache's) compare without being read. */
    static boolean sameWords(String[] a, String[] b) {
        return Arrays.equals(a, b); // String.equals answers the same object at once
    }
}
