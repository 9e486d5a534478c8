package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor against the real jar: headless Neovim (0.7+, Debian bookworm ships 0.7.2) starts
 * {@code java -jar newslint.jar} with its built-in LSP client, and {@code nvim/newslint_check.lua}
 * records what Neovim received: diagnostics from {@code vim.diagnostic}, a hover, the document
 * symbols. This test then checks newslint's content in that record. Skipped when nvim is missing.
 */
class NeovimIT {
    private static final long NVIM_TIMEOUT_SECONDS = 60;
    /** Separates the words of the server command in NEWSLINT_CMD (ASCII unit separator: never in a path). */
    private static final String SEP = "\u001f";

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void neovimGetsDiagnosticsHoverAndSymbolsFromTheJar(@TempDir Path tmp) throws Exception {
        Path nvim = requireNvim();
        Path article = tmp.resolve("article.txt");
        Files.copy(JarRoundTripIT.projectDir().resolve("docs/sample-article.txt"), article);
        String text = Files.readString(article, StandardCharsets.UTF_8);
        int dunmore = text.indexOf("Dunmore");
        assertThat(dunmore).as("sample article mentions Dunmore").isNotNegative();
        Position hoverAt = JarRoundTripIT.utf16Position(text, dunmore);

        NeovimRun run = runNeovim(
                nvim,
                script(tmp),
                article,
                tmp,
                Map.of(
                        "NEWSLINT_HOVER_LINE", Integer.toString(hoverAt.getLine()),
                        "NEWSLINT_HOVER_CHAR", Integer.toString(hoverAt.getCharacter()),
                        "NEWSLINT_TIMEOUT_MS", "40000"));
        JsonObject result = run.result();
        String report = run.report();

        // diagnostics as Neovim stored them
        List<JsonObject> diagnostics = objects(result.getAsJsonArray("diagnostics"));
        assertThat(diagnostics).as("diagnostics%s", report).anySatisfy(d -> {
            assertThat(d.get("message").getAsString()).contains("Unattributed claim");
            assertThat(d.get("source").getAsString()).isEqualTo("newslint");
        });

        // hover on "Dunmore" names the whole entity
        JsonObject hover = result.getAsJsonObject("hover");
        assertThat(hover).as("hover%s", report).isNotNull();
        assertThat(hover.get("text").getAsString())
                .as("hover text%s", report)
                .contains("Rachel Dunmore")
                .contains("person");
        JsonElement floatLines = result.get("hover_float_lines");
        assertThat(floatLines != null && floatLines.isJsonArray() ? floatLines.toString() : "")
                .as("vim.lsp.buf.hover() floating window%s", report)
                .contains("Rachel Dunmore");

        // symbols: the speaker with her quote, and the People group
        List<JsonObject> symbols = objects(result.getAsJsonArray("symbols"));
        JsonObject speaker = symbols.stream()
                .filter(s -> s.get("name").getAsString().equals("Rachel Dunmore"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no top-level symbol 'Rachel Dunmore'" + report));
        assertThat(objects(speaker.getAsJsonArray("children")))
                .as("quotes under Rachel Dunmore%s", report)
                .anySatisfy(q -> {
                    assertThat(q.get("kind").getAsInt()).isEqualTo(15); // SymbolKind.String
                    assertThat(q.get("name").getAsString()).matches("^[\"“‘'«].*");
                });
        assertThat(symbols)
                .as("top-level symbols%s", report)
                .anySatisfy(s -> assertThat(s.get("name").getAsString()).isEqualTo("People"));

        // client.stop() = shutdown + exit: the server exits cleanly
        JsonObject exit = result.getAsJsonObject("server_exit");
        assertThat(exit).as("server exit seen by Neovim%s", report).isNotNull();
        assertThat(exit.get("code").getAsInt()).as("server exit code%s", report).isZero();
    }

    /**
     * The quick fixes applied by Neovim itself: {@code editors/test/nvim_quickfix.lua} (also run by
     * {@code editors/test/run-real-clients.sh}, hence by {@code .ci/run}) asks for code actions at a
     * finding and at a name and applies them with {@code vim.lsp.util.apply_workspace_edit}; this
     * test compares the buffer's text after each with what the fix must give.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void neovimAppliesTheQuickFixesAndTheBufferReadsAsExpected(@TempDir Path tmp) throws Exception {
        Path nvim = requireNvim();
        Path desk = Files.createDirectories(tmp.resolve("desk"));
        Path article = desk.resolve("article.txt");
        Files.copy(JarRoundTripIT.projectDir().resolve("editors/test/quickfix-article.txt"), article);
        String before = Files.readString(article, StandardCharsets.UTF_8);
        NeovimRun run = runNeovim(
                nvim,
                JarRoundTripIT.projectDir().resolve("editors/test/nvim_quickfix.lua"),
                article,
                tmp,
                Map.of("NEWSLINT_WAIT_MS", "40000"));
        JsonObject result = run.result();
        String report = run.report();

        String placeholder = before.replace("in the county.\n", "in the county, SOURCE said.\n");
        assertThat(placeholder).isNotEqualTo(before);
        assertThat(result.get("after_placeholder").getAsString())
                .as("buffer after the placeholder%s", report)
                .isEqualTo(placeholder);
        assertThat(objects(result.getAsJsonArray("diagnostics_after_placeholder")))
                .as("diagnostics once Neovim's edit is re-analysed%s", report)
                .noneMatch(d -> d.get("code").getAsString().equals("unattributed-claim"));
        String expanded = placeholder.replace("repairs, Dunmore said", "repairs, Rachel Dunmore said");
        assertThat(expanded).isNotEqualTo(placeholder);
        assertThat(result.get("after_expand").getAsString())
                .as("buffer after writing the name in full%s", report)
                .isEqualTo(expanded);
        String saved = Files.readString(desk.resolve(".newslint.json"), StandardCharsets.UTF_8);
        var config = org.newslint.config.ConfigFiles.parse(desk.resolve(".newslint.json"), saved);
        assertThat(config.problems())
                .as("the .newslint.json Neovim saved:%n%s", saved)
                .isEmpty();
        assertThat(config.settings().house().names())
                .extracting(n -> n.name() + "/" + n.type())
                .containsExactly("Rachel Dunmore/PERSON");
        assertThat(result.getAsJsonObject("server_exit").get("code").getAsInt())
                .as("server exit code%s", report)
                .isZero();
    }

    /** nvim, or the test is skipped (in the test, not in @BeforeAll, so the report shows it skipped with this message). */
    private static Path requireNvim() {
        Path nvim = onPath("nvim");
        if (nvim == null) {
            System.err.println(
                    "NeovimIT skipped: nvim is not on PATH; install neovim (apt-get install -y neovim) to run the real-editor test");
        }
        Assumptions.assumeTrue(
                nvim != null,
                "nvim is not on PATH: install neovim (apt-get install -y neovim) to run the real-editor test");
        return nvim;
    }

    /** What a script wrote, and everything to show when an assertion on it fails. */
    private record NeovimRun(JsonObject result, String report) {}

    /**
     * Runs headless Neovim on {@code article} (from the article's folder) with {@code script}, the jar
     * as its language server, {@code env} for the script, and Neovim's own files inside {@code tmp};
     * asserts it finished, exited 0 and that the script reported ok.
     */
    private static NeovimRun runNeovim(Path nvim, Path script, Path article, Path tmp, Map<String, String> env)
            throws Exception {
        Path out = tmp.resolve("nvim-result.json");
        Path stdout = tmp.resolve("nvim.stdout");
        Path stderr = tmp.resolve("nvim.stderr");
        Path xdg = Files.createDirectories(tmp.resolve("xdg"));
        ProcessBuilder pb = new ProcessBuilder(
                nvim.toString(),
                "--headless",
                "--clean",
                "-n",
                "-i",
                "NONE",
                "-c",
                "luafile " + luaFileArg(script),
                article.toString());
        pb.directory(article.getParent().toFile());
        Map<String, String> environment = pb.environment();
        environment.put(
                "NEWSLINT_CMD",
                String.join(
                        SEP,
                        JarRoundTripIT.javaBinary(),
                        "-jar",
                        JarRoundTripIT.jar().toString()));
        environment.put("NEWSLINT_OUT", out.toString());
        environment.putAll(env);
        // keep Neovim's files (lsp.log, shada, swap) inside the temp dir, never in the real home
        for (String v :
                List.of("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")) {
            environment.put(
                    v, Files.createDirectories(xdg.resolve(v.toLowerCase())).toString());
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(stdout.toFile());
        pb.redirectError(stderr.toFile());

        long t0 = System.nanoTime();
        Process p = pb.start();
        boolean finished;
        try {
            finished = p.waitFor(NVIM_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            if (p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly); // the server Neovim started
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String report = report(tmp, out, stdout, stderr);
        if (!finished) {
            fail("nvim did not finish within " + NVIM_TIMEOUT_SECONDS + " s" + report);
        }
        assertThat(p.exitValue())
                .as("nvim exit status after %d ms%s", ms, report)
                .isZero();
        assertThat(out).as("result file%s", report).isRegularFile();
        JsonObject result = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertThat(result.get("ok").getAsBoolean()).as("script ok%s", report).isTrue();
        return new NeovimRun(result, report);
    }

    private static Path script(Path tmp) throws IOException, URISyntaxException {
        URL url = NeovimIT.class.getResource("/nvim/newslint_check.lua");
        assertThat(url).as("test resource nvim/newslint_check.lua").isNotNull();
        if ("file".equals(url.getProtocol())) {
            return Path.of(url.toURI());
        }
        Path copy = tmp.resolve("newslint_check.lua");
        try (InputStream in = url.openStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    /** The script path as one argument of an Ex command (spaces and backslashes escaped). */
    private static String luaFileArg(Path script) {
        return script.toAbsolutePath().toString().replace("\\", "\\\\").replace(" ", "\\ ");
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> out = new ArrayList<>();
        if (array != null) {
            array.forEach(e -> out.add(e.getAsJsonObject()));
        }
        return out;
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Everything worth seeing when the check fails: Neovim's stderr, the result JSON and lsp.log. */
    private static String report(Path tmp, Path out, Path stdout, Path stderr) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n--- nvim stderr:\n").append(tail(stderr));
        sb.append("\n--- nvim stdout:\n").append(tail(stdout));
        sb.append("\n--- result json:\n").append(tail(out));
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path log : files.filter(f -> f.getFileName().toString().equals("lsp.log"))
                    .toList()) {
                sb.append("\n--- ").append(tmp.relativize(log)).append(":\n").append(tail(log));
            }
        } catch (IOException e) {
            sb.append("\n(cannot list ").append(tmp).append(": ").append(e).append(')');
        }
        return sb.append('\n').toString();
    }

    private static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "(none)";
            }
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.length() > 8000 ? "…" + s.substring(s.length() - 8000) : s;
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
