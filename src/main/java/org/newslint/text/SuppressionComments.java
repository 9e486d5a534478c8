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

    /** The comments of a document, in order. */
    public static List<Directive> find(String text, DocumentFormat format) {
        List<Directive> out = new ArrayList<>();
        collect(HTML.matcher(text), out);
        if (format != DocumentFormat.MARKDOWN) {
            collect(BRACKET.matcher(text), out);
        }
        out.sort((a, b) -> a.range().compareTo(b.range()));
        return out;
    }

    private static void collect(Matcher m, List<Directive> out) {
        while (m.find()) {
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
            out.add(new Directive(kind, rules, new TextRange(m.start(), m.end())));
        }
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
