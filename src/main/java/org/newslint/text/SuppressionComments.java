package org.newslint.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the comments that switch findings off, where a writer can silence a false positive:
 * {@code <!-- newslint-disable-next-line rule-id -->}, {@code <!-- newslint-disable rule-id -->} …
 * {@code <!-- newslint-enable -->} in Markdown and plain text, and in plain text also a line of its
 * own {@code [newslint-disable-next-line rule-id]} (likewise {@code disable} and {@code enable}).
 * Without rule ids a comment applies to every rule. They are markup, never prose: Markdown blanks
 * HTML comments, and {@link PlainTextProse} blanks these.
 */
public final class SuppressionComments {
    private static final Pattern HTML = Pattern.compile(
            "<!--\\s*newslint-(disable-next-line|disable|enable)\\b([^>]*?)-->", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET = Pattern.compile(
            "(?m)^[ \\t]*\\[newslint-(disable-next-line|disable|enable)\\b([^\\]\\r\\n]*)\\][ \\t]*$",
            Pattern.CASE_INSENSITIVE);

    /** What a comment does. */
    public enum Kind {
        DISABLE_NEXT_LINE,
        DISABLE,
        ENABLE
    }

    /** One comment: what it does, the rule ids it names (empty: every rule), and where it is. */
    public record Directive(Kind kind, Set<String> rules, TextRange range) {
        public Directive {
            rules = Set.copyOf(rules);
        }

        public boolean covers(String rule) {
            return rules.isEmpty() || rules.contains(rule);
        }
    }

    private SuppressionComments() {}

    /**
     * The comments of a document, in order. Both forms contain {@code newslint-} (ASCII letters in
     * any case), so only the places where that word stands are tried, each against the one start a
     * match through it can have (see {@link #matchesAt}): a document without the word costs one scan
     * for {@code '-'}, and the result is what a left-to-right search of the whole text finds
     * ({@code SuppressionCommentsTest} compares the two on generated text).
     */
    public static List<Directive> find(String text, DocumentFormat format) {
        int first = candidate(text, 0);
        if (first < 0) {
            return List.of();
        }
        List<Directive> out = new ArrayList<>();
        collectAt(HTML.matcher(text), text, first, true, out);
        if (format != DocumentFormat.MARKDOWN) {
            collectAt(BRACKET.matcher(text), text, first, false, out);
        }
        out.sort((a, b) -> a.range().compareTo(b.range()));
        return out;
    }

    /** The comments found by searching the whole text with each pattern: what {@link #find} must equal. */
    static List<Directive> scan(String text, DocumentFormat format) {
        List<Directive> out = new ArrayList<>();
        collect(HTML.matcher(text), out);
        if (format != DocumentFormat.MARKDOWN) {
            collect(BRACKET.matcher(text), out);
        }
        out.sort((a, b) -> a.range().compareTo(b.range()));
        return out;
    }

    /**
     * Where the next {@code newslint-} at or after {@code from} starts, or -1. {@code regionMatches}
     * ignoring case accepts every ASCII spelling the patterns accept (and a few more, which the
     * patterns then reject).
     */
    private static int candidate(String text, int from) {
        for (int dash = text.indexOf('-', from + 8); dash >= 0; dash = text.indexOf('-', dash + 1)) {
            if (text.regionMatches(true, dash - 8, "newslint", 0, 8)) {
                return dash - 8;
            }
        }
        return -1;
    }

    /**
     * Whether a {@code newslint-} (ASCII letters in any case, what every comment holds) starts in {@code [from,
     * to)} of {@code text}: without one, {@link #find} finds nothing there.
     */
    static boolean anyCandidate(String text, int from, int to) {
        for (int dash = text.indexOf('-', from + 8); dash >= 0 && dash - 8 < to; dash = text.indexOf('-', dash + 1)) {
            if (text.regionMatches(true, dash - 8, "newslint", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tries each candidate from {@code first} on, left to right, as a search would. A match holds
     * its {@code newslint-} at a fixed place after its start: {@code <!--} and white space before it
     * (HTML), or a line start, spaces and tabs and {@code [} (bracket). Those characters cannot be
     * the {@code n} of another candidate, so each candidate has exactly one possible start, found
     * by stepping back over them, and the starts rise with the candidates; a start before the end
     * of the previous match is skipped, as a search resumes after it. The matcher looks at the text
     * around its region (transparent, non-anchoring bounds), so {@code ^} and {@code \b} mean what
     * they mean in a search.
     */
    private static void collectAt(Matcher m, String text, int first, boolean html, List<Directive> out) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int at = first; at >= 0; at = candidate(text, at + 1)) {
            int start = html ? htmlStart(text, at) : bracketStart(text, at);
            if (start >= end && m.region(start, text.length()).lookingAt()) {
                out.add(directive(m));
                end = m.end();
            }
        }
    }

    /** Where an HTML comment through the candidate at {@code at} must start, or -1. */
    private static int htmlStart(String text, int at) {
        int k = at;
        while (k > 0 && isRegexSpace(text.charAt(k - 1))) {
            k--;
        }
        return k >= 4 && text.startsWith("<!--", k - 4) ? k - 4 : -1;
    }

    /** Where a bracket line through the candidate at {@code at} must start (its line's start), or -1. */
    private static int bracketStart(String text, int at) {
        if (at < 1 || text.charAt(at - 1) != '[') {
            return -1;
        }
        int k = at - 1;
        while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k;
    }

    /** {@code \s} of a pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static void collect(Matcher m, List<Directive> out) {
        while (m.find()) {
            out.add(directive(m));
        }
    }

    private static Directive directive(Matcher m) {
        Kind kind = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "disable-next-line" -> Kind.DISABLE_NEXT_LINE;
            case "disable" -> Kind.DISABLE;
            default -> Kind.ENABLE;
        };
        Set<String> rules = new LinkedHashSet<>();
        for (String id : m.group(2).split("[\\s,]+")) {
            if (!id.isBlank() && !id.equals("--")) {
                rules.add(id.strip());
            }
        }
        return new Directive(kind, rules, new TextRange(m.start(), m.end()));
    }

    /** Blanks every comment in {@code text} (a plain-text document's prose), keeping line breaks. */
    static void blank(String original, char[] text) {
        for (Directive d : find(original, DocumentFormat.PLAIN_TEXT)) {
            for (int k = d.range().start(); k < d.range().end(); k++) {
                if (text[k] != '\n' && text[k] != '\r') {
                    text[k] = ' ';
                }
            }
        }
    }
}
