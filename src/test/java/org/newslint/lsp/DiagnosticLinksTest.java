package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.rules.Checker;
import org.newslint.rules.RuleDocs;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.RecordingClient;
import org.newslint.text.LineIndex;

/**
 * Every published diagnostic links to its rule's page: {@code codeDescription.href} is
 * {@code <rulesDocumentationUrl><rule-id>.md}, the default base unless the client's settings name one.
 * The carets mark every diagnostic ({@code ^^^ rule-id}).
 */
class DiagnosticLinksTest {
    private static final String URI = "file:///desk/links.txt";
    private final RecordingClient client = new RecordingClient();
    private final NewslintLanguageServer server = new NewslintLanguageServer(Checker.createDefault(), 10, s -> {});

    @AfterEach
    void stop() {
        server.shutdown();
    }

    @Test
    void theDefaultBaseIsTheRepositorysRulesFolder() throws Exception {
        check(null, RuleDocs.DEFAULT_BASE, """
                Maria Lopez leads the union.
                "We will not back down," she said.
                The port handles 14 million containers a year.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-claim
                Experts say the bridge is unsafe.
                ^^^^^^^^^^^ vague-source
                """);
    }

    /** The client's rulesDocumentationUrl (a slash added) is the base, for the analysis limit's notice too. */
    @Test
    void theClientsBaseIsUsedForEveryCode() throws Exception {
        check(
                "{\"newslint\": {\"rulesDocumentationUrl\": \"https://wiki.example/newslint\", \"maxDocumentChars\": 60}}",
                "https://wiki.example/newslint/",
                """
                Experts say the bridge is unsafe.
                ^^^^^^^^^^^ vague-source
                ^ analysis-limit
                The port handles 14 million containers a year.
                """);
    }

    private void check(String initializationOptions, String base, String annotated) throws Exception {
        CaretFixture f = CaretFixture.parse(annotated);
        server.connect(client);
        InitializeParams params = new InitializeParams();
        if (initializationOptions != null) {
            params.setInitializationOptions(JsonParser.parseString(initializationOptions));
        }
        server.initialize(params).get(10, TimeUnit.SECONDS);
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "plaintext", 1, f.text())));
        PublishDiagnosticsParams published = client.awaitDiagnostics(URI, 1, 20_000);
        assertThat(published).as("diagnostics").isNotNull();
        LineIndex lines = new LineIndex(f.text());
        List<String> actual = new ArrayList<>();
        for (Diagnostic d : published.getDiagnostics()) {
            String code = d.getCode().getLeft();
            assertThat(d.getCodeDescription()).as("codeDescription of %s", d).isNotNull();
            assertThat(d.getCodeDescription().getHref()).isEqualTo(base + code + ".md");
            int start = lines.offset(
                    d.getRange().getStart().getLine(), d.getRange().getStart().getCharacter());
            int end = lines.offset(
                    d.getRange().getEnd().getLine(), d.getRange().getEnd().getCharacter());
            actual.add(f.describe(code, start, end));
        }
        assertThat(actual)
                .containsExactlyInAnyOrderElementsOf(f.marks().stream()
                        .sorted(Comparator.comparingInt(CaretFixture.Mark::start))
                        .map(m -> f.describe(m.label(), m.start(), m.end()))
                        .toList());
        assertThat(client.logs).noneMatch(m -> m.getMessage().contains("rulesDocumentationUrl"));
    }
}
