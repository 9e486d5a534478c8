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
        maskUrls(original, text);
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

    static void maskUrls(String original, char[] text) {
        Matcher m = URL.matcher(original).useTransparentBounds(true);
        int n = original.length();
        // a URL starts with "h" or "w" (any case): try the pattern there only, in order, as find() would
        // (transparent bounds let \b see the character before), instead of at every position of the document
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            if (c != 'h' && c != 'H' && c != 'w' && c != 'W' || i > 0 && isAsciiLetterOrDigit(original.charAt(i - 1))) {
                continue; // not an "h" or "w", or one inside a word, where \b cannot hold
            }
            if (!original.regionMatches(true, i, "http", 0, 4) && !original.regionMatches(true, i, "www.", 0, 4)) {
                continue; // a match starts with "http" or "www." (ASCII, any case; this accepts a superset)
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

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
