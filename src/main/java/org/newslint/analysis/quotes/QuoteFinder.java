package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newslint.text.Normalizer;
import org.newslint.text.Paragraph;
import org.newslint.text.ParagraphKind;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Finds quotations by their marks, paragraph by paragraph: curly and straight double quotes,
 * quotes that run over several paragraphs (a paragraph left open and the next one reopened),
 * nested single quotes, and Markdown block quotes. An unclosed quote ends with its paragraph,
 * so one stray mark cannot swallow the rest of a long file.
 */
public final class QuoteFinder {
    /** A quotation before speakers are known. */
    public record RawQuote(TextRange range, TextRange content, boolean closed, boolean block, List<TextRange> nested) {}

    /** Quotes plus closing marks that close nothing. */
    public record Result(List<RawQuote> quotes, List<TextRange> strayClosers) {}

    private QuoteFinder() {}

    public static Result find(Prose prose) {
        String original = prose.original();
        String text = prose.text();
        List<RawQuote> quotes = new ArrayList<>();
        List<TextRange> strays = new ArrayList<>();
        List<Paragraph> paragraphs = prose.paragraphs();
        int openAt = -1;
        // the opening mark and paragraph end of each paragraph an open quotation has run through so far
        List<int[]> chain = new ArrayList<>();
        // double-quoted spans inside the open quotation
        List<TextRange> nestedDoubles = new ArrayList<>();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            TextRange r = p.range();
            int k = r.start();
            if (openAt >= 0) {
                if (text.charAt(k) == '"' && !looksClosing(original, text, k, r) && sameStyle(original, openAt, k)) {
                    chain.add(new int[] {k, r.end()});
                    k++; // the reopening mark of a multi-paragraph quote
                } else {
                    openAt = -1; // already emitted as unclosed when the previous paragraph ended
                }
            }
            boolean hasDoubleQuotes = r.of(text).indexOf('"') >= 0;
            if (p.kind() == ParagraphKind.BLOCK_QUOTE && !hasDoubleQuotes) {
                quotes.add(new RawQuote(r, r, true, true, SingleQuotes.within(original, text, r)));
                continue;
            }
            if (!hasDoubleQuotes && openAt < 0) {
                SingleQuotes.addQuotes(original, text, r, quotes);
                continue;
            }
            for (; k < r.end(); k++) {
                if (text.charAt(k) != '"') {
                    continue;
                }
                char c = original.charAt(k);
                if (openAt >= 0) {
                    // "PENCE: … an episode of “Shark Tank.” But …" — a quotation inside the open one
                    int closer = nestedCloser(original, text, openAt, k, r);
                    if (closer > k) {
                        nestedDoubles.add(new TextRange(k, closer + 1));
                        k = closer;
                        continue;
                    }
                }
                boolean opening;
                if (Normalizer.isOpeningQuoteChar(c)) {
                    // "… 51 percent.“" at a paragraph's end: the glyph is wrong, its place says it closes
                    opening = !(openAt >= 0 && closesByPlace(text, k, r));
                } else if (Normalizer.isClosingQuoteChar(c)) {
                    // "”Fear. I am truly afraid …" opening a paragraph: a closing glyph cannot close nothing there
                    opening = openAt < 0 && k == r.start();
                } else if (openAt < 0) {
                    if (k > r.start() && Character.isDigit(text.charAt(k - 1))) {
                        continue; // an inch mark, as in 6'2"
                    }
                    opening = !looksClosing(original, text, k, r) || k == r.start();
                    if (!opening) {
                        strays.add(new TextRange(k, k + 1));
                        continue;
                    }
                } else {
                    opening = false;
                }
                if (opening) {
                    if (openAt >= 0) {
                        // a second opening mark: the first quote was never closed
                        addUnclosed(text, chain, k, nestedDoubles, quotes);
                    }
                    openAt = k;
                    nestedDoubles.clear();
                    chain.clear();
                    chain.add(new int[] {k, r.end()});
                } else if (openAt < 0) {
                    strays.add(new TextRange(k, k + 1));
                } else {
                    TextRange range = new TextRange(openAt, k + 1);
                    TextRange content = new TextRange(openAt + 1, k);
                    List<TextRange> nested = new ArrayList<>(nestedDoubles);
                    nested.addAll(SingleQuotes.within(original, text, content));
                    nested.sort(null);
                    quotes.add(new RawQuote(range, content, true, p.kind() == ParagraphKind.BLOCK_QUOTE, nested));
                    openAt = -1;
                }
            }
            if (openAt >= 0) {
                boolean continues = pi + 1 < paragraphs.size()
                        && startsWithOpeningQuote(
                                original, text, paragraphs.get(pi + 1).range())
                        && sameStyle(
                                original, openAt, paragraphs.get(pi + 1).range().start());
                if (!continues) {
                    addUnclosed(text, chain, r.end(), nestedDoubles, quotes);
                    openAt = -1;
                }
            }
        }
        quotes.sort((a, b) -> a.range().compareTo(b.range()));
        return new Result(quotes, strays);
    }

    /**
     * A quotation that never closes: one unclosed quote when it stayed in one paragraph; one per
     * paragraph when it ran through several, since every paragraph reopened it and none closed it
     * ("\"WALLACE: …" paragraphs of a transcript), so nothing shows they are one quotation.
     */
    private static void addUnclosed(
            String text, List<int[]> chain, int end, List<TextRange> nested, List<RawQuote> quotes) {
        for (int i = 0; i < chain.size(); i++) {
            int stop = i + 1 < chain.size() ? chain.get(i)[1] : end;
            RawQuote q = unclosed(text, chain.get(i)[0], stop);
            List<TextRange> inside =
                    nested.stream().filter(n -> q.range().contains(n)).toList();
            quotes.add(new RawQuote(q.range(), q.content(), false, false, inside));
        }
    }

    /**
     * The closing mark of a quotation opened at {@code k} inside the quotation opened at {@code outer},
     * or -1: the mark at {@code k} must be placed to open, its own closing mark must come before any
     * mark of the outer style, and a quotation in the outer's own style must leave a closing mark for
     * the outer after it ("“He called it “a disaster” twice,” she said").
     */
    private static int nestedCloser(String original, String text, int outer, int k, TextRange r) {
        boolean straight = original.charAt(k) == '"';
        boolean opensHere = straight
                ? k > r.start()
                        && (Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == '(')
                        && !looksClosing(original, text, k, r)
                : Normalizer.isOpeningQuoteChar(original.charAt(k)) && !closesByPlace(text, k, r);
        if (!opensHere) {
            return -1;
        }
        int closer = -1;
        for (int j = k + 1; j < r.end() && closer < 0; j++) {
            if (text.charAt(j) != '"') {
                continue;
            }
            boolean closes = straight
                    ? looksClosing(original, text, j, r)
                    : Normalizer.isClosingQuoteChar(original.charAt(j)) || closesByPlace(text, j, r);
            if (!sameStyle(original, k, j) || !closes) {
                return -1; // the outer quotation's mark, or another opening, comes first
            }
            closer = j;
        }
        if (closer < 0 || !sameStyle(original, outer, k)) {
            return closer;
        }
        for (int j = closer + 1; j < r.end(); j++) {
            if (text.charAt(j) == '"'
                    && sameStyle(original, outer, j)
                    && (straight
                            ? looksClosing(original, text, j, r)
                            : !Normalizer.isOpeningQuoteChar(original.charAt(j)))) {
                return closer;
            }
        }
        return -1;
    }

    /** Straight and typographic marks are two styles; a paragraph reopens a quotation only in the style that opened it. */
    private static boolean sameStyle(String original, int a, int b) {
        return (original.charAt(a) == '"') == (original.charAt(b) == '"');
    }

    private static RawQuote unclosed(String text, int openAt, int end) {
        int e = end;
        while (e > openAt + 1 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new RawQuote(
                new TextRange(openAt, e), new TextRange(Math.min(openAt + 1, e), e), false, false, List.of());
    }

    private static boolean startsWithOpeningQuote(String original, String text, TextRange r) {
        int k = r.start();
        return text.charAt(k) == '"' && !Normalizer.isClosingQuoteChar(original.charAt(k));
    }

    /** After a word or stop and before a space, punctuation or the paragraph end: where a closing mark goes. */
    private static boolean closesByPlace(String text, int k, TextRange r) {
        boolean afterWord = k > r.start() && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(';
        return afterWord && (k + 1 >= r.end() || !Character.isLetterOrDigit(text.charAt(k + 1)));
    }

    /** A straight mark after a word and before a space or punctuation closes; one before a word opens. */
    private static boolean looksClosing(String original, String text, int k, TextRange r) {
        if (Normalizer.isClosingQuoteChar(original.charAt(k))) {
            return true;
        }
        if (Normalizer.isOpeningQuoteChar(original.charAt(k))) {
            return false;
        }
        boolean before = k > r.start() && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(';
        boolean after = k + 1 >= r.end() || !Character.isLetterOrDigit(text.charAt(k + 1));
        return before && after;
    }
}
