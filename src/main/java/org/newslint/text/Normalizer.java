package org.newslint.text;

/**
 * Rewrites typographic characters to their ASCII equivalents one character for one character,
 * so that statistical tokenisers trained on plain ASCII split {@code Trump’s} correctly while
 * every offset still points into the original text.
 */
public final class Normalizer {
    private Normalizer() {}

    public static String normalize(CharSequence text) {
        return new String(normalizedChars(text));
    }

    /** {@link #normalize(CharSequence)} as a new array, for a caller that goes on changing it. */
    public static char[] normalizedChars(CharSequence text) {
        char[] out = text.toString().toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c < 0x20 || c >= 0x7F || c == '`') { // printable ASCII but the backtick stays as it is
                out[i] = normalize(c);
            }
        }
        return out;
    }

    public static char normalize(char c) {
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u0060', '\u00B4':
                return '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
                return '"';
            case '\u00A0',
                    '\u2007',
                    '\u202F',
                    '\u2009',
                    '\u200A',
                    '\u2002',
                    '\u2003',
                    '\u2004',
                    '\u2005',
                    '\u2006',
                    '\u2008',
                    '\u200B',
                    '\u2060',
                    '\uFEFF',
                    '\t':
                return ' ';
            case '\u2010', '\u2011':
                return '-';
            default:
                break;
        }
        // control characters (binary junk) become spaces so they cannot glue words together
        if (c < 0x20 && c != '\n' && c != '\r') {
            return ' ';
        }
        if (c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFFFD') {
            return ' ';
        }
        return c;
    }

    public static boolean isOpeningQuoteChar(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018';
    }

    public static boolean isClosingQuoteChar(char c) {
        return c == '\u201D' || c == '\u00BB' || c == '\u2019';
    }

    public static boolean isDash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '\u2015';
    }
}
