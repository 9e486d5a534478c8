package org.newslint.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Quote;
import org.newslint.text.LineIndex;
import org.newslint.text.TextRange;

/**
 * The views of one analysis at a position: the hover on a name or quote, and navigation between
 * the mentions of a name (definition = its first mention, references, highlights).
 */
final class EntityNavigation {
    private EntityNavigation() {}

    static Hover hover(ArticleAnalysis a, Position position, ClientOptions options) {
        LineIndex index = a.document().lineIndex();
        int offset = Conversions.offset(index, position, options.encoding());
        boolean md = options.markdownHover();
        Entity e = a.entityAt(offset);
        if (e != null) {
            TextRange mention = e.mentions().stream()
                    .filter(m -> m.touches(offset))
                    .findFirst()
                    .orElse(e.firstMention());
            return hover(HoverContent.entity(a, e, md), md, Conversions.range(index, mention, options.encoding()));
        }
        Quote q = a.quoteAt(offset);
        if (q != null) {
            return hover(HoverContent.quote(a, q, md), md, Conversions.range(index, q.range(), options.encoding()));
        }
        return null;
    }

    private static Hover hover(String text, boolean markdown, org.eclipse.lsp4j.Range range) {
        Hover h = new Hover(new MarkupContent(markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT, text));
        h.setRange(range);
        return h;
    }

    /** The first mention of the name at {@code position}, where a reader meets it; empty when there is no name. */
    static List<Location> definition(ArticleAnalysis a, Position position, LineIndex.Encoding encoding) {
        Entity e = entityAt(a, position, encoding);
        return e == null ? List.of() : locations(a, List.of(e.firstMention()), encoding);
    }

    /** Every mention of the name at {@code position}. */
    static List<Location> references(ArticleAnalysis a, Position position, LineIndex.Encoding encoding) {
        Entity e = entityAt(a, position, encoding);
        return e == null ? List.of() : locations(a, e.mentions(), encoding);
    }

    static List<DocumentHighlight> highlights(ArticleAnalysis a, Position position, LineIndex.Encoding encoding) {
        List<DocumentHighlight> out = new ArrayList<>();
        for (Location l : references(a, position, encoding)) {
            out.add(new DocumentHighlight(l.getRange(), DocumentHighlightKind.Text));
        }
        return out;
    }

    private static Entity entityAt(ArticleAnalysis a, Position position, LineIndex.Encoding encoding) {
        return a.entityAt(Conversions.offset(a.document().lineIndex(), position, encoding));
    }

    private static List<Location> locations(ArticleAnalysis a, List<TextRange> ranges, LineIndex.Encoding encoding) {
        List<Location> out = new ArrayList<>();
        for (TextRange r : ranges) {
            out.add(new Location(
                    a.document().uri(), Conversions.range(a.document().lineIndex(), r, encoding)));
        }
        return out;
    }
}
