package org.newslint.lsp;

import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.newslint.analysis.model.Severity;
import org.newslint.text.LineIndex;
import org.newslint.text.TextRange;

/** Converts between core offsets and LSP positions in the negotiated encoding. */
final class Conversions {
    private Conversions() {}

    static Range range(LineIndex index, TextRange r, LineIndex.Encoding enc) {
        return new Range(position(index, r.start(), enc), position(index, r.end(), enc));
    }

    static Position position(LineIndex index, int offset, LineIndex.Encoding enc) {
        LineIndex.Position p = index.position(offset, enc);
        return new Position(p.line(), p.column());
    }

    static int offset(LineIndex index, Position p, LineIndex.Encoding enc) {
        return index.offset(p.getLine(), p.getCharacter(), enc);
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    static String encodingName(LineIndex.Encoding e) {
        return switch (e) {
            case UTF8 -> "utf-8";
            case UTF16 -> "utf-16";
            case UTF32 -> "utf-32";
        };
    }
}
