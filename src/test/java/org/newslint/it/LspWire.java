package org.newslint.it;

import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A minimal LSP client over the jar's stdio for the reliability tests: JSON messages in and out as
 * Gson objects, every message the server sent kept in order, each wait bounded. Lighter than lsp4j's
 * launcher when a test sends a thousand notifications or a 10 MB document.
 */
final class LspWire implements AutoCloseable {
    private static final JsonObject END = new JsonObject();

    final JarRoundTripIT.ServerProcess proc;
    private final OutputStream in;
    private final BlockingQueue<JsonObject> incoming = new LinkedBlockingQueue<>();
    private final List<JsonObject> unclaimed = new ArrayList<>();
    private int nextId = 1;

    private LspWire(JarRoundTripIT.ServerProcess proc) {
        this.proc = proc;
        this.in = proc.stdin();
        Thread reader = new Thread(this::read, "it-wire-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code [prefix...] java [jvmOptions...] -jar newslint.jar}. */
    static LspWire start(List<String> prefix, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(JarRoundTripIT.javaBinary());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JarRoundTripIT.jar().toString());
        return new LspWire(JarRoundTripIT.ServerProcess.start(command));
    }

    static String sampleText() throws IOException {
        return Files.readString(JarRoundTripIT.projectDir().resolve("docs/sample-article.txt"), StandardCharsets.UTF_8);
    }

    long pid() {
        return proc.process.pid();
    }

    /** Resident memory of the server process in MiB, from /proc (Linux), or -1 where unknown. */
    long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    void send(JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        synchronized (in) {
            in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            in.write(body);
            in.flush();
        }
    }

    void notify(String method, JsonElement params) throws IOException {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        send(m);
    }

    /** Sends a request and waits for its response (the whole response object, result or error). */
    JsonObject request(String method, JsonElement params, Duration timeout) throws Exception {
        int id = nextId++;
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("id", id);
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        send(m);
        return await(
                r -> !r.has("method")
                        && r.has("id")
                        && r.get("id").isJsonPrimitive()
                        && r.get("id").getAsInt() == id,
                timeout,
                "the response to " + method);
    }

    JsonObject initialize(String initializationOptions) throws Exception {
        JsonObject params = JsonParser.parseString("{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}")
                .getAsJsonObject();
        if (initializationOptions != null) {
            params.add("initializationOptions", JsonParser.parseString(initializationOptions));
        }
        JsonObject r = request("initialize", params, Duration.ofSeconds(60));
        notify("initialized", new JsonObject());
        return r;
    }

    void open(String uri, int version, String text) throws IOException {
        JsonObject td = new JsonObject();
        td.addProperty("uri", uri);
        td.addProperty("languageId", "plaintext");
        td.addProperty("version", version);
        td.addProperty("text", text);
        JsonObject p = new JsonObject();
        p.add("textDocument", td);
        notify("textDocument/didOpen", p);
    }

    void close(String uri) throws IOException {
        notify("textDocument/didClose", JsonParser.parseString("{\"textDocument\":{\"uri\":\"" + uri + "\"}}"));
    }

    /** An incremental change inserting {@code text} at line/character (UTF-16). */
    void insert(String uri, int version, int line, int character, String text) throws IOException {
        JsonObject pos = new JsonObject();
        pos.addProperty("line", line);
        pos.addProperty("character", character);
        JsonObject range = new JsonObject();
        range.add("start", pos);
        range.add("end", pos);
        JsonObject change = new JsonObject();
        change.add("range", range);
        change.addProperty("text", text);
        JsonObject id = new JsonObject();
        id.addProperty("uri", uri);
        id.addProperty("version", version);
        JsonObject p = new JsonObject();
        p.add("textDocument", id);
        com.google.gson.JsonArray changes = new com.google.gson.JsonArray();
        changes.add(change);
        p.add("contentChanges", changes);
        notify("textDocument/didChange", p);
    }

    /** The params of the next publishDiagnostics for {@code uri} at {@code version}; earlier ones go to {@code seen}. */
    JsonObject awaitDiagnostics(String uri, int version, Duration timeout, List<JsonObject> seen) throws Exception {
        JsonObject m = await(
                r -> {
                    if (!"textDocument/publishDiagnostics".equals(method(r))) {
                        return false;
                    }
                    JsonObject p = r.getAsJsonObject("params");
                    if (!p.get("uri").getAsString().equals(uri)) {
                        return false;
                    }
                    seen.add(p);
                    return p.has("version") && p.get("version").getAsInt() == version;
                },
                timeout,
                "diagnostics of " + uri + " v" + version);
        return m.getAsJsonObject("params");
    }

    JsonObject awaitDiagnostics(String uri, int version, Duration timeout) throws Exception {
        return awaitDiagnostics(uri, version, timeout, new ArrayList<>());
    }

    private static String method(JsonObject m) {
        return m.has("method") ? m.get("method").getAsString() : null;
    }

    /** Waits for the first message, from those not yet claimed by an earlier wait, that {@code matches}. */
    JsonObject await(Predicate<JsonObject> matches, Duration timeout, String what) throws Exception {
        synchronized (unclaimed) {
            for (int i = 0; i < unclaimed.size(); i++) {
                if (matches.test(unclaimed.get(i))) {
                    return unclaimed.remove(i);
                }
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject m = left > 0 ? incoming.poll(left, TimeUnit.NANOSECONDS) : null;
            if (m == END) {
                incoming.add(END);
                return fail("the server's stdout ended before " + what + "; alive: " + proc.process.isAlive()
                        + "; stderr:\n" + proc.stderr());
            }
            if (m == null) {
                return fail("nothing matched " + what + " within " + timeout.toSeconds() + " s; alive: "
                        + proc.process.isAlive() + "; stderr:\n" + proc.stderr());
            }
            if (matches.test(m)) {
                return m;
            }
            synchronized (unclaimed) {
                unclaimed.add(m);
            }
        }
    }

    /** Messages received but not claimed by a wait, in order (logMessage notifications, earlier publishes). */
    List<JsonObject> drainUnclaimed() {
        List<JsonObject> out = new ArrayList<>();
        incoming.drainTo(out);
        out.remove(END);
        synchronized (unclaimed) {
            out.addAll(0, unclaimed);
            unclaimed.clear();
        }
        return out;
    }

    /** shutdown, then exit; checks the exit status 0. */
    void shutdownAndExit() throws Exception {
        request("shutdown", null, Duration.ofSeconds(30));
        notify("exit", null);
        proc.assertExits(Duration.ofSeconds(10), 0);
    }

    private void read() {
        InputStream out = proc.stdout();
        try {
            while (true) {
                int length = -1;
                while (true) {
                    String line = headerLine(out);
                    if (line == null) {
                        return;
                    }
                    if (line.isEmpty()) {
                        break;
                    }
                    if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                byte[] body = out.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                incoming.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8))
                        .getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // the process went away or wrote something else; waits report it
        } finally {
            incoming.add(END);
        }
    }

    private static String headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String s = line.toString(StandardCharsets.US_ASCII);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(b);
        }
        return null;
    }

    @Override
    public void close() {
        proc.destroy();
    }
}
