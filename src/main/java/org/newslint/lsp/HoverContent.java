package org.newslint.lsp;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Statement;
import org.newslint.analysis.model.StatementKind;

/**
 * Builds hover text for an entity mention (what the entity is quoted as saying and reported as saying) or a quote, as Markdown or as plain text for clients
 * that accept only plain text (eglot 1.9, ALE); the Markdown is written to read well either way.
 */
final class HoverContent {
    private static final int MAX_QUOTES = 5;

    private HoverContent() {}

    static String entity(ArticleAnalysis a, Entity e, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        String text = a.document().text();
        sb.append(markdown ? "**" + escape(e.name()) + "**" : e.name())
                .append(" — ")
                .append(e.type().label())
                .append("\n\n");
        if (!e.aliases().isEmpty()) {
            sb.append(markdown ? "*Also:* " : "Also: ")
                    .append(String.join(", ", e.aliases()))
                    .append("\n\n");
        }
        if (!e.descriptions().isEmpty()) {
            sb.append(markdown ? "*Role:* " : "Role: ")
                    .append(String.join("; ", e.descriptions()))
                    .append("\n\n");
        }
        int n = e.mentions().size();
        sb.append(n).append(n == 1 ? " mention" : " mentions").append(" in this article\n");
        List<Quote> quotes = a.quotesBy(e.id());
        List<String> quoted = new ArrayList<>();
        for (Quote q : quotes) {
            quoted.add(q.range().of(text));
        }
        list(sb, markdown ? "*Quoted as saying:*" : "Quoted as saying:", quoted, markdown);
        List<String> reported = new ArrayList<>();
        for (Statement st : a.statementsBy(e.id())) {
            if (st.kind() == StatementKind.INDIRECT) {
                reported.add(st.range().of(text));
            }
        }
        list(sb, markdown ? "*Reported as saying:*" : "Reported as saying:", reported, markdown);
        return sb.toString().strip();
    }

    /** A heading and up to {@link #MAX_QUOTES} items, one line each; nothing when there are none. */
    private static void list(StringBuilder sb, String heading, List<String> items, boolean markdown) {
        if (items.isEmpty()) {
            return;
        }
        sb.append('\n').append(heading).append('\n');
        for (int i = 0; i < Math.min(MAX_QUOTES, items.size()); i++) {
            String q = items.get(i).replaceAll("\\s+", " ");
            if (q.length() > 160) {
                q = q.substring(0, 159) + "…";
            }
            sb.append(markdown ? "- " + escape(q) : "- " + q).append('\n');
        }
        if (items.size() > MAX_QUOTES) {
            sb.append("- … and ").append(items.size() - MAX_QUOTES).append(" more\n");
        }
    }

    static String quote(ArticleAnalysis a, Quote q, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        String kind = switch (q.kind()) {
            case DIRECT -> "Direct quote";
            case PARTIAL -> "Partial quote";
            case BLOCK -> "Block quote";
            case TERM -> "Quoted term";
        };
        sb.append(markdown ? "**" + kind + "**" : kind);
        if (q.speaker() != null) {
            sb.append(" by ")
                    .append(
                            markdown
                                    ? "**" + escape(q.speaker().displayName()) + "**"
                                    : q.speaker().displayName());
            if (!q.speaker().text().equals(q.speaker().displayName())) {
                sb.append(" (“").append(q.speaker().text()).append("”)");
            }
            if (q.cue() != null) {
                sb.append("\n\nCue: ").append(q.cue().text());
            }
        } else if (q.kind() == QuoteKind.TERM) {
            sb.append("\n\nA term, title or scare quote: quoted words nobody is said to have said.");
        } else {
            sb.append("\n\nNo speaker found: say who said this.");
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("*", "\\*").replace("_", "\\_").replace("`", "\\`");
    }
}
