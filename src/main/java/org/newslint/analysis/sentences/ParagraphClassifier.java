package org.newslint.analysis.sentences;

import java.util.Optional;
import java.util.regex.Pattern;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.nlp.BoundedMemo;
import org.newslint.text.Paragraph;
import org.newslint.text.ParagraphKind;

/**
 * Tells story text from the rest of an article: headings (also a title-case line ending in a
 * period), bylines and labels ("Read Next:") by their paragraph (a line, in plain text), boilerplate
 * by its sentence; none of them are claims.
 */
public final class ParagraphClassifier {
    private static final Pattern BYLINE =
            Pattern.compile("^(?i:by)\\s+\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3}(\\s*(,|and|&).*)?$");

    /** Boilerplate patterns anchored at the start ({@code ^…}, no top-level {@code |}): tried there only. */
    private final java.util.List<Pattern> anchoredBoilerplate = new java.util.ArrayList<>();
    /** The other boilerplate patterns, searched for anywhere in the sentence. */
    private final java.util.List<Pattern> otherBoilerplate = new java.util.ArrayList<>();

    public ParagraphClassifier(Lexicons lex) {
        for (Pattern b : lex.boilerplate) {
            (anchoredAtStart(b.pattern()) ? anchoredBoilerplate : otherBoilerplate).add(b);
        }
    }

    /**
     * Whether every match of {@code regex} must start at the beginning of the input: it starts with
     * {@code ^} and has no alternative outside a group. Without MULTILINE, {@code find} can then only
     * succeed where {@code lookingAt} does, and {@code lookingAt} does not try every later position.
     */
    static boolean anchoredAtStart(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // an escaped character (or the first of \Q…, which no list uses)
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++; // "[]…]": a literal bracket first
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /** Why the paragraph as a whole is not story text, or null when it is. */
    public NonClaimReason reason(Paragraph p, String paragraphText) {
        if (p.kind() == ParagraphKind.HEADING) {
            return NonClaimReason.HEADING;
        }
        String t = paragraphText.strip();
        // the answer depends on the kind and the text alone; an editor re-asks for every paragraph on every keystroke
        return reasons.computeIfAbsent(
                        new ParagraphKey(p.kind(), t), k -> Optional.ofNullable(judge(k.kind(), k.text())))
                .orElse(null);
    }

    private record ParagraphKey(ParagraphKind kind, String text) {}

    /** Paragraphs judged so far, by kind and stripped text. */
    private final BoundedMemo<ParagraphKey, Optional<NonClaimReason>> reasons = new BoundedMemo<>(JUDGED, JUDGED);

    private static NonClaimReason judge(ParagraphKind kind, String t) {
        if (BYLINE.matcher(t).matches() && t.split("\\s+").length <= 10) {
            return NonClaimReason.BYLINE;
        }
        int words = t.split("\\s+").length;
        if (t.endsWith(":") && words <= 8) {
            return NonClaimReason.LABEL;
        }
        char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
        boolean terminal = ".!?\"'".indexOf(last) >= 0;
        if (!terminal && words <= 20 && kind != ParagraphKind.LIST_ITEM) {
            return NonClaimReason.HEADING;
        }
        if (words <= 20 && kind != ParagraphKind.LIST_ITEM && isTitleCase(t)) {
            return NonClaimReason
                    .HEADING; // "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments."
        }
        return null;
    }

    /**
     * Whether a sentence (or a line) is boilerplate: judged per sentence, so that a credit line the
     * Markdown reader glued to the story, or a "This story has been updated." at the end of a
     * paragraph, does not take the paragraph's story sentences with it.
     */
    public boolean isBoilerplate(String sentence) {
        String t = sentence.strip();
        // an editor re-asks for every sentence of the document on every keystroke: 64 patterns each
        return judged.computeIfAbsent(t, this::matchesBoilerplate);
    }

    /** Sentences judged so far (the answer depends on the text alone). */
    private final BoundedMemo<String, Boolean> judged = new BoundedMemo<>(JUDGED, JUDGED);

    private static final int JUDGED = 20_000;

    private boolean matchesBoilerplate(String t) {
        for (Pattern b : anchoredBoilerplate) {
            if (b.matcher(t).lookingAt()) {
                return true;
            }
        }
        for (Pattern b : otherBoilerplate) {
            if (b.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern EDGE_NON_LETTERS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    /** The small words title case leaves lower-case. */
    private static final java.util.Set<String> TITLE_CASE_SMALL_WORDS = java.util.Set.of(
            "the", "and", "for", "but", "nor", "yet", "with", "from", "into", "onto", "over", "this", "that", "than",
            "via", "per", "amid", "off");

    /**
     * A headline set in title case, whatever its last mark: every word of three letters or more is
     * capitalised but the small words title case leaves alone, as no sentence of story text is.
     */
    public static boolean isTitleCase(String paragraph) {
        int longWords = 0;
        for (String w : paragraph.split("[\\s\\-/]+")) {
            String word = EDGE_NON_LETTERS.matcher(w).replaceAll("");
            if (word.length() < 3 || TITLE_CASE_SMALL_WORDS.contains(word)) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            if (word.length() >= 5) {
                longWords++;
            }
        }
        return longWords >= 3;
    }
}
