package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server reaches nothing beyond the request: run under {@code strace -f}, a whole session
 * (initialize, didOpen, hover, documentSymbol, shutdown, exit) opens no network socket, writes no
 * file, and never opens the article it is sent (it works on the text in the message). What the JVM
 * itself does on every start is allowed, each item explained where it is listed. Skipped with a
 * message where strace is missing or cannot trace (a container without ptrace); {@code .ci/run}
 * installs it.
 */
class NoReachIT {
    private static final String TRACED =
            "trace=network,open,openat,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,link,symlink";

    /** A call's name and its arguments as strace prints them (the first line of a split call). */
    private static final Pattern CALL = Pattern.compile("^\\d+\\s+(\\w+)\\((.*)$");

    private LspWire wire;

    @AfterEach
    void cleanUp() {
        if (wire != null) {
            wire.close();
        }
    }

    private static boolean straceWorks() {
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "-e", "trace=none", "true")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aSessionOpensNoSocketWritesNoFileAndNeverOpensTheArticle(@TempDir Path dir) throws Exception {
        assumeTrue(
                straceWorks(),
                "strace is not installed or cannot trace here (apt-get install strace; ptrace must be allowed);"
                        + " the no-reach check is skipped");
        Path trace = dir.resolve("strace.txt");
        wire = LspWire.start(List.of("strace", "-f", "-qq", "-o", trace.toString(), "-e", TRACED), List.of());
        wire.initialize(null);
        Path article = JarRoundTripIT.projectDir().resolve("docs/sample-article.txt");
        String uri = article.toUri().toString();
        wire.open(uri, 1, LspWire.sampleText());
        wire.awaitDiagnostics(uri, 1, Duration.ofSeconds(120));
        String doc = "{\"textDocument\":{\"uri\":\"" + uri + "\"}";
        assertThat(wire.request(
                                "textDocument/hover",
                                JsonParser.parseString(doc + ",\"position\":{\"line\":0,\"character\":3}}"),
                                Duration.ofSeconds(60))
                        .has("result"))
                .isTrue();
        assertThat(wire.request(
                                "textDocument/documentSymbol",
                                JsonParser.parseString(doc + "}"),
                                Duration.ofSeconds(60))
                        .getAsJsonArray("result"))
                .isNotEmpty();
        wire.shutdownAndExit();

        List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
        List<String> reaches = new ArrayList<>();
        int opens = 0;
        for (String line : lines) {
            Matcher m = CALL.matcher(line);
            if (!m.matches()) {
                continue; // "<... resumed>" halves, signals, exits
            }
            String call = m.group(1);
            String args = m.group(2);
            if (call.startsWith("open") || call.equals("creat")) {
                opens++;
                assertThat(args)
                        .as("the article is sent as text, never read from disk")
                        .doesNotContain(article.toString());
            }
            if (!allowed(call, args)) {
                reaches.add(line);
            }
        }
        assertThat(opens)
                .as("strace saw the JVM open its files (the trace works)")
                .isGreaterThan(10);
        assertThat(reaches)
                .as("sockets, connections, writes or renames beyond what the JVM always does")
                .isEmpty();
    }

    /** Whether a traced call is harmless: a read, or one of the JVM's own start-up and exit chores. */
    static boolean allowed(String call, String args) {
        switch (call) {
            case "open", "openat", "creat" -> {
                boolean writes = call.equals("creat")
                        || Pattern.compile("O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")
                                .matcher(args)
                                .find();
                // the JVM sets which memory a core dump contains
                // the JVM's performance counters (jstat/jcmd): /tmp/hsperfdata_<user>/<pid>, opened by pid
                // after it changes into that directory, deleted at exit
                return !writes
                        || withoutDirectory(args).startsWith("\"/proc/self/coredump_filter\"")
                        || hsperfdata(args);
            }
            case "mkdir", "mkdirat", "unlink", "unlinkat", "rename", "renameat", "renameat2" -> {
                return hsperfdata(args);
            }
            case "socket" -> {
                // glibc looks the user up (user.name) through the name-service cache daemon's socket
                return args.startsWith("AF_UNIX");
            }
            case "connect" -> {
                return args.contains("sa_family=AF_UNIX") && args.contains("/nscd/socket");
            }
            case "bind", "listen", "accept", "accept4", "sendto", "sendmsg", "socketpair" -> {
                return false;
            }
            default -> {
                // getsockopt, shutdown, recvfrom… on the nscd socket above, and every other traced call
                return !call.equals("link") && !call.equals("symlink");
            }
        }
    }

    /** The arguments of an *at call from the path on ("AT_FDCWD, \"/tmp/x\", …" → "\"/tmp/x\", …"). */
    private static String withoutDirectory(String args) {
        return args.replaceFirst("^(AT_FDCWD|\\d+), ", "");
    }

    private static boolean hsperfdata(String args) {
        String path = withoutDirectory(args);
        return path.startsWith("\"/tmp/hsperfdata_") || path.matches("^\"\\d+\".*");
    }
}
