package org.newslint.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.rules.PublicRecordClaim;
import org.newslint.rules.QuoteWithoutSpeaker;
import org.newslint.rules.UnattributedClaim;
import org.newslint.rules.UnbalancedQuote;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.LineIndex;
import org.newslint.text.Paragraph;
import org.newslint.text.TextRange;

/**
 * Server-side quick fixes for the findings in a requested range, as plain {@link WorkspaceEdit}s
 * (no client command, so they work in every editor): silence this finding with a
 * {@code newslint-disable-next-line} comment on the line before it, close a quotation mark
 * that never closes at the end of its paragraph, and insert an attribution placeholder
 * ({@code , SOURCE said}) in a sentence that asks "says who?". The actions on names (not on findings)
 * are {@link NameActions}. None for HTML articles (their findings are on the extracted text, so a
 * text edit would land in the markup).
 */
final class QuickFixes {
    /**
     * The attribution placeholder: a capitalised word the analysis takes for a named source, so the
     * sentence counts as attributed until the writer replaces it, and easy to search for. Chosen on
     * the first 15 PolNeAR train articles (docs/rules/unattributed-claim.md): inserted as ", SOURCE
     * said" it removed 80 of 82 unattributed-claim findings, ", said SOURCE" 81, ", according to
     * SOURCE" 77 and ", [SOURCE] said" 75 (brackets are no name, and it added other findings).
     */
    static final String SOURCE = "SOURCE";

    /** The findings that ask "says who?", for which an attribution placeholder is offered. */
    private static final Set<String> SOURCING_RULES =
            Set.of(UnattributedClaim.ID, PublicRecordClaim.ID, QuoteWithoutSpeaker.ID);

    private QuickFixes() {}

    static List<Either<Command, CodeAction>> in(ArticleAnalysis a, Range requested, LineIndex.Encoding encoding) {
        Document doc = a.document();
        if (doc.source() != null) {
            // an HTML article's findings are on its extracted text: an edit computed there is not an edit of the HTML
            return List.of();
        }
        LineIndex lines = doc.lineIndex();
        int from = Conversions.offset(lines, requested.getStart(), encoding);
        int to = Conversions.offset(lines, requested.getEnd(), encoding);
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (Finding f : a.findings()) {
            boolean touches = f.range().start() <= to && from <= f.range().end();
            if (!touches || f.rule().equals("analysis-limit")) {
                continue;
            }
            Diagnostic diagnostic = new Diagnostic(
                    Conversions.range(lines, f.range(), encoding),
                    f.message(),
                    Conversions.severity(f.severity()),
                    "newslint",
                    f.rule());
            if (SOURCING_RULES.contains(f.rule())) {
                CodeAction source = sourcePlaceholder(a, f, encoding);
                if (source != null) {
                    source.setDiagnostics(List.of(diagnostic));
                    out.add(Either.forRight(source));
                }
            }
            if (f.rule().equals(UnbalancedQuote.ID)) {
                CodeAction close = closeQuote(a, f, encoding);
                if (close != null) {
                    close.setDiagnostics(List.of(diagnostic));
                    out.add(Either.forRight(close));
                }
            }
            CodeAction suppress = suppress(doc, f, encoding);
            suppress.setDiagnostics(List.of(diagnostic));
            out.add(Either.forRight(suppress));
        }
        return out;
    }

    /** Inserts the suppression comment as a line of its own before the finding's line, indented alike. */
    private static CodeAction suppress(Document doc, Finding f, LineIndex.Encoding encoding) {
        LineIndex lines = doc.lineIndex();
        int line = lines.lineOf(f.range().start());
        int start = lines.lineStart(line);
        String text = doc.text();
        int indentEnd = start;
        while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        String indent = text.substring(start, indentEnd);
        String comment = doc.format() == DocumentFormat.MARKDOWN
                ? "<!-- newslint-disable-next-line " + f.rule() + " -->"
                : "[newslint-disable-next-line " + f.rule() + "]";
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        TextEdit edit = new TextEdit(
                Conversions.range(lines, new TextRange(start, start), encoding), indent + comment + newline);
        CodeAction action = new CodeAction("Silence " + f.rule() + " on this line (newslint-disable-next-line)");
        action.setKind(CodeActionKind.QuickFix);
        action.setEdit(new WorkspaceEdit(Map.of(doc.uri(), List.of(edit))));
        return action;
    }

    /**
     * Inserts ", SOURCE said" at the end of the finding's sentence, before its final full stop (or
     * question or exclamation mark); a sentence ending in a quotation gets "…," SOURCE said." (or
     * "…?" SOURCE said.) instead, the way a quote is attributed after its closing mark.
     */
    static CodeAction sourcePlaceholder(ArticleAnalysis a, Finding f, LineIndex.Encoding encoding) {
        // a quotation's speaker is named after it closes: the sentence of its last character
        int at = f.rule().equals(QuoteWithoutSpeaker.ID)
                ? Math.max(f.range().start(), f.range().end() - 1)
                : f.range().start();
        SentenceInfo sentence = null;
        for (SentenceInfo s : a.sentences()) {
            if (s.range().start() <= at && at < s.range().end()) {
                sentence = s;
            }
        }
        if (sentence == null) {
            return null;
        }
        String text = a.document().text();
        int start = sentence.range().start();
        int end = sentence.range().end();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2) {
            return null;
        }
        String said = ", " + SOURCE + " said";
        List<TextEdit> edits = new ArrayList<>();
        LineIndex lines = a.document().lineIndex();
        char last = text.charAt(end - 1);
        if (CLOSERS.indexOf(last) >= 0 && text.charAt(end - 2) == '.') {
            edits.add(new TextEdit(Conversions.range(lines, new TextRange(end - 2, end - 1), encoding), ","));
            edits.add(
                    new TextEdit(Conversions.range(lines, new TextRange(end, end), encoding), " " + SOURCE + " said."));
        } else if (CLOSERS.indexOf(last) >= 0 && "!?".indexOf(text.charAt(end - 2)) >= 0) {
            // "…?" keeps its question mark: "…?" SOURCE said.
            edits.add(
                    new TextEdit(Conversions.range(lines, new TextRange(end, end), encoding), " " + SOURCE + " said."));
        } else if (".!?".indexOf(last) >= 0 && !endsWithAbbreviation(text, start, end - 1)) {
            edits.add(new TextEdit(Conversions.range(lines, new TextRange(end - 1, end - 1), encoding), said));
        } else {
            String tail = ".!?".indexOf(last) >= 0 ? said + "." : said;
            edits.add(new TextEdit(Conversions.range(lines, new TextRange(end, end), encoding), tail));
        }
        CodeAction action = new CodeAction("Insert an attribution placeholder (\"\u2026, " + SOURCE + " said\")");
        action.setKind(CodeActionKind.QuickFix);
        action.setEdit(new WorkspaceEdit(Map.of(a.document().uri(), edits)));
        return action;
    }

    private static final String CLOSERS = "\"\u201D'\u2019\u00BB";

    /** "in the U.S." ends in an abbreviation: its full stop stays where it is. */
    private static boolean endsWithAbbreviation(String text, int start, int stop) {
        int w = stop;
        while (w > start && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
        }
        return text.substring(w, stop).indexOf('.') >= 0;
    }

    /** Closes an opening mark that never closes: its partner after the last character of its paragraph. */
    private static CodeAction closeQuote(ArticleAnalysis a, Finding f, LineIndex.Encoding encoding) {
        String text = a.document().text();
        char mark = text.charAt(f.range().start());
        String closer = switch (mark) {
            case '\u201C' -> "\u201D";
            case '"' -> "\"";
            case '\u00AB' -> "\u00BB";
            default -> null;
        };
        if (closer == null) {
            return null; // a stray closing mark or a single quote: which text it closes is a guess
        }
        int end = -1;
        for (Paragraph p : a.prose().paragraphs()) {
            if (p.range().start() <= f.range().start()
                    && f.range().start() < p.range().end()) {
                end = p.range().end();
            }
        }
        if (end < 0) {
            return null;
        }
        TextEdit edit =
                new TextEdit(Conversions.range(a.document().lineIndex(), new TextRange(end, end), encoding), closer);
        CodeAction action = new CodeAction("Close the quotation at the end of its paragraph");
        action.setKind(CodeActionKind.QuickFix);
        action.setIsPreferred(true);
        action.setEdit(new WorkspaceEdit(Map.of(a.document().uri(), List.of(edit))));
        return action;
    }
}
