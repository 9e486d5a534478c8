package org.newslint.text;

import java.util.Objects;

/** An immutable snapshot of one article: its text, format and editor version, so analyses can be matched to versions. */
public final class Document {
    private final String uri;
    private final int version;
    private final String text;
    private final DocumentFormat format;
    private LineIndex lineIndex;

    public Document(String uri, int version, String text, DocumentFormat format) {
        this.uri = Objects.requireNonNull(uri);
        this.version = version;
        this.text = Objects.requireNonNull(text);
        this.format = Objects.requireNonNull(format);
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
            lineIndex = new LineIndex(text);
        }
        return lineIndex;
    }

    public Document withText(int newVersion, String newText) {
        return new Document(uri, newVersion, newText, format);
    }
}
