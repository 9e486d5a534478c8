package org.newslint.text;

import java.util.Locale;

/**
 * Which markup a document is written in, because Markdown needs its syntax masked and HTML its body
 * text extracted before analysis.
 */
public enum DocumentFormat {
    PLAIN_TEXT,
    MARKDOWN,
    HTML;

    /** From an LSP language id or a file name; unknown ids fall back to plain text, which is always safe. */
    public static DocumentFormat fromLanguageIdOrPath(String languageId, String path) {
        if (languageId != null) {
            String id = languageId.toLowerCase(Locale.ROOT);
            if (id.equals("markdown") || id.equals("md")) {
                return MARKDOWN;
            }
            if (id.equals("plaintext") || id.equals("text")) {
                return PLAIN_TEXT;
            }
            if (id.equals("html")) {
                return HTML;
            }
        }
        if (path != null) {
            String p = path.toLowerCase(Locale.ROOT);
            if (p.endsWith(".md") || p.endsWith(".markdown") || p.endsWith(".mdown") || p.endsWith(".mkd")) {
                return MARKDOWN;
            }
            if (p.endsWith(".html") || p.endsWith(".htm")) {
                return HTML;
            }
        }
        return PLAIN_TEXT;
    }
}
