package org.newslint.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Statement;
import org.newslint.analysis.model.StatementKind;
import org.newslint.text.LineIndex;
import org.newslint.text.TextRange;

/**
 * The outline: every statement under its speaker — quotations one by one (detail "direct", "partial"), statements
 * reported without quotation marks as themselves (detail "reported") — then "Unattributed quotes", "Quoted terms",
 * people, organisations and places. Hierarchical for clients that support it, flat otherwise.
 */
final class OutlineSymbols {
    static final String UNATTRIBUTED = "Unattributed quotes";
    static final String TERMS = "Quoted terms";

    private OutlineSymbols() {}

    static List<DocumentSymbol> hierarchical(ArticleAnalysis a, LineIndex.Encoding enc) {
        LineIndex index = a.document().lineIndex();
        String text = a.document().text();
        // every statement under its speaker, in order of the speaker's first statement: the quotations of a
        // quoted statement one by one, a statement reported without quotation marks as itself
        Map<String, List<Quote>> quotesBySpeaker = new LinkedHashMap<>();
        Map<String, List<Statement>> reportedBySpeaker = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new LinkedHashMap<>();
        for (Quote q : a.quotes()) {
            if (q.speaker() != null) {
                quotesBySpeaker
                        .computeIfAbsent(q.speaker().displayName(), k -> new ArrayList<>())
                        .add(q);
                firstAt.merge(q.speaker().displayName(), q.range().start(), Math::min);
            }
        }
        for (Statement st : a.statements()) {
            if (st.speaker() != null && st.kind() == StatementKind.INDIRECT) {
                reportedBySpeaker
                        .computeIfAbsent(st.speakerName(), k -> new ArrayList<>())
                        .add(st);
                firstAt.merge(st.speakerName(), st.range().start(), Math::min);
            }
        }
        List<String> speakers = new ArrayList<>(firstAt.keySet());
        speakers.sort(Comparator.comparingInt(firstAt::get));
        List<Quote> unattributed = a.quotes().stream()
                .filter(q -> q.speaker() == null && q.kind() != QuoteKind.TERM)
                .toList();
        // scare quotes, titles and words used as words: listed apart, not as quotes waiting for a speaker
        List<Quote> terms =
                a.quotes().stream().filter(q -> q.kind() == QuoteKind.TERM).toList();
        List<DocumentSymbol> out = new ArrayList<>();
        for (String speaker : speakers) {
            List<Quote> quoted = quotesBySpeaker.getOrDefault(speaker, List.of());
            List<Statement> reported = reportedBySpeaker.getOrDefault(speaker, List.of());
            List<DocumentSymbol> children = new ArrayList<>(quoteSymbols(quoted, text, index, enc));
            children.addAll(reportedSymbols(reported, text, index, enc));
            children.sort(Comparator.comparingInt(
                            (DocumentSymbol c) -> c.getRange().getStart().getLine())
                    .thenComparingInt(c -> c.getRange().getStart().getCharacter()));
            List<String> counts = new ArrayList<>();
            if (!quoted.isEmpty()) {
                counts.add(quoted.size() + (quoted.size() == 1 ? " quote" : " quotes"));
            }
            if (!reported.isEmpty()) {
                counts.add(reported.size() + " reported");
            }
            out.add(group(speaker, String.join(", ", counts), SymbolKind.Object, children, index, enc));
        }
        if (!unattributed.isEmpty()) {
            out.add(group(
                    UNATTRIBUTED,
                    unattributed.size() + " without a speaker",
                    SymbolKind.Namespace,
                    quoteSymbols(unattributed, text, index, enc),
                    index,
                    enc));
        }
        if (!terms.isEmpty()) {
            out.add(group(
                    TERMS,
                    terms.size() + (terms.size() == 1 ? " term" : " terms"),
                    SymbolKind.Constant,
                    quoteSymbols(terms, text, index, enc),
                    index,
                    enc));
        }
        addEntityGroup(out, "People", EntityType.PERSON, SymbolKind.Class, a, index, enc);
        addEntityGroup(out, "Organisations", EntityType.ORGANIZATION, SymbolKind.Module, a, index, enc);
        addEntityGroup(out, "Places", EntityType.LOCATION, SymbolKind.Package, a, index, enc);
        return out;
    }

    static List<SymbolInformation> flat(ArticleAnalysis a, LineIndex.Encoding enc) {
        List<SymbolInformation> out = new ArrayList<>();
        for (DocumentSymbol group : hierarchical(a, enc)) {
            for (DocumentSymbol child : group.getChildren()) {
                SymbolInformation si = new SymbolInformation();
                si.setName(child.getName());
                si.setKind(child.getKind());
                si.setContainerName(group.getName());
                si.setLocation(new Location(a.document().uri(), child.getSelectionRange()));
                out.add(si);
            }
        }
        return out;
    }

    private static List<DocumentSymbol> quoteSymbols(
            List<Quote> quotes, String text, LineIndex index, LineIndex.Encoding enc) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Quote q : quotes) {
            String name = q.range().of(text).replaceAll("\\s+", " ").strip();
            if (name.length() > 80) {
                name = name.substring(0, 79) + "…";
            }
            String detail = q.kind().label()
                    + (q.cue() != null ? " · " + q.cue().text() : "")
                    + (q.speaker() != null
                                    && !q.speaker().text().equals(q.speaker().displayName())
                            ? " · " + q.speaker().text()
                            : "");
            if (q.statement() != null && !q.statement().equals(q.range())) {
                // a fragment shows the statement it belongs to: "partial · said · that there have been “…” in Chicago"
                String statement =
                        q.statement().of(text).replaceAll("\\s+", " ").strip();
                detail += " · " + (statement.length() > 80 ? statement.substring(0, 79) + "…" : statement);
            }
            Range r = Conversions.range(index, q.range(), enc);
            out.add(symbol(name, detail, SymbolKind.String, r, r, List.of()));
        }
        return out;
    }

    /** Statements reported without quotation marks: "reported · said" in the detail, the statement as the name. */
    private static List<DocumentSymbol> reportedSymbols(
            List<Statement> statements, String text, LineIndex index, LineIndex.Encoding enc) {
        List<DocumentSymbol> out = new ArrayList<>();
        for (Statement st : statements) {
            String name = st.range().of(text).replaceAll("\\s+", " ").strip();
            if (name.length() > 80) {
                name = name.substring(0, 79) + "…";
            }
            String detail = "reported"
                    + (st.cue() != null ? " · " + st.cue().text() : "")
                    + (!st.speaker().text().equals(st.speaker().displayName())
                            ? " · " + st.speaker().text()
                            : "");
            Range r = Conversions.range(index, st.range(), enc);
            out.add(symbol(name, detail, SymbolKind.Event, r, r, List.of()));
        }
        return out;
    }

    private static void addEntityGroup(
            List<DocumentSymbol> out,
            String title,
            EntityType type,
            SymbolKind kind,
            ArticleAnalysis a,
            LineIndex index,
            LineIndex.Encoding enc) {
        List<DocumentSymbol> children = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (e.type() != type) {
                continue;
            }
            TextRange first = e.firstMention();
            Range r = Conversions.range(index, first, enc);
            int n = e.mentions().size();
            String detail = e.descriptions().isEmpty()
                    ? n + (n == 1 ? " mention" : " mentions")
                    : String.join("; ", e.descriptions());
            children.add(symbol(e.name(), detail, kind, r, r, List.of()));
        }
        if (!children.isEmpty()) {
            out.add(group(title, children.size() + "", SymbolKind.Namespace, children, index, enc));
        }
    }

    private static DocumentSymbol group(
            String name,
            String detail,
            SymbolKind kind,
            List<DocumentSymbol> children,
            LineIndex index,
            LineIndex.Encoding enc) {
        Range first = children.get(0).getRange();
        Range span = new Range(first.getStart(), first.getEnd());
        for (DocumentSymbol c : children) {
            if (before(c.getRange().getStart(), span.getStart())) {
                span.setStart(c.getRange().getStart());
            }
            if (before(span.getEnd(), c.getRange().getEnd())) {
                span.setEnd(c.getRange().getEnd());
            }
        }
        return symbol(name, detail, kind, span, first, children);
    }

    private static boolean before(org.eclipse.lsp4j.Position a, org.eclipse.lsp4j.Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
    }

    private static DocumentSymbol symbol(
            String name, String detail, SymbolKind kind, Range range, Range selection, List<DocumentSymbol> children) {
        DocumentSymbol s =
                new DocumentSymbol(name, kind, range, new Range(selection.getStart(), selection.getEnd()), detail);
        s.setChildren(new ArrayList<>(children));
        return s;
    }
}
