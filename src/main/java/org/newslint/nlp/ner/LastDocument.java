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
 * the very list of the last document at the same place (counted from the start before the first
 * other list, from the end after the last: the tagging cache answers a paragraph that neither changed
 * nor moved with the same objects) reuses that sentence's word array, and if the decoder answers it
 * with the very same spans (a remembered decision), the same names, whose character offsets are those
 * same tokens' offsets. Anything else is built as for a fresh document. The names returned are
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
        int m = tokens.length;
        int prefix = 0;
        while (prefix < n && prefix < m && sentences.get(prefix) == tokens[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && sentences.get(n - 1 - suffix) == tokens[m - 1 - suffix]) {
            suffix++;
        }
        List<String[]> nowWords = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int was = k < prefix ? k : k >= n - suffix ? k - n + m : -1;
            nowWords.add(was >= 0 ? words[was] : NameFinder.words(sentences.get(k)));
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
            int was = k < prefix ? k : k >= n - suffix ? k - n + m : -1;
            Span[] s = found.get(k);
            List<NameSpan> named = was >= 0 && spans[was] == s
                    ? names[was]
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
     * For each sentence of a document, its place in the last one where its words are equal there, else -1:
     * the common run of equal sentences at the start, and the one at the end.
     */
    static int[] places(List<String[]> now, String[][] last) {
        int n = now.size();
        int m = last.length;
        int prefix = 0;
        while (prefix < n && prefix < m && sameWords(now.get(prefix), last[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && sameWords(now.get(n - 1 - suffix), last[m - 1 - suffix])) {
            suffix++;
        }
        int[] was = new int[n];
        for (int k = 0; k < n; k++) {
            was[k] = k < prefix ? k : k >= n - suffix ? k - n + m : -1;
        }
        return was;
    }

    /** Equal token arrays; the same string objects (the tagging cache's) compare without being read. */
    static boolean sameWords(String[] a, String[] b) {
        return Arrays.equals(a, b); // String.equals answers the same object at once
    }
}
