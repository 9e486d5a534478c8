package org.newslint.analysis.model;

import java.util.List;
import org.newslint.text.Document;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * The immutable result of analysing one document version: everything editors and the CLI show.
 * {@code statements} are the reported statements, quoted or not, in text order (one per distinct
 * quote statement, plus reported speech without quotation marks). {@code limitNote} says why only
 * part of the document was analysed (too large, binary), or is null.
 */
public record ArticleAnalysis(
        Document document,
        Prose prose,
        List<SentenceInfo> sentences,
        List<Quote> quotes,
        List<Entity> entities,
        List<Finding> findings,
        List<TextRange> strayQuoteMarks,
        String limitNote,
        List<Statement> statements) {
    public ArticleAnalysis {
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        statements = List.copyOf(statements);
        entities = List.copyOf(entities);
        findings = List.copyOf(findings);
        strayQuoteMarks = List.copyOf(strayQuoteMarks);
    }

    /** An analysis whose statements are only its quotes' (a test's, or one made before statements are found). */
    public ArticleAnalysis(
            Document document,
            Prose prose,
            List<SentenceInfo> sentences,
            List<Quote> quotes,
            List<Entity> entities,
            List<Finding> findings,
            List<TextRange> strayQuoteMarks,
            String limitNote) {
        this(
                document,
                prose,
                sentences,
                quotes,
                entities,
                findings,
                strayQuoteMarks,
                limitNote,
                Statement.ofQuotes(quotes));
    }

    public ArticleAnalysis withSentences(List<SentenceInfo> newSentences) {
        return new ArticleAnalysis(
                document, prose, newSentences, quotes, entities, findings, strayQuoteMarks, limitNote, statements);
    }

    public ArticleAnalysis withFindings(List<Finding> newFindings) {
        return new ArticleAnalysis(
                document, prose, sentences, quotes, entities, newFindings, strayQuoteMarks, limitNote, statements);
    }

    /** The statements whose speaker resolves to the entity {@code entityId}, in text order. */
    public List<Statement> statementsBy(String entityId) {
        return statements.stream()
                .filter(s -> s.speaker() != null && entityId.equals(s.speaker().entityId()))
                .toList();
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
