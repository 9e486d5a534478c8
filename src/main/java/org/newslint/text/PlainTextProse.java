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
        int i = 0;
        int n = text.length;
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
        return new Prose(original, new String(text), paragraphs);
    }

    /**
     * @param normalised whether {@code text} is still the normalised original (plain text): then the filters
     *     below read it, an array, instead of the string; Markdown's blanked prose is not, and they read the original
     */
    static void maskUrls(String original, char[] text, boolean normalised) {
        Matcher m = URL.matcher(original).useTransparentBounds(true);
        int n = original.length();
        // a URL starts with "h" or "w" (any case): try the pattern there only, in order, as find() would
        // (transparent bounds let \b see the character before), instead of at every position of the document
        // a normalised copy holds the same ASCII letters, digits and full stops as the original at every offset
        // from i on (normalising yields none of them; only URLs before i are blanked, and a blank before i only
        // lets more positions through to the pattern), and a match is ASCII (the pattern's case folding is)
        char[] probe = normalised ? text : original.toCharArray();
        for (int i = 0; i < n; i++) {
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
