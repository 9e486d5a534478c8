package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Drives the packaged jar over stdio, like {@link JarRoundTripIT}, with a table of malformed
 * frames and messages as raw bytes. Each row is followed by a valid request (the probe) that must
 * be answered; the responses the server wrote between the previous probe's answer and this one's
 * are the row's, and must be exactly the JSON-RPC errors the row expects ({@code code@id}), or
 * nothing for a notification. The server reads one message at a time and writes these errors
 * before it reads the probe, so the order is fixed; nothing sleeps.
 */
class MalformedInputIT {
    private static final Duration FIRST = Duration.ofSeconds(60);
    private static final Duration REQUEST = Duration.ofSeconds(30);

    private static final String HOVER_PARAMS =
            "{\"textDocument\":{\"uri\":\"file:///none.txt\"},\"position\":{\"line\":0,\"character\":0}}";

    private JarRoundTripIT.ServerProcess proc;

    /** One malformed input: raw bytes, and the error responses it must get ("code@id", id "null" for none). */
    private record Row(String name, byte[] bytes, List<String> expected) {
        Row(String name, String raw, String... expected) {
            this(name, raw.getBytes(StandardCharsets.UTF_8), List.of(expected));
        }
    }

    private static String frame(String body) {
        return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static String request(Object id, String method, String params) {
        String idJson = id instanceof String s ? "\"" + s + "\"" : String.valueOf(id);
        return "{\"jsonrpc\":\"2.0\",\"id\":" + idJson + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    private static String notification(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (params == null ? "" : ",\"params\":" + params)
                + "}";
    }

    private static final List<Row> BEFORE_INITIALIZE = List.of(
            new Row("hover before initialize", frame(request(11, "textDocument/hover", HOVER_PARAMS)), "-32002@11"),
            new Row(
                    "documentSymbol before initialize",
                    frame(request(12, "textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"file:///a\"}}")),
                    "-32002@12"),
            new Row(
                    "didOpen before initialize is dropped",
                    frame(notification(
                            "textDocument/didOpen",
                            "{\"textDocument\":{\"uri\":\"file:///a\",\"languageId\":\"plaintext\",\"version\":1,"
                                    + "\"text\":\"x\"}}"))),
            new Row(
                    "unknown request before initialize",
                    frame(request("u", "newslint/noSuchMethod", "{}")),
                    "-32601@u"),
            new Row("invalid JSON before initialize", frame("{not json"), "-32700@null"));

    private static final List<Row> RUNNING = List.of(
            new Row("invalid JSON", frame("{not json"), "-32700@null"),
            new Row("empty body", "Content-Length: 0\r\n\r\n", "-32700@null"),
            new Row("trailing data after the value", frame("{\"jsonrpc\":\"2.0\",\"method\":\"x\"} []"), "-32700@null"),
            new Row("10,000 nested arrays", frame("[".repeat(10_000) + "]".repeat(10_000)), "-32700@null"),
            new Row(
                    "10,000 nested arrays in params",
                    frame(request(21, "textDocument/hover", "[".repeat(10_000) + "]".repeat(10_000))),
                    "-32700@null"),
            new Row("non-numeric Content-Length", "Content-Length: twelve\r\n\r\n{}", "-32700@null"),
            new Row("no Content-Length", "Content-Type: application/json\r\n\r\n{}", "-32700@null"),
            new Row("no header at all", request(22, "textDocument/hover", HOVER_PARAMS), "-32700@null"),
            new Row(
                    "Content-Length shorter than the body",
                    "Content-Length: 10\r\n\r\n" + request(23, "textDocument/hover", HOVER_PARAMS),
                    "-32700@null",
                    "-32700@null"),
            new Row(
                    "Content-Length longer than the body",
                    "Content-Length: 5000\r\n\r\n" + request(24, "textDocument/hover", HOVER_PARAMS),
                    "-32700@null"),
            new Row("Content-Length over 64 MiB", "Content-Length: 67108865\r\n\r\n{}", "-32700@null"),
            new Row("a message that is an array", frame("[1,2]"), "-32600@null"),
            new Row("a message that is a number", frame("42"), "-32600@null"),
            new Row(
                    "an id that is an object",
                    frame("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}"),
                    "-32600@null"),
            new Row(
                    "an id that is a float",
                    frame("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"shutdown\"}"),
                    "-32600@null"),
            new Row("no jsonrpc member", frame("{\"id\":25,\"method\":\"shutdown\"}"), "-32600@25"),
            new Row(
                    "a method that is not a string",
                    frame("{\"jsonrpc\":\"2.0\",\"id\":26,\"method\":7}"),
                    "-32600@26"),
            new Row("unknown request", frame(request(27, "newslint/noSuchMethod", "{}")), "-32601@27"),
            new Row(
                    "LSP request the server does not implement",
                    frame(request(28, "textDocument/completion", HOVER_PARAMS)),
                    "-32601@28"),
            new Row("unknown notification", frame(notification("newslint/noSuchNotification", "{}"))),
            new Row("$/setTrace", frame(notification("$/setTrace", "{\"value\":\"off\"}"))),
            new Row("$/progress", frame(notification("$/progress", "{\"token\":1,\"value\":{}}"))),
            new Row(
                    "wrong parameter types",
                    frame(request(29, "textDocument/hover", "{\"textDocument\":5,\"position\":\"x\"}")),
                    "-32602@29"),
            new Row("params that are a number", frame(request(30, "textDocument/hover", "5")), "-32602@30"),
            new Row(
                    "a diagnostic pull with wrong parameter types",
                    frame(request(31, "textDocument/diagnostic", "{\"textDocument\":5}")),
                    "-32602@31"),
            new Row(
                    "a diagnostic pull without its document",
                    frame(request(32, "textDocument/diagnostic", "{}")),
                    "-32602@32"),
            new Row(
                    "a workspace diagnostic pull with params that are a number",
                    frame(request(33, "workspace/diagnostic", "5")),
                    "-32602@33"),
            new Row("a response nobody asked for", frame("{\"jsonrpc\":\"2.0\",\"id\":999,\"result\":null}")));

    private static final List<Row> AFTER_SHUTDOWN = List.of(
            new Row("hover after shutdown", frame(request(41, "textDocument/hover", HOVER_PARAMS)), "-32600@41"),
            new Row("unknown request after shutdown", frame(request(42, "newslint/noSuchMethod", "{}")), "-32600@42"),
            new Row("invalid JSON after shutdown", frame("{not json"), "-32700@null"),
            new Row(
                    "didOpen after shutdown is dropped",
                    frame(notification(
                            "textDocument/didOpen",
                            "{\"textDocument\":{\"uri\":\"file:///a\",\"languageId\":\"plaintext\",\"version\":1,"
                                    + "\"text\":\"x\"}}"))));

    @AfterEach
    void cleanUp() {
        if (proc != null) {
            proc.destroy();
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void everyMalformedInputGetsTheSpecsErrorAndTheNextRequestIsAnswered() throws Exception {
        proc = JarRoundTripIT.ServerProcess.start(List.of(
                JarRoundTripIT.javaBinary(), "-jar", JarRoundTripIT.jar().toString()));
        JarRoundTripIT.FrameReader frames = new JarRoundTripIT.FrameReader(proc.stdout());
        frames.start();
        OutputStream in = proc.stdin();
        int[] probeId = {1000};
        List<String> failures = new ArrayList<>();

        // before initialize, the probe is a request that must be refused with ServerNotInitialized
        for (Row row : BEFORE_INITIALIZE) {
            runRow(row, in, frames, probeId, failures, "textDocument/hover", "-32002", FIRST);
        }
        write(in, frame(request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}")));
        JsonObject init = frames.awaitResponse(1, FIRST, proc);
        assertThat(init.has("result")).as("initialize: %s", init).isTrue();
        write(in, frame(notification("initialized", "{}")));

        // while running, the probe (a hover on a document that is not open) gets a result
        for (Row row : RUNNING) {
            runRow(row, in, frames, probeId, failures, "textDocument/hover", "result", REQUEST);
        }
        write(in, frame(request(2, "shutdown", null)));
        assertThat(frames.awaitResponse(2, REQUEST, proc).has("result")).isTrue();

        // after shutdown, every request is an invalid request, the probe too
        for (Row row : AFTER_SHUTDOWN) {
            runRow(row, in, frames, probeId, failures, "textDocument/hover", "-32600", REQUEST);
        }
        assertThat(failures)
                .as("rows that did not get the expected answers; stderr:\n%s", proc.stderr())
                .isEmpty();

        write(in, frame(notification("exit", null)));
        proc.assertExits(Duration.ofSeconds(10), 0);
        frames.awaitEnd(Duration.ofSeconds(10));
        assertThat(frames.problem)
                .as("stdout carried something that is not a JSON-RPC frame:\n%s", frames.rawText())
                .isNull();
        String stderr = proc.stderr();
        assertThat(stderr)
                .as("no stack traces on stderr")
                .doesNotContain("\tat ")
                .doesNotContain("Exception in");
        // one line per refused request or broken frame, and per unanswerable notification or response row
        long errors = frames.messages.stream().filter(m -> m.has("error")).count();
        long silentRows = java.util.stream.Stream.of(BEFORE_INITIALIZE, RUNNING, AFTER_SHUTDOWN)
                .flatMap(List::stream)
                .filter(r -> r.expected().isEmpty())
                .count();
        assertThat(stderr.lines().filter(l -> !l.isBlank()).count())
                .as("at most one stderr line per malformed input:\n%s", stderr)
                .isLessThanOrEqualTo(errors + silentRows);
    }

    private void runRow(
            Row row,
            OutputStream in,
            JarRoundTripIT.FrameReader frames,
            int[] probeId,
            List<String> failures,
            String probeMethod,
            String probeAnswer,
            Duration timeout)
            throws Exception {
        int before = frames.messages.size();
        int id = ++probeId[0];
        in.write(row.bytes());
        write(in, frame(request(id, probeMethod, HOVER_PARAMS)));
        JsonObject probe = frames.awaitResponse(id, timeout, proc);
        String answer = probe.has("result")
                ? "result"
                : String.valueOf(probe.getAsJsonObject("error").get("code").getAsInt());
        if (!answer.equals(probeAnswer)) {
            failures.add(row.name() + ": the probe after it got " + probe);
        }
        List<String> got = new ArrayList<>();
        synchronized (frames.messages) {
            for (JsonObject m : frames.messages.subList(before, frames.messages.size())) {
                if (m.has("method") || m == probe) {
                    continue; // the server's own notifications (logMessage), and the probe's answer
                }
                String mid = m.get("id").isJsonNull() ? "null" : m.get("id").getAsString();
                got.add(
                        m.has("error")
                                ? m.getAsJsonObject("error").get("code").getAsInt() + "@" + mid
                                : "result@" + mid);
            }
        }
        if (!got.equals(row.expected())) {
            failures.add(row.name() + ": expected " + row.expected() + " but got " + got);
        }
    }

    private static void write(OutputStream out, String raw) throws IOException {
        out.write(raw.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
