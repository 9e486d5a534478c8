package org.newslint.text;

import java.util.List;

/**
 * The prose of a document, ready for analysis: {@code text} has exactly the length of the
 * original, with typography normalised and everything that is not prose (Markdown syntax, code,
 * URLs, front matter) blanked to spaces, so an offset into it is an offset into the original.
 */
public record Prose(String original, String text, List<Paragraph> paragraphs) {
    public Prose {
        if (original.length() != text.length()) {
            throw new IllegalArgumentException("prose text must keep the original length");
        }
        paragraphs = List.copyOf(paragraphs);
    }

    public static Prose of(Document document) {
        return document.format() == DocumentFormat.MARKDOWN
                ? MarkdownProse.extract(document.text())
                : PlainTextProse.extract(document.text());
    }
}
