package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code s.split("\\s+")} without a regular expression: the quote stages split every quotation's
 * content, statement and speaker into words on each analysis, and {@code String.split} compiles the
 * pattern on every call. Same answer, element for element ({@code SpacesTest} compares them): the
 * separators are runs of {@code [ \t\n\u000B\f\r]} (what {@code \s} matches without
 * {@code UNICODE_CHARACTER_CLASS}), a leading separator gives a leading empty string, trailing empty
 * strings are removed, and a string without a separator is returned whole.
 */
final class Spaces {
    private Spaces() {}

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether {@code s} holds a character {@code \s} matches. */
    static boolean any(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Exactly {@code s.split("\\s+")}. */
    static String[] split(String s) {
        int n = s.length();
        List<String> out = null;
        int index = 0;
        int i = 0;
        while (i < n) {
            if (!isSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(s.charAt(end))) {
                end++;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(s.substring(index, i));
            index = end;
            i = end;
        }
        if (out == null) {
            return new String[] {s};
        }
        out.add(s.substring(index, n));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    /**
     * Exactly {@code s.split("[\\s,]+")[0]} without a regular expression: {@code s} up to its first white space or
     * comma; "" when it starts with one (a leading separator gives a leading empty string), unless it is nothing but
     * separators, when the split is empty and asking for its first element throws, as it does here.
     */
    static String firstBeforeSpaceOrComma(String s) {
        int i = 0;
        while (i < s.length() && !isSpace(s.charAt(i)) && s.charAt(i) != ',') {
            i++;
        }
        if (i == s.length() || i > 0) {
            return s.substring(0, i);
        }
        for (int k = 0; k < s.length(); k++) {
            if (!isSpace(s.charAt(k)) && s.charAt(k) != ',') {
                return "";
            }
        }
        throw new ArrayIndexOutOfBoundsException("Index 0 out of bounds for length 0");
    }
}
