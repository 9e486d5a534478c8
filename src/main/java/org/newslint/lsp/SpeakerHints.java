package org.newslint.lsp;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Quote;
import org.newslint.text.LineIndex;

/** The speaker of each quote in a range, as a faint hint right after the closing mark: "— Rachel Dunmore". */
final class SpeakerHints {
    private SpeakerHints() {}

    static List<InlayHint> in(ArticleAnalysis a, Range range, LineIndex.Encoding encoding) {
        LineIndex index = a.document().lineIndex();
        int from = Conversions.offset(index, range.getStart(), encoding);
        int to = Conversions.offset(index, range.getEnd(), encoding);
        List<InlayHint> hints = new ArrayList<>();
        for (Quote q : a.quotes()) {
            if (q.speaker() == null || q.range().end() < from || q.range().end() > to) {
                continue;
            }
            // a speaker named right after the quote needs no hint: "“…,” said Maria Jensen"
            if (q.speaker().range().start() >= q.range().end()
                    && q.speaker().range().start() - q.range().end() < 12
                    && q.speaker().text().equals(q.speaker().displayName())) {
                continue;
            }
            InlayHint hint = new InlayHint(
                    Conversions.position(index, q.range().end(), encoding),
                    Either.forLeft("— " + q.speaker().displayName()));
            hint.setPaddingLeft(true);
            hint.setTooltip(
                    "speaker of this quote" + (q.cue() != null ? " (" + q.cue().text() + ")" : ""));
            hints.add(hint);
        }
        return hints;
    }
}
