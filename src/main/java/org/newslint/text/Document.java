package org.newslint.text;

import java.util.Objects;
import org.newslint.text.html.HtmlArticle;

/**
 * An immutable snapshot of one article: its text, format and editor version, so analyses can be
 * matched to versions. An HTML article is analysed as the plain text of its body
 * ({@link #analysable}), a document with a {@link SourceMap} whose {@link #lineIndex} gives lines
 * and columns in the HTML file.
 */
public final class Document {
    private final String uri;
    private final int version;
    private final String text;
    private final DocumentFormat format;
    private final SourceMap source;
    private LineIndex lineIndex;
    private Document analysable;

    public Document(String uri, int version, String text, DocumentFormat format) {
        this(uri, version, text, format, null);
    }

    private Document(String uri, int version, String text, DocumentFormat format, SourceMap source) {
        this.uri = Objects.requireNonNull(uri);
        this.version = version;
        this.text = Objects.requireNonNull(text);
        this.format = Objects.requireNonNull(format);
        this.source = source;
    }

    /**
     * The plain-text document the analysis reads: this one, or for an HTML article the text of its
     * body, mapped back to the HTML ({@link HtmlArticle}). Same URI and version.
     */
    public synchronized Document analysable() {
        if (analysable == null) {
            if (format == DocumentFormat.HTML) {
                SourceMap map = HtmlArticle.extract(text);
                analysable = new Document(uri, version, map.derived(), DocumentFormat.PLAIN_TEXT, map);
            } else {
                analysable = this;
            }
        }
        return analysable;
    }

    /** Where this document's text came from when it was derived from another (an HTML file), or null. */
    public SourceMap source() {
        return source;
    }

    public static Document of(String text) {
        return new Document("untitled:article.txt", 0, text, DocumentFormat.PLAIN_TEXT);
    }

    public String uri() {
        return uri;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    public DocumentFormat format() {
        return format;
    }

    public synchronized LineIndex lineIndex() {
        if (lineIndex == null) {
            lineIndex = source == null ? new LineIndex(text) : LineIndex.mapped(source);
        }
        return lineIndex;
    }

    /** A new version of the text in the same format (of a source document: derived documents are not edited). */
    public Document withText(int newVersion, String newText) {
        return new Document(uri, newVersion, newText, format);
    }
}
