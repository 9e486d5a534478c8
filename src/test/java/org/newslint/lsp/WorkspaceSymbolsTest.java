package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;
import org.newslint.rules.Checker;
import org.newslint.rules.Rule;
import org.newslint.rules.RuleContext;
import org.newslint.rules.Rules;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;
import org.newslint.testing.RecordingClient;
import org.newslint.text.LineIndex;

/**
 * workspace/symbol through the in-process server: the carets under a document mark the symbols a
 * query finds, labelled by their container (the speaker, or "People", "Places", …).
 */
class WorkspaceSymbolsTest {
    /** A rule after the real ones that counts the analyses that ran to completion. */
    private static final class CountingRule implements Rule {
        final AtomicInteger analyses = new AtomicInteger();

        @Override
        public String id() {
            return "test-counting";
        }

        @Override
        public String description() {
            return "counts analyses";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.HINT;
        }

        @Override
        public List<Finding> check(RuleContext context) {
            analyses.incrementAndGet();
            return List.of();
        }
    }

    private final CountingRule counting = new CountingRule();
    private static final String BERG = """
            Ana Berg said the bridge would reopen in May.
            “We will fight it,” she said.
            """;

    private final RecordingClient client = new RecordingClient();
    private final NewslintLanguageServer server =
            new NewslintLanguageServer(new Checker(Analyzer.createDefault(), withCounter()), 10_000, s -> {});

    private List<Rule> withCounter() {
        List<Rule> rules = new ArrayList<>(Rules.ALL);
        rules.add(counting);
        return rules;
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    @Test
    void aQuoteIsFoundByItsWordsAndAPersonByTheirName() throws Exception {
        String annotated = """
                Ana Berg said the bridge would reopen in May.
                “We will fight it,” she said.
                ^^^^^^^^^^^^^^^^^^^ Ana Berg
                """;
        check(annotated, "FIGHT");
        check(annotated, "wfi"); // the characters in order
        check(annotated, "will fight");
        // her name, and what she said: its container is her name
        check("""
                Ana Berg said the bridge would reopen in May.
                ^^^^^^^^ People
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Ana Berg
                """, "ana b");
    }

    /** A speaker's name finds what they said, after the symbols named so. */
    @Test
    void aSpeakersNameFindsTheirStatementsAfterThemselves() throws Exception {
        start();
        open("file:///desk/berg.txt", BERG);
        List<SymbolInformation> found = symbols("berg");
        assertThat(found)
                .extracting(s -> s.getContainerName() + " | " + s.getName())
                .containsExactly(
                        "People | Ana Berg",
                        "Ana Berg | the bridge would reopen in May",
                        "Ana Berg | “We will fight it,”");
    }

    @Test
    void everyOpenDocumentIsSearchedInUriOrder() throws Exception {
        start();
        open("file:///desk/kraus.txt", "“We will fight it,” Zoë Kraus said.\n");
        open("file:///desk/berg.txt", BERG);
        assertThat(symbols("fight"))
                .extracting(s -> s.getLocation().getUri() + " " + s.getContainerName())
                .containsExactly("file:///desk/berg.txt Ana Berg", "file:///desk/kraus.txt Zoë Kraus");
        // an empty query lists everything the outlines list, but the quoted terms
        open("file:///desk/terms.txt", "Pundits debated the “deep state” all week.\n");
        assertThat(symbols("")).noneMatch(s -> s.getName().contains("deep state"));
        assertThat(symbols("")).extracting(SymbolInformation::getName).contains("Ana Berg", "Zoë Kraus");
    }

    /**
     * The answer comes from the analyses the server holds: none is started for it, and an edit still in
     * its debounce (10 s here) is analysed once, at once, for the request and never again.
     */
    @Test
    void symbolsComeFromTheAnalysesTheServerHolds() throws Exception {
        start();
        open("file:///desk/berg.txt", BERG);
        open("file:///desk/kraus.txt", "“We will fight it,” Zoë Kraus said.\n");
        assertThat(counting.analyses.get()).isEqualTo(2);
        for (int i = 0; i < 3; i++) {
            assertThat(symbols("fight")).hasSize(2);
        }
        assertThat(counting.analyses.get()).isEqualTo(2);
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier("file:///desk/kraus.txt", 2),
                        List.of(new TextDocumentContentChangeEvent("“We will fight on,” Zoë Kraus said.\n"))));
        assertThat(symbols("fight"))
                .extracting(SymbolInformation::getName)
                .containsExactly("“We will fight it,”", "“We will fight on,”");
        assertThat(symbols("fight")).hasSize(2);
        assertThat(counting.analyses.get()).isEqualTo(3);
    }

    @Test
    void anAnswerHoldsAtMostTheLimit() {
        ArticleAnalysis a = Fixtures.analyze(BERG);
        int perDocument =
                WorkspaceSymbols.find(List.of(a), "", LineIndex.Encoding.UTF16).size();
        assertThat(perDocument).isPositive();
        int copies = WorkspaceSymbols.LIMIT / perDocument + 1;
        assertThat(WorkspaceSymbols.find(Collections.nCopies(copies, a), "", LineIndex.Encoding.UTF16))
                .hasSize(WorkspaceSymbols.LIMIT);
    }

    /** {@code annotated} alone is open: the query finds exactly the marked symbols, each named by its text. */
    private void check(String annotated, String query) throws Exception {
        CaretFixture f = CaretFixture.parse(annotated);
        String uri = "file:///desk/fixture" + query.hashCode() + ".txt";
        if (!started) {
            start();
        }
        open(uri, f.text());
        LineIndex lines = new LineIndex(f.text());
        List<String> actual = new ArrayList<>();
        for (SymbolInformation s : symbols(query)) {
            if (!s.getLocation().getUri().equals(uri)) {
                continue;
            }
            var r = s.getLocation().getRange();
            int start = lines.offset(r.getStart().getLine(), r.getStart().getCharacter());
            int end = lines.offset(r.getEnd().getLine(), r.getEnd().getCharacter());
            assertThat(s.getName()).as("name of %s", s).isEqualTo(f.text().substring(start, end));
            actual.add(f.describe(s.getContainerName(), start, end));
        }
        server.getTextDocumentService()
                .didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                        new org.eclipse.lsp4j.TextDocumentIdentifier(uri)));
        assertThat(actual)
                .as("symbols for '%s' in:\n%s", query, f.text())
                .containsExactlyInAnyOrderElementsOf(f.expected());
    }

    private boolean started;

    private void start() throws Exception {
        server.connect(client);
        server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
        started = true;
    }

    private void open(String uri, String text) throws Exception {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
        assertThat(client.awaitDiagnostics(uri, 1, 20_000))
                .as("diagnostics of " + uri)
                .isNotNull();
    }

    private List<SymbolInformation> symbols(String query) throws Exception {
        return new ArrayList<>(server.getWorkspaceService()
                .symbol(new WorkspaceSymbolParams(query))
                .get(20, TimeUnit.SECONDS)
                .getLeft());
    }
}
