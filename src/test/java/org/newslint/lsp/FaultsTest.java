package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;
import org.newslint.rules.Checker;
import org.newslint.rules.Rule;
import org.newslint.rules.RuleContext;
import org.newslint.rules.Rules;
import org.newslint.testing.RecordingClient;
import org.newslint.text.Document;

/**
 * Faults inside the server: a rule or a trained model that throws is isolated (its findings are
 * missing, the others arrive, one log line names it), and a settings object with the wrong types
 * gives one message, keeps the defaults for what was wrong and the server goes on serving.
 */
class FaultsTest {
    private static final String URI = "file:///tmp/faults.txt";
    private static final String TEXT = "Maria Lopez leads the union.\n"
            + "\"We will not back down,\" she said.\n"
            + "The port handles 14 million containers a year, and some say it is the busiest in Europe.\n";

    private final RecordingClient client = new RecordingClient();
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                warnings.add(r);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger newslintLog = Logger.getLogger("org.newslint");
    private NewslintLanguageServer server;

    FaultsTest() {
        newslintLog.addHandler(recorder);
    }

    @AfterEach
    void stop() {
        newslintLog.removeHandler(recorder);
        if (server != null) {
            server.shutdown();
        }
    }

    /** A rule that always throws, as a bug in one rule would. */
    private static final class FailingRule implements Rule {
        @Override
        public String id() {
            return "test-failing-rule";
        }

        @Override
        public String description() {
            return "always fails";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public List<Finding> check(RuleContext context) {
            throw new IllegalStateException("deliberate failure");
        }
    }

    private PublishDiagnosticsParams openAndAwait(Checker checker, Object initializationOptions) throws Exception {
        server = new NewslintLanguageServer(checker, 10, s -> {});
        server.connect(client);
        InitializeParams params = new InitializeParams();
        params.setInitializationOptions(initializationOptions);
        server.initialize(params).get(30, TimeUnit.SECONDS);
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "plaintext", 1, TEXT)));
        PublishDiagnosticsParams p = client.awaitDiagnostics(URI, 1, 60_000);
        assertThat(p).as("diagnostics of version 1").isNotNull();
        return p;
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    private static List<String> findings(Checker checker) {
        return checker.check(Document.of(TEXT), Settings.defaults()).findings().stream()
                .map(f -> f.rule() + " " + f.range() + " " + f.message())
                .toList();
    }

    private List<String> warningsMentioning(String text) {
        return warnings.stream()
                .map(r -> r.getMessage())
                .filter(m -> m.contains(text))
                .toList();
    }

    @Test
    void aFailingRuleLosesOnlyItsOwnFindingsAndIsNamedInOneLogLine() throws Exception {
        List<Rule> rules = new ArrayList<>();
        rules.add(new FailingRule());
        rules.addAll(Rules.ALL);
        PublishDiagnosticsParams p = openAndAwait(new Checker(Analyzer.createDefault(), rules), null);

        assertThat(codes(p))
                .as("the other rules' findings arrive: those of the same rules without the failing one")
                .isNotEmpty()
                .doesNotContain("test-failing-rule")
                .isEqualTo(Checker.createDefault().check(Document.of(TEXT), Settings.defaults()).findings().stream()
                        .map(Finding::rule)
                        .toList());
        assertThat(warningsMentioning("test-failing-rule"))
                .as("one log line names the rule")
                .singleElement()
                .satisfies(m -> assertThat(m).contains("rule test-failing-rule failed on " + URI));
    }

    @Test
    void aFailingModelIsLeftOutOfTheAnalysisAndTheRestArrives() {
        Supplier<Object> broken = () -> {
            throw new IllegalStateException("deliberately broken model");
        };
        record Case(String stage, Analyzer failing, Analyzer without) {}
        List<Case> cases = List.of(
                new Case(
                        "the name finder",
                        Analyzer.Config.builder()
                                .nameModel(() -> (org.newslint.nlp.ner.NameFinder) broken.get())
                                .analyzer(),
                        Analyzer.Config.builder().withoutNameModel().analyzer()),
                new Case(
                        "the check-worthiness model",
                        Analyzer.Config.builder()
                                .claimModel(() -> (org.newslint.nlp.claims.CheckWorthinessModel) broken.get())
                                .analyzer(),
                        Analyzer.Config.builder().claimModel(null).analyzer()),
                new Case(
                        "the quote model",
                        Analyzer.Config.builder()
                                .quoteModel(() -> (org.newslint.nlp.quotes.QuoteModel) broken.get())
                                .analyzer(),
                        Analyzer.Config.builder().quoteModel(null).analyzer()),
                new Case(
                        "the sourcing model",
                        Analyzer.Config.builder()
                                .sourcingModel(() -> (org.newslint.nlp.sourcing.SourcingModel) broken.get())
                                .analyzer(),
                        Analyzer.Config.builder().sourcingModel(null).analyzer()));
        for (Case c : cases) {
            warnings.clear();
            List<String> withFailure = findings(new Checker(c.failing(), Rules.ALL));
            assertThat(withFailure)
                    .as("with %s failing: the findings of an analysis without it", c.stage())
                    .isEqualTo(findings(new Checker(c.without(), Rules.ALL)))
                    .isNotEmpty();
            assertThat(warningsMentioning(c.stage()))
                    .as("one log line names %s", c.stage())
                    .singleElement()
                    .satisfies(m -> assertThat(m).contains(c.stage() + " failed on untitled:article.txt"));
        }
    }

    @Test
    void brokenSettingsGiveOneMessageKeepTheDefaultsAndTheServerGoesOnServing() throws Exception {
        PublishDiagnosticsParams defaults = openAndAwait(Checker.createDefault(), null);
        server.shutdown();
        client.diagnostics.clear();
        client.logs.clear();

        // every field of the wrong type
        PublishDiagnosticsParams broken = openAndAwait(
                Checker.createDefault(),
                JsonParser.parseString(
                        "{\"newslint\": {\"maxDocumentChars\": \"lots\", \"rules\": [\"vague-source\"]}}"));
        List<MessageParams> logs = new ArrayList<>(client.logs);
        assertThat(logs.stream().filter(m -> m.getType() == MessageType.Warning))
                .as("one warning for the broken settings")
                .singleElement()
                .satisfies(m -> assertThat(m.getMessage())
                        .contains("maxDocumentChars must be a positive number")
                        .contains("'rules' must be an object")
                        .contains("defaults used"));
        assertThat(codes(broken)).as("the default settings' diagnostics").isEqualTo(codes(defaults));

        // the same on didChangeConfiguration, for other wrong shapes; still serving afterwards
        for (String payload : List.of(
                "{\"newslint\": 42}",
                "[1, 2, 3]",
                "{\"newslint\": {\"rules\": {\"vague-source\": {\"enabled\": \"maybe\", \"severity\": 3}}}}",
                "{\"newslint\": {\"rules\": {\"unattributed-claim\": [true]}, \"maxDocumentChars\": -5}}")) {
            client.logs.clear();
            server.getWorkspaceService()
                    .didChangeConfiguration(new DidChangeConfigurationParams(JsonParser.parseString(payload)));
            assertThat(client.logs.stream().filter(m -> m.getType() == MessageType.Warning))
                    .as("one warning for %s", payload)
                    .singleElement()
                    .satisfies(m -> assertThat(m.getMessage()).startsWith("newslint configuration: "));
        }
        client.diagnostics.clear();
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(URI, 2),
                        List.of(new TextDocumentContentChangeEvent(TEXT + "\n"))));
        PublishDiagnosticsParams after = client.awaitDiagnostics(URI, 2, 60_000);
        assertThat(after).as("diagnostics after the broken configurations").isNotNull();
        assertThat(codes(after)).as("still the defaults").isEqualTo(codes(defaults));
        assertThat(server.getTextDocumentService()
                        .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(0, 2)))
                        .get(30, TimeUnit.SECONDS))
                .as("a hover is still answered")
                .isNotNull();
    }
}
