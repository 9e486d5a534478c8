package org.newslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslint.lsp.NewslintLanguageServer;
import org.newslint.rules.Checker;
import org.newslint.testing.RecordingClient;

/**
 * The command line and the language server read the same {@code .newslint.json} through the same
 * classes: one file, one document, the same findings from {@code check --format json} and from the
 * server's diagnostics.
 */
class ConfigParityTest {
    private static final String ARTICLE = "Experts say the bridge is unsafe.\n"
            + "<!-- newslint-disable-next-line vague-source -->\n"
            + "Critics say the plan will fail.\n"
            + "Many residents may leave, and the port handles 14 million containers a year.\n"
            + "The port handles 14 million containers a year, Maria Lopez blogged.\n"
            + "\"We will not back down,\" she said.\n";

    @Test
    void checkAndTheServerGiveTheSameFindingsForTheSameConfiguredDocument(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".newslint.json"), """
                {"rules": {"vague-source": "error", "vague-wording": {"severity": "info"},
                           "public-record-claim": false},
                 "reportingVerbs": ["blog"]}
                """);
        Files.createDirectories(dir.resolve("desk"));
        Path story = Files.writeString(dir.resolve("desk/story.md"), ARTICLE);

        CheckCommandTest.Run cli = CheckCommandTest.run("check", "--format", "json", story.toString());
        List<String> fromCli = new ArrayList<>();
        for (var f : cli.json().get(0).getAsJsonObject().getAsJsonArray("findings")) {
            var o = f.getAsJsonObject();
            fromCli.add(o.get("rule").getAsString() + " " + o.get("severity").getAsString() + " "
                    + o.get("line").getAsInt() + ":" + o.get("column").getAsInt() + "-"
                    + o.get("endLine").getAsInt() + ":" + o.get("endColumn").getAsInt());
        }

        RecordingClient client = new RecordingClient();
        NewslintLanguageServer server = new NewslintLanguageServer(Checker.createDefault(), 10, s -> {});
        try {
            server.connect(client);
            server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
            String uri = story.toUri().toString();
            server.getTextDocumentService()
                    .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, ARTICLE)));
            PublishDiagnosticsParams diags = client.awaitDiagnostics(uri, 1, 20_000);
            assertThat(diags).isNotNull();
            List<String> fromServer = new ArrayList<>();
            for (var d : diags.getDiagnostics()) {
                String severity = switch (d.getSeverity()) {
                    case Error -> "error";
                    case Warning -> "warning";
                    case Information -> "information";
                    case Hint -> "hint";
                };
                fromServer.add(d.getCode().getLeft() + " " + severity + " "
                        + (d.getRange().getStart().getLine() + 1) + ":"
                        + (d.getRange().getStart().getCharacter() + 1) + "-"
                        + (d.getRange().getEnd().getLine() + 1) + ":"
                        + (d.getRange().getEnd().getCharacter() + 1));
            }
            assertThat(fromServer).containsExactlyInAnyOrderElementsOf(fromCli);
        } finally {
            server.shutdown();
        }
        // the configuration took effect: the severities it sets, the suppression, no public-record hint
        assertThat(fromCli)
                .anySatisfy(f -> assertThat(f).startsWith("vague-source error 1:"))
                .noneSatisfy(f -> assertThat(f).startsWith("vague-source error 3:"))
                .anySatisfy(f -> assertThat(f).startsWith("vague-wording information"))
                .noneSatisfy(f -> assertThat(f.toLowerCase(Locale.ROOT)).startsWith("public-record-claim"));
    }
}
