package org.newslint.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.LineIndex;

/**
 * The documents the editor has open, kept in sync from full and incremental changes: the only
 * holder of document text in the server, and the only place that says whether a version is
 * still the newest ({@link #isCurrent}).
 */
final class OpenDocuments {
    private final Map<String, Document> documents = new ConcurrentHashMap<>();

    /** Whether {@code doc} is still the open version of its document: results for any other are stale. */
    boolean isCurrent(Document doc) {
        Document current = documents.get(doc.uri());
        return current != null && current.version() == doc.version();
    }

    /** The open documents, in no particular order. */
    List<Document> all() {
        return List.copyOf(documents.values());
    }

    Document open(String uri, String languageId, int version, String text) {
        Document d = new Document(uri, version, text, DocumentFormat.fromLanguageIdOrPath(languageId, uri));
        documents.put(uri, d);
        return d;
    }

    Document get(String uri) {
        return documents.get(uri);
    }

    void close(String uri) {
        documents.remove(uri);
    }

    /** Applies changes in order; ranges are clamped, so an out-of-range edit cannot throw. */
    Document change(
            String uri, int version, List<TextDocumentContentChangeEvent> changes, LineIndex.Encoding encoding) {
        return documents.computeIfPresent(uri, (u, doc) -> {
            String text = doc.text();
            for (TextDocumentContentChangeEvent change : changes) {
                String newText = change.getText() == null ? "" : change.getText();
                Range range = change.getRange();
                if (range == null) {
                    text = newText;
                    continue;
                }
                LineIndex index = new LineIndex(text);
                int start = index.offset(
                        range.getStart().getLine(), range.getStart().getCharacter(), encoding);
                int end = index.offset(range.getEnd().getLine(), range.getEnd().getCharacter(), encoding);
                if (end < start) {
                    int t = start;
                    start = end;
                    end = t;
                }
                text = text.substring(0, start) + newText + text.substring(end);
            }
            return doc.withText(version, text);
        });
    }
}
