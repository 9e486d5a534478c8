package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.newslint.rules.Checker;

/** {@link MessageCheck} (what a body is in JSON-RPC terms) and {@link ProtocolGate} (the LSP lifecycle). */
class ProtocolValidationTest {
    private static MessageCheck.Checked check(String body) {
        return MessageCheck.check(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidJsonAndDeepNestingAreParseErrors() {
        assertThat(check("{not json").kind()).isEqualTo(MessageCheck.Kind.PARSE_ERROR);
        assertThat(check("").kind()).isEqualTo(MessageCheck.Kind.PARSE_ERROR);
        assertThat(check("{} {}").kind()).isEqualTo(MessageCheck.Kind.PARSE_ERROR);
        assertThat(check("[".repeat(10_000) + "]".repeat(10_000)).kind()).isEqualTo(MessageCheck.Kind.PARSE_ERROR);
        assertThat(MessageCheck.check(new byte[] {'"', (byte) 0xff, '"'}).kind())
                .isEqualTo(MessageCheck.Kind.PARSE_ERROR);
        String fine = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":" + "[".repeat(50) + "]".repeat(50) + "}";
        assertThat(check(fine).kind()).isEqualTo(MessageCheck.Kind.NOTIFICATION);
    }

    @Test
    void nonObjectsBadIdsAndMissingVersionsAreInvalidRequests() {
        for (String body : new String[] {
            "[]",
            "42",
            "\"x\"",
            "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"shutdown\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"shutdown\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"shutdown\"}",
        }) {
            MessageCheck.Checked c = check(body);
            assertThat(c.kind()).as(body).isEqualTo(MessageCheck.Kind.INVALID_REQUEST);
            assertThat(c.id()).as("no usable id in %s", body).isNull();
        }
        MessageCheck.Checked noVersion = check("{\"id\":3,\"method\":\"shutdown\"}");
        assertThat(noVersion.kind()).isEqualTo(MessageCheck.Kind.INVALID_REQUEST);
        assertThat(noVersion.id().getAsInt()).isEqualTo(3);
        assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":5}").kind())
                .isEqualTo(MessageCheck.Kind.INVALID_REQUEST);
    }

    @Test
    void requestsNotificationsAndResponsesAreToldApart() {
        MessageCheck.Checked r = check("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"shutdown\"}");
        assertThat(r.kind()).isEqualTo(MessageCheck.Kind.REQUEST);
        assertThat(r.id().getAsString()).isEqualTo("a");
        assertThat(check("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}").kind()).isEqualTo(MessageCheck.Kind.NOTIFICATION);
        assertThat(check("{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":null}").kind())
                .isEqualTo(MessageCheck.Kind.RESPONSE);
    }

    @Test
    void theGateKnowsOnlyTheMethodsTheServerImplements() {
        ProtocolGate gate = ProtocolGate.of(new NewslintLanguageServer(Checker.createDefault(), 0, code -> {}));
        assertThat(gate.requests())
                .contains("initialize", "shutdown", "textDocument/hover", "textDocument/documentSymbol")
                .contains("textDocument/inlayHint")
                .contains("workspace/symbol", "textDocument/semanticTokens/full", "textDocument/semanticTokens/range")
                .contains("textDocument/diagnostic", "workspace/diagnostic")
                .doesNotContain("textDocument/completion", "workspace/executeCommand");
        assertThat(gate.notifications())
                .contains("initialized", "exit", "textDocument/didOpen", "workspace/didChangeConfiguration")
                .doesNotContain("$/setTrace");
    }

    @Test
    void theLifecycleDecidesWhatIsServed() {
        ProtocolGate gate = new ProtocolGate(
                java.util.Set.of("initialize", "shutdown", "textDocument/hover"),
                java.util.Set.of("initialized", "exit"));
        assertThat(gate.request("textDocument/hover").errorCode()).isEqualTo(ResponseErrorCode.ServerNotInitialized);
        assertThat(gate.request("textDocument/nope").errorCode()).isEqualTo(ResponseErrorCode.MethodNotFound);
        assertThat(gate.notification("initialized").forward()).isFalse();
        assertThat(gate.request("initialize").forward()).isTrue();
        assertThat(gate.notification("initialized").forward()).isTrue();
        assertThat(gate.notification("$/progress").problem())
                .as("$/ is dropped silently")
                .isNull();
        assertThat(gate.notification("custom/thing").problem()).isNotNull();
        assertThat(gate.request("textDocument/hover").forward()).isTrue();
        assertThat(gate.request("shutdown").forward()).isTrue();
        assertThat(gate.request("textDocument/hover").errorCode()).isEqualTo(ResponseErrorCode.InvalidRequest);
        assertThat(gate.request("shutdown").errorCode()).isEqualTo(ResponseErrorCode.InvalidRequest);
        assertThat(gate.notification("initialized").forward()).isFalse();
        assertThat(gate.notification("exit").forward()).isTrue();
    }
}
