package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.lsp.ProtocolClient.Flow.CONFIGURATION;
import static org.newslint.lsp.ProtocolClient.Flow.DIAGNOSTIC_REFRESH;
import static org.newslint.lsp.ProtocolClient.Flow.PULL_DIAGNOSTICS;
import static org.newslint.lsp.ProtocolClient.Flow.WORK_DONE_PROGRESS;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslint.rules.Checker;

/**
 * The server-initiated flows in-process: the {@code workspace/configuration} pull (when it is
 * asked, where its answer merges, what a bad answer does), {@code workspace/diagnostic/refresh}
 * after a settings change, and the progress of model loading.
 */
class ConfigurationPullTest {
    private static final String TEXT = "Maria Lopez leads the union.\n"
            + "\"We will not back down,\" she said.\n"
            + "The port handles 14 million containers a year.\n";
    private static final String CLAIM = "unattributed-claim";

    @TempDir
    Path dir;

    private ProtocolClient client = new ProtocolClient();
    private NewslintLanguageServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    private void start(Set<ProtocolClient.Flow> flows, String initializationOptions) throws Exception {
        client = new ProtocolClient();
        startWith(flows, initializationOptions, null);
    }

    private void startWith(Set<ProtocolClient.Flow> flows, String initializationOptions, CompletableFuture<?> models)
            throws Exception {
        server = new NewslintLanguageServer(Checker.createDefault(), 10, s -> {});
        if (models != null) {
            server.modelsLoading(models);
        }
        server.connect(client);
        InitializeParams params = ProtocolClient.initializeParams(flows);
        if (initializationOptions != null) {
            params.setInitializationOptions(JsonParser.parseString(initializationOptions));
        }
        server.initialize(params).get(10, TimeUnit.SECONDS);
    }

    private static CompletableFuture<List<Object>> answer(String json) {
        return CompletableFuture.completedFuture(Arrays.asList((Object) JsonParser.parseString(json)));
    }

    /** Opens {@code uri} at {@code version} and returns its pushed diagnostics. */
    private PublishDiagnosticsParams openAndAwait(String uri, int version) throws Exception {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", version, TEXT)));
        PublishDiagnosticsParams p = client.awaitDiagnostics(uri, version, 20_000);
        assertThat(p).as("diagnostics of %s v%d", uri, version).isNotNull();
        return p;
    }

    /** The severity of the unattributed-claim finding, or null when there is none. */
    private static DiagnosticSeverity claimSeverity(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals(CLAIM))
                .map(d -> d.getSeverity())
                .findFirst()
                .orElse(null);
    }

    /** A project file, a client answer, and the claim finding's severity they make (null: off). */
    private record Merge(String project, String answer, DiagnosticSeverity expected) {}

    @Test
    void theAnswerMergesWhereEditorSettingsMergeAboveTheProjectFile() throws Exception {
        List<Merge> rows = List.of(
                new Merge(null, "null", DiagnosticSeverity.Information),
                new Merge(null, "{\"rules\": {\"" + CLAIM + "\": false}}", null),
                new Merge("{\"rules\": {\"" + CLAIM + "\": \"hint\"}}", "null", DiagnosticSeverity.Hint),
                new Merge("{\"rules\": {\"" + CLAIM + "\": \"hint\"}}", "{}", DiagnosticSeverity.Hint),
                new Merge(
                        "{\"rules\": {\"" + CLAIM + "\": \"hint\"}}",
                        "{\"rules\": {\"vague-source\": \"error\"}}",
                        DiagnosticSeverity.Hint),
                new Merge(
                        "{\"rules\": {\"" + CLAIM + "\": \"hint\"}}",
                        "{\"rules\": {\"" + CLAIM + "\": \"error\"}}",
                        DiagnosticSeverity.Error),
                new Merge(
                        "{\"rules\": {\"" + CLAIM + "\": false}}",
                        "{\"rules\": {\"" + CLAIM + "\": true}}",
                        DiagnosticSeverity.Information));
        int n = 0;
        for (Merge row : rows) {
            Path project = Files.createDirectories(dir.resolve("p" + n++));
            if (row.project() != null) {
                Files.writeString(project.resolve(".newslint.json"), row.project());
            }
            start(ProtocolClient.flows(CONFIGURATION), null);
            client.configurationAnswer = p -> answer(row.answer());
            server.initialized(new InitializedParams());
            var request = client.configurationRequests.poll(5, TimeUnit.SECONDS);
            assertThat(request).as("asked after initialized").isNotNull();
            assertThat(request.getItems())
                    .singleElement()
                    .satisfies(i -> assertThat(i.getSection()).isEqualTo("newslint"));
            String uri = project.resolve("story.txt").toUri().toString();
            assertThat(claimSeverity(openAndAwait(uri, 1))).as("%s", row).isEqualTo(row.expected());
            server.shutdown();
        }
    }

    @Test
    void eachConfigurationChangeAsksAgainEvenWithANullPayload() throws Exception {
        start(ProtocolClient.flows(CONFIGURATION), null);
        client.configurationAnswer = p -> answer("{\"rules\": {\"" + CLAIM + "\": false}}");
        server.initialized(new InitializedParams());
        String uri = dir.resolve("a.txt").toUri().toString();
        assertThat(claimSeverity(openAndAwait(uri, 1))).isNull();
        client.configurationAnswer = p -> answer("{\"rules\": {\"" + CLAIM + "\": \"hint\"}}");
        server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams());
        server.getWorkspaceService().didChangeConfiguration(null);
        assertThat(client.configurationRequests).hasSize(3);
        PublishDiagnosticsParams after = client.awaitDiagnostics(uri, 1, 20_000);
        assertThat(claimSeverity(after)).isEqualTo(DiagnosticSeverity.Hint);
    }

    @Test
    void onlyTheAnswerToTheNewestRequestCounts() throws Exception {
        start(ProtocolClient.flows(CONFIGURATION), null);
        CompletableFuture<List<Object>> slow = new CompletableFuture<>();
        client.configurationAnswer = p -> slow;
        server.initialized(new InitializedParams());
        client.configurationAnswer = p -> answer("{\"rules\": {\"" + CLAIM + "\": \"error\"}}");
        server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams());
        slow.complete(Arrays.asList((Object) JsonParser.parseString("{\"rules\": {\"" + CLAIM + "\": false}}")));
        assertThat(claimSeverity(openAndAwait(dir.resolve("n.txt").toUri().toString(), 1)))
                .as("the overtaken answer (rule off) is ignored")
                .isEqualTo(DiagnosticSeverity.Error);
    }

    @Test
    void aClientWithoutTheCapabilityIsNeverAsked() throws Exception {
        start(ProtocolClient.flows(PULL_DIAGNOSTICS, DIAGNOSTIC_REFRESH, WORK_DONE_PROGRESS), null);
        server.initialized(new InitializedParams());
        server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams());
        assertThat(client.configurationRequests).isEmpty();
    }

    /** A bad answer and whether it is reported (null answers and empty sections are no answer, not an error). */
    private record Bad(String name, CompletableFuture<List<Object>> answer, boolean reported) {}

    @Test
    void aFailedOrMalformedAnswerIsOneLogLineAndKeepsThePreviousSettings() throws Exception {
        List<Bad> rows = List.of(
                new Bad(
                        "an error response",
                        CompletableFuture.failedFuture(new ResponseErrorException(
                                new ResponseError(ResponseErrorCode.InternalError, "no configuration here", null))),
                        true),
                new Bad("a string", answer("\"loud\""), true),
                new Bad("an array", answer("[1, 2]"), true),
                new Bad(
                        "two items for one section",
                        CompletableFuture.completedFuture(
                                List.of(JsonParser.parseString("{}"), JsonParser.parseString("{}"))),
                        true),
                new Bad("no items", CompletableFuture.completedFuture(List.of()), true),
                new Bad("null", answer("null"), false),
                new Bad("an empty section", answer("{}"), false));
        for (Bad row : rows) {
            start(ProtocolClient.flows(CONFIGURATION), "{\"newslint\": {\"rules\": {\"" + CLAIM + "\": \"error\"}}}");
            client.configurationAnswer = p -> row.answer();
            server.initialized(new InitializedParams());
            assertThat(client.configurationRequests).as(row.name()).hasSize(1);
            String uri = dir.resolve("bad.txt").toUri().toString();
            assertThat(claimSeverity(openAndAwait(uri, 1)))
                    .as("%s keeps the initializationOptions", row.name())
                    .isEqualTo(DiagnosticSeverity.Error);
            List<String> about = client.logs.stream()
                    .map(MessageParams::getMessage)
                    .filter(m -> m.contains("workspace/configuration"))
                    .toList();
            assertThat(about).as(row.name()).hasSize(row.reported() ? 1 : 0);
            about.forEach(m -> assertThat(m).doesNotContain("\n").contains("settings unchanged"));
            server.shutdown();
        }
    }

    @Test
    void aPullClientThatSupportsRefreshIsToldToPullAgainAfterASettingsChange() throws Exception {
        record Row(Set<ProtocolClient.Flow> flows, int refreshes) {}
        for (Row row : List.of(
                new Row(ProtocolClient.flows(PULL_DIAGNOSTICS, DIAGNOSTIC_REFRESH), 1),
                new Row(ProtocolClient.flows(PULL_DIAGNOSTICS, DIAGNOSTIC_REFRESH, CONFIGURATION), 2),
                new Row(ProtocolClient.flows(PULL_DIAGNOSTICS), 0),
                new Row(ProtocolClient.flows(DIAGNOSTIC_REFRESH), 0))) {
            start(row.flows(), null);
            client.configurationAnswer = p -> answer("{\"rules\": {\"" + CLAIM + "\": \"hint\"}}");
            server.getWorkspaceService()
                    .didChangeConfiguration(new DidChangeConfigurationParams(
                            JsonParser.parseString("{\"newslint\": {\"rules\": {\"" + CLAIM + "\": false}}}")));
            // with the capability, the payload and then the different pulled section are two changes
            assertThat(client.refreshes).as("%s", row.flows()).hasSize(row.refreshes());
            server.shutdown();
        }
    }

    @Test
    void modelLoadingIsShownAsProgressAfterInitializedAndEndsWhenLoadingEnds() throws Exception {
        CompletableFuture<Void> loading = new CompletableFuture<>();
        startWith(ProtocolClient.flows(WORK_DONE_PROGRESS), null, loading);
        assertThat(client.createdTokens).as("nothing during initialize").isEmpty();
        server.initialized(new InitializedParams());
        var created = client.createdTokens.poll(5, TimeUnit.SECONDS);
        assertThat(created).isNotNull();
        ProgressParams begin = client.nextProgress(5);
        assertThat(begin.getToken()).isEqualTo(created.getToken());
        assertThat(((WorkDoneProgressBegin) begin.getValue().getLeft()).getTitle())
                .isEqualTo("Loading newslint models");
        assertThat(client.progress).as("no end while the models load").isEmpty();
        loading.complete(null);
        ProgressParams end = client.nextProgress(5);
        assertThat(end.getToken()).isEqualTo(created.getToken());
        assertThat(end.getValue().getLeft()).isInstanceOf(WorkDoneProgressEnd.class);
    }

    @Test
    void aClientThatRefusesTheTokenGetsNoProgressAndIsAskedOnce() throws Exception {
        record Row(
                String name, Set<ProtocolClient.Flow> flows, CompletableFuture<Void> create, int asked, int logged) {}
        for (Row row : List.of(
                new Row(
                        "refused",
                        ProtocolClient.flows(WORK_DONE_PROGRESS),
                        CompletableFuture.failedFuture(new ResponseErrorException(
                                new ResponseError(ResponseErrorCode.MethodNotFound, "no progress here", null))),
                        1,
                        1),
                new Row("no capability", ProtocolClient.flows(), CompletableFuture.completedFuture(null), 0, 0))) {
            client = new ProtocolClient();
            client.createAnswer = row.create();
            startWith(row.flows(), null, CompletableFuture.completedFuture(null));
            server.initialized(new InitializedParams());
            server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams());
            openAndAwait(dir.resolve("p.txt").toUri().toString(), 1);
            assertThat(client.createdTokens).as(row.name()).hasSize(row.asked());
            assertThat(client.progress).as(row.name()).isEmpty();
            assertThat(client.logs.stream().map(MessageParams::getMessage).filter(m -> m.contains("progress")))
                    .as(row.name())
                    .hasSize(row.logged());
            server.shutdown();
        }
    }

    @Test
    void jsonAnswersThatAreNotGsonStillWork() throws Exception {
        start(ProtocolClient.flows(CONFIGURATION), null);
        JsonElement rules = JsonParser.parseString("{\"" + CLAIM + "\": false}");
        client.configurationAnswer = p -> CompletableFuture.completedFuture(
                Arrays.asList((Object) java.util.Map.of("rules", java.util.Map.of(CLAIM, false))));
        server.initialized(new InitializedParams());
        assertThat(claimSeverity(openAndAwait(dir.resolve("m.txt").toUri().toString(), 1)))
                .as("a Map answer %s", rules)
                .isNull();
    }
}
