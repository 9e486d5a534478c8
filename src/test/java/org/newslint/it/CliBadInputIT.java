package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newslint check} on bad input, through the packaged jar as a user runs it: an empty file,
 * invalid UTF-8, binary bytes, a 10 MB file, a missing path, {@code -} with stdin closed or empty,
 * a directory without permission. Each gets one clear line (stderr for problems, an
 * {@code analysis-limit} finding for what is declined), never a stack trace; the exit status is
 * the README's (0 clean, 1 findings reached {@code --fail-on}, 2 usage or I/O error), and the good
 * file next to the bad ones is still checked.
 */
class CliBadInputIT {
    private static JarCli.Run run(Path dir, List<String> prefix, String... args) throws Exception {
        return JarCli.run(dir, prefix, JarRoundTripIT.jar(), args);
    }

    private static void writeArticles(Path dir) throws IOException {
        String sample = LspWire.sampleText();
        Files.writeString(dir.resolve("good.txt"), sample);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(
                dir.resolve("latin1.txt"),
                "The mayor said the café would close.\n".getBytes(StandardCharsets.ISO_8859_1));
        byte[] binary = new byte[100_000];
        new Random(7).nextBytes(binary);
        Files.write(dir.resolve("binary.txt"), binary);
        StringBuilder big = new StringBuilder();
        while (big.length() < 10_000_000) {
            big.append(sample).append('\n');
        }
        big.setLength(10_000_000);
        Files.writeString(dir.resolve("big.txt"), big);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void eachBadFileGetsOneClearLineAndTheGoodFileIsStillChecked(@TempDir Path dir) throws Exception {
        writeArticles(dir);
        JarCli.Run r = run(
                dir,
                List.of(),
                "check",
                "--fail-on",
                "never",
                "empty.txt",
                "latin1.txt",
                "binary.txt",
                "big.txt",
                "missing.txt",
                "good.txt");
        assertThat(r.status())
                .as("a missing path is an I/O error: 2; stderr:\n%s", r.err())
                .isEqualTo(2);
        assertThat(r.err().lines().toList())
                .as("one line per problem, then the summary")
                .contains(
                        "newslint: empty.txt: empty; nothing to check",
                        "newslint: latin1.txt: not valid UTF-8; read as Windows-1252 (Latin-1)",
                        "newslint: binary.txt: not valid UTF-8; read as Windows-1252 (Latin-1)",
                        "newslint: missing.txt: no such file or directory");
        assertThat(r.out())
                .as("binary data declined with one finding")
                .contains("binary.txt:1:1: information: This file looks like binary data")
                .as("10 MB analysed up to the limit, and says so")
                .containsPattern(
                        "big.txt:1:1: information: Only the first 99\\d{4} characters of this 10000000-character"
                                + " document were analysed\\. \\[analysis-limit]")
                .as("the good file is still checked")
                .contains("good.txt:8:1: warning: Vague source")
                .doesNotContain("empty.txt:");
        assertThat(r.out().lines().filter(l -> l.startsWith("binary.txt:"))).hasSize(1);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anEncodingGivenIsHonouredStrictly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), LspWire.sampleText());
        Files.write(
                dir.resolve("latin1.txt"),
                "The mayor said the café would close.\n".getBytes(StandardCharsets.ISO_8859_1));

        JarCli.Run latin1 =
                run(dir, List.of(), "analyze", "--format", "json", "--encoding", "ISO-8859-1", "latin1.txt");
        assertThat(latin1.status()).as("stderr:\n%s", latin1.err()).isZero();
        assertThat(latin1.err()).doesNotContain("not valid");
        assertThat(latin1.out()).as("decoded as the encoding given").contains("café");

        JarCli.Run strict =
                run(dir, List.of(), "check", "--fail-on", "never", "--encoding", "UTF-8", "latin1.txt", "good.txt");
        assertThat(strict.status())
                .as("a file not in the encoding given is an I/O error")
                .isEqualTo(2);
        assertThat(strict.err().lines().toList())
                .contains("newslint: latin1.txt: cannot be read (not valid UTF-8, the --encoding given)");
        assertThat(strict.out()).as("the other file is still checked").contains("good.txt:8:1: warning: Vague source");

        JarCli.Run unknown = run(dir, List.of(), "check", "--encoding", "no-such-charset", "good.txt");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Invalid value for option '--encoding'");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void standardInputThatIsClosedOrEmptyIsSaidSo(@TempDir Path dir) throws Exception {
        String jar = JarRoundTripIT.jar().toString();
        String java = JarRoundTripIT.javaBinary();
        // the shell closes descriptor 0 before java starts, as "newslint check - <&-" does
        JarCli.Run closed = run(dir, List.of("sh", "-c", "exec \"$0\" -Xmx512m -jar \"$1\" check - <&-", java, jar));
        assertThat(closed.status())
                .as("closed stdin is an I/O error; stderr:\n%s", closed.err())
                .isEqualTo(2);
        assertThat(closed.err()).contains("newslint: -: standard input is closed; nothing to read");
        assertThat(closed.out())
                .as("nothing was read from the descriptor the JVM reused")
                .doesNotContain("binary");

        JarCli.Run empty = run(dir, List.of(), "check", "-");
        assertThat(empty.status()).isZero();
        assertThat(empty.err()).contains("newslint: <stdin>: empty; nothing to check");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aDirectoryWithoutPermissionIsNamedAndTheRestIsChecked(@TempDir Path dir) throws Exception {
        List<String> asUser = List.of();
        Path jar = JarRoundTripIT.jar();
        if ("root".equals(System.getProperty("user.name"))) {
            // root reads everything; run the jar as nobody where setpriv can drop to it, else skip
            assumeTrue(
                    Files.isExecutable(Path.of("/usr/bin/setpriv")),
                    "running as root without setpriv: a directory without permission cannot be tested");
            asUser = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
            // the checkout may sit where nobody cannot read (a mktemp directory is rwx------): give nobody a copy
            jar = Files.copy(jar, dir.resolve("newslint.jar"));
            Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.writeString(dir.resolve("good.txt"), LspWire.sampleText());
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), LspWire.sampleText());
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            JarCli.Run r = JarCli.run(dir, asUser, jar, "check", "--fail-on", "never", "locked", "good.txt");
            assertThat(r.status()).as("stderr:\n%s", r.err()).isEqualTo(2);
            assertThat(r.err()).contains("newslint: locked: cannot be read (permission denied or gone)");
            assertThat(r.out()).contains("good.txt:8:1: warning: Vague source");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
