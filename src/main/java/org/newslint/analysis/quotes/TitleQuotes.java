package org.newslint.analysis.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises the name of a show, book, song or paper in quotation marks (“Shark Tank”, “The Wall
 * Street Journal”), because a title is nobody's speech: {@link Quotations} leaves such quotations
 * out, and the quote model is told when a statement's words look like one.
 */
final class TitleQuotes {
    /** Compiled once: {@code String.replaceAll} and {@code String.matches} compile on every call. */
    private static final java.util.regex.Pattern TRAILING_STOPS = java.util.regex.Pattern.compile("[.,!?;:]+$");

    private static final java.util.regex.Pattern INNER_STOP = java.util.regex.Pattern.compile(".*[.!?;:].*");

    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "or", "with", "from", "vs", "vs.", "&");

    private TitleQuotes() {}

    /** Whether {@code s} holds at least {@code runs} runs of {@link Spaces#isSpace} characters. */
    static boolean hasSeparatorRuns(String s, int runs) {
        int found = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Spaces.isSpace(s.charAt(i));
            if (space && !inRun && ++found >= runs) {
                return true;
            }
            inRun = space;
        }
        return false;
    }

    /** Short, every content word capitalised, no clause inside: the name of a show, book, song or paper. */
    static boolean looksLikeTitle(String content) {
        String stripped = content.strip();
        if (hasSeparatorRuns(stripped, 7)) {
            /*
             * seven words or more apart from the last: the stripped text has no separator at either end and
             * the stops taken off its end hold none, so its words less at most the last (stops alone) are
             * still words below, more than six; said without copying, searching or splitting a long quotation
             */
            return false;
        }
        String c = TRAILING_STOPS.matcher(stripped).replaceAll("");
        String[] words = Spaces.split(c);
        if (c.isEmpty() || words.length > 6 || INNER_STOP.matcher(c).matches()) {
            return false;
        }
        if (!Character.isUpperCase(words[0].charAt(0)) && !Character.isDigit(words[0].charAt(0))) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalised++;
            } else if (!TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // a lone capitalised word ("Wow") is more often an exclamation than a title
        return capitalised >= 2 || words.length == 1 && words[0].length() > 1 && Character.isDigit(words[0].charAt(0));
    }
}
