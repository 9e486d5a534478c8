package org.newslint.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Statement;
import org.newslint.analysis.model.StatementKind;
import org.newslint.text.LineIndex;

/**
 * A readable report of everything newslint found in one article: findings with caret underlines,
 * the quote outline by speaker, the statements reported without quotation marks by speaker, and entities. Golden tests compare it, so it is stable and diffable.
 */
public final class TextReport {
    private TextReport() {}

    public static String of(ArticleAnalysis a) {
        StringBuilder sb = new StringBuilder();
        String text = a.document().text();
        LineIndex lines = a.document().lineIndex();
        sb.append("== findings\n");
        for (Finding f : a.findings()) {
            LineIndex.Position p = lines.position(f.range().start());
            sb.append(p.line() + 1)
                    .append(':')
                    .append(p.column() + 1)
                    .append(' ')
                    .append(f.severity().label())
                    .append(" [")
                    .append(f.rule())
                    .append("] ")
                    .append(f.message())
                    .append('\n');
            String line = text.substring(lines.lineStart(p.line()), lines.lineEnd(p.line()));
            int from = p.column();
            int to = Math.min(line.length(), from + f.range().length());
            // show a window around the underline so long wire paragraphs stay readable
            int windowStart = Math.max(0, from - 20);
            int windowEnd = Math.min(line.length(), Math.max(to, from + 1) + 10);
            windowEnd = Math.min(windowEnd, windowStart + 110);
            String shown = line.substring(windowStart, windowEnd);
            sb.append("    | ").append(shown).append('\n');
            sb.append("    | ")
                    .append(" ".repeat(from - windowStart))
                    .append("^".repeat(Math.max(1, Math.min(to, windowEnd) - from)))
                    .append('\n');
        }
        sb.append("== quotes\n");
        Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
        for (Quote q : a.quotes()) {
            String who = q.kind() == QuoteKind.TERM
                    ? "(terms)"
                    : q.speaker() == null ? "(no speaker)" : q.speaker().displayName();
            bySpeaker.computeIfAbsent(who, k -> new ArrayList<>()).add(q);
        }
        for (Map.Entry<String, List<Quote>> e : bySpeaker.entrySet()) {
            sb.append(e.getKey()).append('\n');
            for (Quote q : e.getValue()) {
                LineIndex.Position p = lines.position(q.range().start());
                String quoted = q.range().of(text).replaceAll("\\s+", " ");
                if (quoted.length() > 70) {
                    quoted = quoted.substring(0, 69) + "…";
                }
                sb.append("  ")
                        .append(p.line() + 1)
                        .append(':')
                        .append(p.column() + 1)
                        .append(' ')
                        .append(q.kind().label())
                        .append(' ')
                        .append(quoted);
                if (q.cue() != null) {
                    sb.append("  (cue: ").append(q.cue().text()).append(')');
                }
                if (q.speaker() != null && !q.speaker().text().equals(e.getKey())) {
                    sb.append("  (as written: ").append(q.speaker().text()).append(')');
                }
                if (q.statement() == null) {
                    sb.append("\n      (no statement: a term or scare quote)");
                } else if (!q.statement().equals(q.range())) {
                    String statement = q.statement().of(text).replaceAll("\\s+", " ");
                    if (statement.length() > 90) {
                        statement = statement.substring(0, 89) + "…";
                    }
                    sb.append("\n      statement: ").append(statement);
                }
                sb.append('\n');
            }
        }
        sb.append("== reported statements\n");
        Map<String, List<Statement>> reportedBy = new LinkedHashMap<>();
        for (Statement st : a.statements()) {
            if (st.kind() == StatementKind.INDIRECT) {
                reportedBy
                        .computeIfAbsent(st.speakerName(), k -> new ArrayList<>())
                        .add(st);
            }
        }
        for (Map.Entry<String, List<Statement>> e : reportedBy.entrySet()) {
            sb.append(e.getKey()).append('\n');
            for (Statement st : e.getValue()) {
                LineIndex.Position p = lines.position(st.range().start());
                String said = st.range().of(text).replaceAll("\\s+", " ");
                if (said.length() > 90) {
                    said = said.substring(0, 89) + "…";
                }
                sb.append("  ")
                        .append(p.line() + 1)
                        .append(':')
                        .append(p.column() + 1)
                        .append(' ')
                        .append(said);
                if (st.cue() != null) {
                    sb.append("  (cue: ").append(st.cue().text()).append(')');
                }
                if (!st.speaker().text().equals(e.getKey())) {
                    sb.append("  (as written: ").append(st.speaker().text()).append(')');
                }
                sb.append('\n');
            }
        }
        sb.append("== entities\n");
        for (Entity e : a.entities()) {
            sb.append(e.id())
                    .append(' ')
                    .append(e.type())
                    .append(' ')
                    .append(e.name())
                    .append(" ×")
                    .append(e.mentions().size());
            if (!e.aliases().isEmpty()) {
                sb.append(" aka ").append(String.join(" | ", e.aliases()));
            }
            if (!e.descriptions().isEmpty()) {
                sb.append(" — ").append(String.join("; ", e.descriptions()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
