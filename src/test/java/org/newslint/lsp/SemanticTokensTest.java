package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SemanticTokensRangeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.rules.Checker;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;
import org.newslint.testing.RecordingClient;
import org.newslint.text.LineIndex;
import org.newslint.text.TextRange;

/**
 * Semantic tokens decoded from LSP's relative encoding back to spans of the fixture, compared with
 * the carets ({@code ^^^ type} or {@code ^^^ type.modifier}); every check also asserts the tokens are
 * sorted, do not overlap and stay on one line.
 */
class SemanticTokensTest {
    @Test
    void namesSpeakersAndQuotesAndANameInsideAQuoteCutsIt() {
        check("""
                The World Health Organization will close its office in Oslo.
                    ^^^^^^^^^^^^^^^^^^^^^^^^^ class
                                                                       ^^^^ namespace
                “We asked the World Health Organization to stay,” Ana Berg said.
                ^^^^^^^^^^^^^ string
                              ^^^^^^^^^^^^^^^^^^^^^^^^^ class
                                                        ^^^^^^^^^ string
                                                                  ^^^^^^^^ variable.declaration
                Berg spoke in Oslo on Tuesday.
                ^^^^ variable
                              ^^^^ namespace
                """);
    }

    @Test
    void aPronounSpeakerIsMarkedAndATermIsNotAQuote() {
        check("""
                Ana Berg leads the union.
                ^^^^^^^^ variable
                “We will not back down,” she said.
                ^^^^^^^^^^^^^^^^^^^^^^^^ string
                                         ^^^ variable.declaration
                Pundits debated the “deep state” all week.
                """);
    }

    /** A quotation over two lines of one Markdown paragraph is two tokens: a token never crosses a line. */
    @Test
    void aQuoteOverTwoLinesIsOneTokenPerLine() {
        check("""
                “We will not back down
                ^^^^^^^^^^^^^^^^^^^^^^ string
                from this fight,” Ana Berg said.
                ^^^^^^^^^^^^^^^^^ string
                                  ^^^^^^^^ variable.declaration
                """, true, LineIndex.Encoding.UTF16);
    }

    /** Columns and lengths count the client's code units: UTF-8 bytes when it negotiated UTF-8. */
    @Test
    void positionsAreInTheNegotiatedEncoding() {
        String annotated = """
                Zoë Kraus runs the café in Oslo.
                ^^^^^^^^^ variable
                                           ^^^^ namespace
                """;
        check(annotated, false, LineIndex.Encoding.UTF8);
        ArticleAnalysis a = Fixtures.analyze(CaretFixture.parse(annotated).text());
        // [deltaLine, deltaStart, length, type, modifiers] per token: "Zoë Kraus" is 9 UTF-16 units, 10 bytes;
        // "Oslo" starts 27 units, 29 bytes after it (ë and é)
        assertThat(ArticleTokens.full(a, LineIndex.Encoding.UTF16).getData())
                .containsExactly(0, 0, 9, 0, 0, 0, 27, 4, 2, 0);
        assertThat(ArticleTokens.full(a, LineIndex.Encoding.UTF8).getData())
                .containsExactly(0, 0, 10, 0, 0, 0, 29, 4, 2, 0);
    }

    /** A range request gets the tokens overlapping the range, encoded from the start of the document. */
    @Test
    void aRangeGetsTheTokensThatOverlapIt() {
        CaretFixture f = CaretFixture.parse("""
                Ana Berg leads the union in Oslo.
                “We will not back down,” she said.
                ^^^^^^^^^^^^^^^^^^^^^^^^ string
                                         ^^^ variable.declaration
                Berg spoke on Tuesday.
                """);
        ArticleAnalysis a = Fixtures.analyze(f.text());
        LineIndex lines = a.document().lineIndex();
        TextRange secondLine = new TextRange(lines.lineStart(1), lines.lineEnd(1));
        assertThat(ArticleTokens.tokens(a))
                .as("the first and last lines have tokens the range leaves out")
                .anyMatch(t -> t.end() <= secondLine.start())
                .anyMatch(t -> t.start() >= secondLine.end());
        List<Integer> data =
                ArticleTokens.range(a, secondLine, LineIndex.Encoding.UTF16).getData();
        assertThat(decode(data, f, lines, LineIndex.Encoding.UTF16)).containsExactlyElementsOf(expected(f));
    }

    /** The server's handlers answer full and range requests from the document's analysis, range by LSP positions. */
    @Test
    void theServerAnswersFullAndRangeRequests() throws Exception {
        String uri = "file:///desk/tokens.txt";
        CaretFixture f = CaretFixture.parse("""
                Ana Berg leads the union in Oslo.
                “We will not back down,” she said.
                ^^^^^^^^^^^^^^^^^^^^^^^^ string
                                         ^^^ variable.declaration
                Berg spoke on Tuesday.
                """);
        RecordingClient client = new RecordingClient();
        NewslintLanguageServer server = new NewslintLanguageServer(Checker.createDefault(), 10, s -> {});
        try {
            server.connect(client);
            var caps = server.initialize(new InitializeParams())
                    .get(10, TimeUnit.SECONDS)
                    .getCapabilities();
            assertThat(caps.getSemanticTokensProvider().getLegend().getTokenTypes())
                    .isEqualTo(ArticleTokens.TYPES);
            server.getTextDocumentService()
                    .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, f.text())));
            var id = new TextDocumentIdentifier(uri);
            var range = server.getTextDocumentService()
                    .semanticTokensRange(
                            new SemanticTokensRangeParams(id, new Range(new Position(1, 0), new Position(1, 34))))
                    .get(20, TimeUnit.SECONDS);
            LineIndex lines = new LineIndex(f.text());
            assertThat(decode(range.getData(), f, lines, LineIndex.Encoding.UTF16))
                    .containsExactlyElementsOf(expected(f));
            var full = server.getTextDocumentService()
                    .semanticTokensFull(new SemanticTokensParams(id))
                    .get(20, TimeUnit.SECONDS);
            assertThat(full.getData())
                    .isEqualTo(ArticleTokens.full(Fixtures.analyze(f.text()), LineIndex.Encoding.UTF16)
                            .getData());
            // a document that is not open has no tokens
            assertThat(server.getTextDocumentService()
                            .semanticTokensFull(
                                    new SemanticTokensParams(new TextDocumentIdentifier("file:///nope.txt")))
                            .get(20, TimeUnit.SECONDS)
                            .getData())
                    .isEmpty();
        } finally {
            server.shutdown();
        }
    }

    /** Decodes the relative tokens into "type[.modifier] start..end «text»", checking the spec's invariants. */
    static List<String> decode(List<Integer> data, CaretFixture f, LineIndex lines, LineIndex.Encoding enc) {
        assertThat(data.size() % 5).isZero();
        List<String> out = new ArrayList<>();
        int line = 0;
        int column = 0;
        int previousEnd = -1;
        for (int i = 0; i < data.size(); i += 5) {
            int deltaLine = data.get(i);
            line += deltaLine;
            column = deltaLine == 0 ? column + data.get(i + 1) : data.get(i + 1);
            int length = data.get(i + 2);
            assertThat(length).as("token %d has a length", i / 5).isPositive();
            int start = lines.offset(line, column, enc);
            int end = lines.offset(line, column + length, enc);
            assertThat(start)
                    .as("token %d starts after the previous one ends", i / 5)
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(lines.lineOf(end))
                    .as("token %d stays on its line", i / 5)
                    .isEqualTo(line);
            assertThat(lines.position(end, enc).column()).isEqualTo(column + length);
            previousEnd = end;
            String label = ArticleTokens.TYPES.get(data.get(i + 3));
            for (int m = 0; m < ArticleTokens.MODIFIERS.size(); m++) {
                if ((data.get(i + 4) & (1 << m)) != 0) {
                    label += "." + ArticleTokens.MODIFIERS.get(m);
                }
            }
            out.add(f.describe(label, start, end));
        }
        return out;
    }

    private static List<String> expected(CaretFixture f) {
        return f.marks().stream()
                .sorted(Comparator.comparingInt(CaretFixture.Mark::start))
                .map(m -> f.describe(m.label(), m.start(), m.end()))
                .toList();
    }

    static void check(String annotated) {
        check(annotated, false, LineIndex.Encoding.UTF16);
    }

    /** The whole document's tokens in {@code enc}, decoded, are exactly the carets. */
    static void check(String annotated, boolean markdown, LineIndex.Encoding enc) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = markdown ? Fixtures.analyzeMarkdown(f.text()) : Fixtures.analyze(f.text());
        List<Integer> data = ArticleTokens.full(a, enc).getData();
        assertThat(decode(data, f, a.document().lineIndex(), enc))
                .as("tokens of:\n%s", f.text())
                .containsExactlyElementsOf(expected(f));
    }
}
