package org.newslint.analysis.model;

import java.util.List;
import org.newslint.text.Document;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * The immutable result of analysing one document version: everything editors and the CLI show.
 * {@code limitNote} says why only part of the document was analysed (too large, binary), or is null.
 */
public record ArticleAnalysis(
        Document document,
        Prose prose,
        List<SentenceInfo> sentences,
        List<Quote> quotes,
        List<Entity> entities,
        List<Finding> findings,
        List<TextRange> strayQuoteMarks,
        String limitNote) {
    public ArticleAnalysis {
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        findings = List.copyOf(findings);
        strayQuoteMarks = List.copyOf(strayQuoteMarks);
    }

    public ArticleAnalysis withFindings(List<Finding> newFindings) {
        return new ArticleAnalysis(
                document, prose, sentences, quotes, entities, newFindings, strayQuoteMarks, limitNote);
    }

    public Entity entity(String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** The entity with a mention at {@code offset}, or null. */
    public Entity entityAt(int offset) {
        for (Entity e : entities) {
            for (TextRange m : e.mentions()) {
                if (m.touches(offset)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The innermost quote containing {@code offset}, or null. */
    public Quote quoteAt(int offset) {
        for (Quote q : quotes) {
            if (q.range().touches(offset)) {
                return q;
            }
        }
        return null;
    }

    public List<Quote> quotesBy(String entityId) {
        return quotes.stream()
                .filter(q -> q.speaker() != null && entityId.equals(q.speaker().entityId()))
                .toList();
    }
}
