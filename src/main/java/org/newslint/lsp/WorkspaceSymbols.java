package org.newslint.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.SymbolInformation;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.text.LineIndex;

/**
 * {@code workspace/symbol} over the open documents, from the analyses the server already holds: the
 * outline's entries ({@link OutlineSymbols#flat}) — every quotation and reported statement (named as
 * in the outline, its speaker as container; quotations without a speaker under "Unattributed quotes")
 * and every person, organisation and place (its full name; container "People", "Organisations" or
 * "Places") — without the quoted terms, which are nobody's words. A symbol matches when its name or
 * container contains the query, or its name contains the query's characters in order, ignoring
 * case and typographic quotation marks; name matches come first, then container matches, then
 * in-order matches, each in document order. An empty query matches everything. At most
 * {@link #LIMIT} symbols are returned.
 */
final class WorkspaceSymbols {
    /** The most symbols one answer holds; clients ask again as the query grows. */
    static final int LIMIT = 500;

    private WorkspaceSymbols() {}

    private record Ranked(int rank, int order, SymbolInformation symbol) {}

    /** {@code analyses} in the order their documents should be listed. */
    static List<SymbolInformation> find(List<ArticleAnalysis> analyses, String query, LineIndex.Encoding enc) {
        String q = fold(query == null ? "" : query.strip());
        List<Ranked> matches = new ArrayList<>();
        int order = 0;
        for (ArticleAnalysis a : analyses) {
            for (SymbolInformation s : OutlineSymbols.flat(a, enc)) {
                if (OutlineSymbols.TERMS.equals(s.getContainerName())) {
                    continue;
                }
                int rank = rank(s, q);
                if (rank >= 0) {
                    matches.add(new Ranked(rank, order++, s));
                }
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order))
                .limit(LIMIT)
                .map(Ranked::symbol)
                .toList();
    }

    /** 0: the name contains the query; 1: the container does; 2: the name has its characters in order; -1: none. */
    static int rank(SymbolInformation s, String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return 0;
        }
        String name = fold(s.getName());
        if (name.contains(foldedQuery)) {
            return 0;
        }
        if (s.getContainerName() != null && fold(s.getContainerName()).contains(foldedQuery)) {
            return 1;
        }
        return inOrder(foldedQuery, name) ? 2 : -1;
    }

    private static boolean inOrder(String query, String name) {
        int at = 0;
        for (int i = 0; i < query.length(); i++) {
            at = name.indexOf(query.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** Lower case, with curly quotation marks and apostrophes as straight ones, so "don't" finds "don’t". */
    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace('‘', '\'')
                .replace('“', '"')
                .replace('”', '"');
    }
}
