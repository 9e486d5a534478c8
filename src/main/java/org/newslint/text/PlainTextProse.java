package org.newslint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits plain text into paragraphs the way wire copy is written: every line break ends a
 * paragraph, and blank lines are just spacing.
 */
public final class PlainTextProse {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\"'<>]+");

    private PlainTextProse() {}

    public static Prose extract(String original) {
        char[] text = Normalizer.normalizedChars(original);
        maskUrls(original, text, true);
        SuppressionComments.blank(original, text);
        List<Paragraph> paragraphs = new ArrayList<>();
        addParagraphs(text, 0, text.length, paragraphs);
        return new Prose(original, new String(text), paragraphs);
    }

    /**
     * {@link #extract} of {@code original}, worked out only for the lines an edit touched: {@code last} is the
     * extraction of the text {@code common} compares {@code original} with, and neither text holds a suppression
     * comment (the caller knows that of {@code last}'s original; of {@code original}, only the touched lines can
     * hold one, and they are searched here). Null when they hold one: extract the whole text then.
     *
     * <p>Why it is {@link #extract}'s result: with no comment to blank, each character of the prose is its
     * original character normalised ({@link Normalizer}, one character for one), or a blank where a URL is
     * masked; a URL lies within one line (it holds no white space, and every line break is white space), and
     * whether it is masked depends on its line alone (the scan restarts at each line: a match, and the skip after
     * it, end inside the line; the character before a line's first is a line break in both texts). A paragraph is
     * a line's prose, trimmed, when not empty. So the lines before the first line the edit touched (inside the
     * common prefix, the very characters of the last text) have the last prose's characters and paragraphs, and
     * the lines after the last touched line (inside the common suffix) the last prose's ones moved by the change
     * in length; only the touched lines, from a line's start to a line break (or the end), are worked out.
     */
    static Prose extractEdited(String original, Prose last, CommonEnds common) {
        String lastText = last.text();
        int n = original.length();
        int from = common.prefix();
        while (from > 0 && !isBreak(original.charAt(from - 1))) {
            from--; // the start of the line the first changed character is on
        }
        int to = n - common.suffix();
        while (to < n && !isBreak(original.charAt(to))) {
            to++; // the line break after the last changed character, inside the common suffix
        }
        int lastTo = to - common.delta();
        if (SuppressionComments.anyCandidate(original, from, to)) {
            return null;
        }
        char[] text = new char[n];
        lastText.getChars(0, from, text, 0);
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            text[i] = c < 0x20 || c >= 0x7F || c == '`' ? Normalizer.normalize(c) : c;
        }
        lastText.getChars(lastTo, lastText.length(), text, to);
        maskUrls(original, text, true, from, to);
        List<Paragraph> before = last.paragraphs();
        int first = firstFrom(before, from); // the last prose's first paragraph in or after the touched lines
        int after = firstFrom(before, lastTo); // and its first after them
        List<Paragraph> paragraphs = new ArrayList<>(before.size() + 4);
        paragraphs.addAll(before.subList(0, first));
        addParagraphs(text, from, to, paragraphs);
        for (Paragraph p : before.subList(after, before.size())) {
            paragraphs.add(new Paragraph(
                    new TextRange(p.range().start() + common.delta(), p.range().end() + common.delta()), p.kind()));
        }
        return new Prose(original, new String(text), paragraphs);
    }

    /** The index of the first of {@code paragraphs} (in text order) starting at or after {@code at}. */
    private static int firstFrom(List<Paragraph> paragraphs, int at) {
        int lo = 0;
        int hi = paragraphs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).range().start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /**
     * The paragraphs of the lines of {@code text} in {@code [from, to)}, added in order: {@code from} is a line's
     * start and {@code to} a line break or the end. Every line break ends a paragraph; blank lines are spacing.
     */
    private static void addParagraphs(char[] text, int from, int to, List<Paragraph> paragraphs) {
        int i = from;
        int n = to;
        while (i < n) {
            int lineEnd = i;
            while (lineEnd < n && text[lineEnd] != '\n' && text[lineEnd] != '\r') {
                lineEnd++;
            }
            int s = i;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text[s])) {
                s++;
            }
            while (e > s && Character.isWhitespace(text[e - 1])) {
                e--;
            }
            if (e > s) {
                paragraphs.add(new Paragraph(new TextRange(s, e), ParagraphKind.BODY));
            }
            i = lineEnd;
            if (i < n && text[i] == '\r') {
                i++;
                if (i < n && text[i] == '\n') {
                    i++;
                }
            } else if (i < n && text[i] == '\n') {
                i++;
            }
        }
    }

    /**
     * @param normalised whether {@code text} is still the normalised original (plain text): then the filters
     *     below read it, an array, instead of the string; Markdown's blanked prose is not, and they read the original
     */
    static void maskUrls(String original, char[] text, boolean normalised) {
        maskUrls(original, text, normalised, 0, original.length());
    }

    /** {@link #maskUrls(String, char[], boolean)} for the URLs starting in {@code [from, to)}. */
    static void maskUrls(String original, char[] text, boolean normalised, int from, int to) {
        Matcher m = URL.matcher(original).useTransparentBounds(true);
        int n = original.length();
        // a URL starts with "h" or "w" (any case): try the pattern there only, in order, as find() would
        // (transparent bounds let \b see the character before), instead of at every position of the document
        // a normalised copy holds the same ASCII letters, digits and full stops as the original at every offset
        // from i on (normalising yields none of them; only URLs before i are blanked, and a blank before i only
        // lets more positions through to the pattern), and a match is ASCII (the pattern's case folding is)
        char[] probe = normalised ? text : original.toCharArray();
        for (int i = from; i < to; i++) {
            char c = probe[i];
            if (c != 'h' && c != 'H' && c != 'w' && c != 'W' || i > 0 && isAsciiLetterOrDigit(probe[i - 1])) {
                continue; // not an "h" or "w", or one inside a word, where \b cannot hold
            }
            if (!startsWithIgnoringAsciiCase(probe, i, "http") && !startsWithIgnoringAsciiCase(probe, i, "www.")) {
                continue; // a match starts with "http" or "www." (ASCII, any case)
            }
            m.region(i, n);
            if (!m.lookingAt()) {
                continue;
            }
            int end = m.end();
            // a sentence full stop after a URL is punctuation, not part of the URL
            while (end > m.start() && ".,;:)!?".indexOf(original.charAt(end - 1)) >= 0) {
                end--;
            }
            for (int k = m.start(); k < end; k++) {
                if (text[k] != '\n' && text[k] != '\r') {
                    text[k] = ' ';
                }
            }
            i = m.end() - 1;
        }
    }

    /** Whether {@code text} holds {@code lower} (lower-case ASCII) at {@code at}, ignoring ASCII case. */
    private static boolean startsWithIgnoringAsciiCase(char[] text, int at, String lower) {
        if (at + lower.length() > text.length) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = text[at + k];
            if (c != lower.charAt(k) && (c < 'A' || c > 'Z' || c + ('a' - 'A') != lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
