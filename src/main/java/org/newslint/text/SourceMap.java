package org.newslint.text;

import java.util.Arrays;

/**
 * Where each character of a text derived from a source file came from, because an HTML article is
 * analysed as the plain text of its body (tags dropped, {@code &amp;} decoded) while every finding
 * must point into the {@code .html} file: character {@code i} of the derived text stands for
 * {@code source[start(i), end(i))}. Starts never decrease, so the map can be searched both ways.
 */
public final class SourceMap {
    private final String source;
    private final String derived;
    private final int[] starts;
    private final int[] ends;

    /**
     * @param derived the derived text, one entry of {@code starts} and {@code ends} per character
     * @param starts the source offset where each derived character begins (non-decreasing)
     * @param ends the source offset just past each derived character's source
     */
    public SourceMap(String source, String derived, int[] starts, int[] ends) {
        if (starts.length != ends.length || starts.length != derived.length()) {
            throw new IllegalArgumentException("one start and one end per character");
        }
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0
                    || ends[i] < starts[i]
                    || ends[i] > source.length()
                    || i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("character " + i + " has no ordered source span");
            }
        }
        this.source = source;
        this.derived = derived;
        this.starts = starts.clone();
        this.ends = ends.clone();
    }

    /** The source text, e.g. the HTML file. */
    public String source() {
        return source;
    }

    /** The derived text, e.g. the article's prose. */
    public String derived() {
        return derived;
    }

    /** Where derived character {@code i} begins in the source. */
    public int start(int i) {
        return starts[i];
    }

    /** Just past derived character {@code i}'s source. */
    public int end(int i) {
        return ends[i];
    }

    /**
     * The source offset of a derived offset. An offset at white space or a line break just after
     * other text is where a range ends, so it maps to the end of that text ({@code word</a> next}:
     * a range ending after {@code word} ends before {@code </a>}); any other offset maps to where
     * its character begins. The end of the derived text maps to the end of its last character.
     */
    public int toSource(int offset) {
        if (starts.length == 0) {
            return 0;
        }
        if (offset <= 0) {
            return starts[0];
        }
        if (offset >= starts.length) {
            return ends[starts.length - 1];
        }
        if (Character.isWhitespace(derived.charAt(offset)) && !Character.isWhitespace(derived.charAt(offset - 1))) {
            return ends[offset - 1];
        }
        return starts[offset];
    }

    /** The derived offset of a source offset: the last character beginning at or before it (0 before the first). */
    public int fromSource(int sourceOffset) {
        int i = Arrays.binarySearch(starts, sourceOffset);
        if (i < 0) {
            int insertion = -i - 1;
            if (insertion > 0 && sourceOffset >= ends[insertion - 1]) {
                return insertion; // between two characters' sources (inside a tag): the next character
            }
            return Math.max(0, insertion - 1);
        }
        while (i > 0 && starts[i - 1] == sourceOffset) {
            i--;
        }
        return i;
    }
}
