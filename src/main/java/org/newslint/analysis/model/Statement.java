package org.newslint.analysis.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslint.text.TextRange;

/**
 * Something a source is said to have said: the reported statement ({@code range}, PolNeAR's
 * Content: what was said, without the speaker and the cue), who said it ({@code speaker}, null when
 * the article does not say), the words that report it ({@code cue}, null when only layout tells, as
 * for a quotation standing alone after its speaker's paragraph), whether it is quoted or reported
 * ({@code kind}), and the quotations inside it ({@code quotes}, empty for indirect speech). The
 * quotes, the outline, the hovers and the JSON report all read statements from here.
 */
public record Statement(TextRange range, Source speaker, Cue cue, StatementKind kind, List<TextRange> quotes) {
    public Statement {
        quotes = List.copyOf(quotes);
    }

    /**
     * One statement per distinct statement of the quotes (fragments of one statement are one), with the
     * speaker and cue of its first quotation; terms have none. DIRECT when the statement is its quotation,
     * PARTIAL when it reaches past it.
     */
    public static List<Statement> ofQuotes(List<Quote> quotes) {
        Map<TextRange, List<Quote>> byStatement = new LinkedHashMap<>();
        for (Quote q : quotes) {
            if (q.kind() != QuoteKind.TERM && q.statement() != null) {
                byStatement
                        .computeIfAbsent(q.statement(), k -> new ArrayList<>())
                        .add(q);
            }
        }
        List<Statement> out = new ArrayList<>();
        for (Map.Entry<TextRange, List<Quote>> e : byStatement.entrySet()) {
            Quote first = e.getValue().get(0);
            List<TextRange> ranges = new ArrayList<>();
            boolean direct = true;
            for (Quote q : e.getValue()) {
                ranges.add(q.range());
                direct &= q.range().equals(e.getKey());
            }
            StatementKind kind = direct && e.getValue().size() == 1 ? StatementKind.DIRECT : StatementKind.PARTIAL;
            out.add(new Statement(e.getKey(), first.speaker(), first.cue(), kind, ranges));
        }
        return out;
    }

    /** The name to show for the speaker, or null when nobody is said to have said it. */
    public String speakerName() {
        return speaker == null ? null : speaker.displayName();
    }
}
