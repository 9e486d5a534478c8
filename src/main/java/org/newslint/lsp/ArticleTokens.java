package org.newslint.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.model.Statement;
import org.newslint.text.LineIndex;
import org.newslint.text.TextRange;

/**
 * Semantic tokens, so that an editor's theme colours who is speaking and what is quoted: people as
 * {@code variable}, organisations as {@code class}, places as {@code namespace} (every mention), the
 * words naming a statement's speaker as their entity's type with the {@code declaration} modifier
 * ("he" and "a spokesperson" too: {@code variable}), and quotations (with their marks; quoted terms
 * are not speech and are left plain) as {@code string}. LSP's standard types only, so every theme
 * has a colour for them. Tokens never overlap: a name inside a quotation cuts it into pieces
 * (a speaker wins over a mention, a mention over a quotation), and a token never crosses a line
 * (clients need not support multi-line tokens); whitespace at a piece's edges is left out.
 */
final class ArticleTokens {
    static final List<String> TYPES = List.of(
            SemanticTokenTypes.Variable,
            SemanticTokenTypes.Class,
            SemanticTokenTypes.Namespace,
            SemanticTokenTypes.String);
    static final List<String> MODIFIERS = List.of(SemanticTokenModifiers.Declaration);

    private static final int PERSON = 0;
    private static final int ORGANISATION = 1;
    private static final int PLACE = 2;
    private static final int QUOTE = 3;
    private static final int SPEAKER = 1; // the bit of MODIFIERS' "declaration"

    private ArticleTokens() {}

    static SemanticTokensLegend legend() {
        return new SemanticTokensLegend(TYPES, MODIFIERS);
    }

    /** One token: UTF-16 offsets within one line, an index into {@link #TYPES}, a bit set over {@link #MODIFIERS}. */
    record Token(int start, int end, int type, int modifiers) {}

    /** What one analysis says about a span, before overlaps are resolved; higher {@code rank} wins. */
    private record Span(int start, int end, int rank, int type, int modifiers) {}

    /** The whole document's tokens, relative-encoded in the client's encoding. */
    static SemanticTokens full(ArticleAnalysis a, LineIndex.Encoding enc) {
        return new SemanticTokens(encode(tokens(a), a.document().lineIndex(), enc));
    }

    /** The tokens that overlap {@code range} (UTF-16 offsets), relative-encoded. */
    static SemanticTokens range(ArticleAnalysis a, TextRange range, LineIndex.Encoding enc) {
        List<Token> in = tokens(a).stream()
                .filter(t -> t.start() < range.end() && range.start() < t.end())
                .toList();
        return new SemanticTokens(encode(in, a.document().lineIndex(), enc));
    }

    /** The tokens in document order: sorted, not overlapping, each on one line. */
    static List<Token> tokens(ArticleAnalysis a) {
        List<Span> spans = spans(a);
        List<Token> merged = resolveOverlaps(spans);
        String text = a.document().text();
        LineIndex lines = a.document().lineIndex();
        List<Token> out = new ArrayList<>();
        for (Token t : merged) {
            int last = lines.lineOf(t.end());
            for (int line = lines.lineOf(t.start()); line <= last; line++) {
                int s = Math.max(t.start(), lines.lineStart(line));
                int e = Math.min(t.end(), lines.lineEnd(line));
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    out.add(new Token(s, e, t.type(), t.modifiers()));
                }
            }
        }
        return out;
    }

    private static List<Span> spans(ArticleAnalysis a) {
        int length = a.document().text().length();
        List<Span> spans = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (q.kind() != QuoteKind.TERM) {
                spans.add(new Span(q.range().start(), Math.min(length, q.range().end()), 0, QUOTE, 0));
            }
        }
        for (Entity e : a.entities()) {
            int type = type(e.type());
            if (type < 0) {
                continue;
            }
            for (TextRange m : e.mentions()) {
                spans.add(new Span(m.start(), Math.min(length, m.end()), 1, type, 0));
            }
        }
        Set<TextRange> speakers = new LinkedHashSet<>();
        List<Source> sources = new ArrayList<>();
        for (Statement st : a.statements()) {
            sources.add(st.speaker());
        }
        for (Quote q : a.quotes()) {
            sources.add(q.speaker());
        }
        for (Source s : sources) {
            if (s == null || s.range() == null || !speakers.add(s.range())) {
                continue;
            }
            Entity e = s.entityId() == null ? null : a.entity(s.entityId());
            int type = e == null ? PERSON : Math.max(PERSON, type(e.type()));
            spans.add(new Span(s.range().start(), Math.min(length, s.range().end()), 2, type, SPEAKER));
        }
        spans.removeIf(s -> s.start() >= s.end());
        return spans;
    }

    /** The token type of an entity type, or -1 for names newslint does not colour (other names). */
    private static int type(EntityType t) {
        return switch (t) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANISATION;
            case LOCATION -> PLACE;
            case MISC -> -1;
        };
    }

    /**
     * Cuts the spans at every boundary and gives each piece to the span that wins it (highest rank,
     * then the innermost: the latest start); consecutive pieces of one span join again.
     */
    private static List<Token> resolveOverlaps(List<Span> spans) {
        List<Span> byStart = new ArrayList<>(spans);
        byStart.sort(Comparator.comparingInt(Span::start));
        int[] bounds = spans.stream()
                .flatMapToInt(s -> java.util.stream.IntStream.of(s.start(), s.end()))
                .sorted()
                .distinct()
                .toArray();
        List<Span> active = new ArrayList<>();
        List<Token> out = new ArrayList<>();
        Span previousWinner = null;
        int next = 0;
        for (int i = 0; i + 1 < bounds.length; i++) {
            int from = bounds[i];
            int to = bounds[i + 1];
            active.removeIf(s -> s.end() <= from);
            while (next < byStart.size() && byStart.get(next).start() <= from) {
                if (byStart.get(next).end() > from) {
                    active.add(byStart.get(next));
                }
                next++;
            }
            Span winner = null;
            for (Span s : active) {
                if (winner == null
                        || s.rank() > winner.rank()
                        || s.rank() == winner.rank() && s.start() > winner.start()) {
                    winner = s;
                }
            }
            if (winner == null) {
                previousWinner = null;
                continue;
            }
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (winner == previousWinner && last != null && last.end() == from) {
                out.set(out.size() - 1, new Token(last.start(), to, last.type(), last.modifiers()));
            } else {
                out.add(new Token(from, to, winner.type(), winner.modifiers()));
            }
            previousWinner = winner;
        }
        return out;
    }

    /** LSP's relative encoding: per token, line delta, start delta (from the previous token on its line), length, type, modifiers. */
    static List<Integer> encode(List<Token> tokens, LineIndex lines, LineIndex.Encoding enc) {
        List<Integer> data = new ArrayList<>(tokens.size() * 5);
        int previousLine = 0;
        int previousColumn = 0;
        for (Token t : tokens) {
            LineIndex.Position start = lines.position(t.start(), enc);
            LineIndex.Position end = lines.position(t.end(), enc);
            int deltaLine = start.line() - previousLine;
            data.add(deltaLine);
            data.add(deltaLine == 0 ? start.column() - previousColumn : start.column());
            data.add(end.column() - start.column());
            data.add(t.type());
            data.add(t.modifiers());
            previousLine = start.line();
            previousColumn = start.column();
        }
        return data;
    }
}
