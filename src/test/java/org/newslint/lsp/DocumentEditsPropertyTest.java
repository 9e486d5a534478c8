package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.newslint.text.LineIndex;

/**
 * Generated edit sequences (insertions, deletions, replacements, whole-text replacements; CRLF, lone
 * CR, emoji and accents; edits at the very end; positions past the end of a line or of the document)
 * applied to {@link OpenDocuments} must leave exactly the text a reference model computes, in every
 * position encoding, and never throw. The reference converts offsets to positions on its own, by
 * the LSP specification, not through {@link LineIndex}. {@code -Djqwik.tries.default=10000} runs
 * the long profile (README).
 */
class DocumentEditsPropertyTest {
    private static final String URI = "file:///edits.txt";

    /** One generated edit: two places in the text as fractions, replacement text, or a whole new text. */
    record Edit(double from, double to, String insert, boolean whole, int overshoot) {}

    @Property
    void editsLeaveTheTextTheReferenceComputes(
            @ForAll("texts") String initial,
            @ForAll("edits") List<Edit> edits,
            @ForAll("encodings") LineIndex.Encoding encoding) {
        OpenDocuments docs = new OpenDocuments();
        docs.open(URI, "plaintext", 1, initial);
        String expected = initial;
        int version = 1;
        for (Edit e : edits) {
            TextDocumentContentChangeEvent change;
            if (e.whole()) {
                change = new TextDocumentContentChangeEvent(e.insert());
                expected = e.insert();
            } else {
                int a = boundary(expected, (int) (e.from() * (expected.length() + 1)));
                int b = boundary(expected, (int) (e.to() * (expected.length() + 1)));
                int start = Math.min(a, b);
                int end = Math.max(a, b);
                Position startPos = position(expected, start, encoding);
                Position endPos = overshoot(expected, end, encoding, e.overshoot());
                change = new TextDocumentContentChangeEvent(new Range(startPos, endPos), e.insert());
                expected = expected.substring(0, start) + e.insert() + expected.substring(end);
            }
            version++;
            docs.change(URI, version, List.of(change), encoding);
            assertThat(docs.get(URI).text()).isEqualTo(expected);
            assertThat(docs.get(URI).version()).isEqualTo(version);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "b", " ", "é", "\uD83D\uDE00", "\n", "\r\n", "\r", "word ", ".")
                .list()
                .ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0, 1);
        Arbitrary<Edit> edit = Combinators.combine(
                        fraction,
                        fraction,
                        texts(),
                        Arbitraries.integers().between(0, 9),
                        Arbitraries.integers().between(0, 3))
                .as((from, to, insert, kind, overshoot) -> new Edit(from, to, insert, kind == 0, overshoot));
        return edit.list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<LineIndex.Encoding> encodings() {
        return Arbitraries.of(LineIndex.Encoding.class);
    }

    /** The nearest offset at or before {@code offset} that is a place an editor can point to. */
    private static int boundary(String text, int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        while (o > 0
                && o < text.length()
                && (Character.isLowSurrogate(text.charAt(o)) || text.charAt(o) == '\n' && text.charAt(o - 1) == '\r')) {
            o--;
        }
        return o;
    }

    /**
     * The LSP position of {@code offset}; with {@code overshoot} 1 the same place written as a column
     * past the end of its line when it ends one, 2 as a line past the document's end when it is the
     * end, 3 as a column far past any line when it ends one (all clamp back to the same offset).
     */
    private static Position overshoot(String text, int offset, LineIndex.Encoding encoding, int overshoot) {
        Position p = position(text, offset, encoding);
        boolean endOfLine = offset == text.length() || text.charAt(offset) == '\n' || text.charAt(offset) == '\r';
        if (overshoot == 1 && endOfLine) {
            return new Position(p.getLine(), p.getCharacter() + 5);
        }
        if (overshoot == 2 && offset == text.length()) {
            return new Position(p.getLine() + 3, 0);
        }
        if (overshoot == 3 && endOfLine) {
            return new Position(p.getLine(), Integer.MAX_VALUE / 2);
        }
        return p;
    }

    /** The reference: line by \r\n, \r or \n; column in the encoding's units from the line start. */
    private static Position position(String text, int offset, LineIndex.Encoding encoding) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        String before = text.substring(lineStart, offset);
        int column = switch (encoding) {
            case UTF16 -> before.length();
            case UTF32 -> before.codePointCount(0, before.length());
            case UTF8 -> before.getBytes(StandardCharsets.UTF_8).length;
        };
        return new Position(line, column);
    }

    /** A quick self-check of the reference on a text whose positions are known by hand. */
    @net.jqwik.api.Example
    void theReferenceCountsLinesAndColumnsAsTheSpecSays() {
        String text = "a\r\nb\u00e9\rc\uD83D\uDE00d\ne";
        assertThat(position(text, 3, LineIndex.Encoding.UTF16)).isEqualTo(new Position(1, 0));
        assertThat(position(text, 5, LineIndex.Encoding.UTF8)).isEqualTo(new Position(1, 3));
        assertThat(position(text, 10, LineIndex.Encoding.UTF16)).isEqualTo(new Position(2, 4));
        assertThat(position(text, 10, LineIndex.Encoding.UTF32)).isEqualTo(new Position(2, 3));
        assertThat(position(text, 10, LineIndex.Encoding.UTF8)).isEqualTo(new Position(2, 6));
        assertThat(position(text, 11, LineIndex.Encoding.UTF16)).isEqualTo(new Position(3, 0));
    }
}
