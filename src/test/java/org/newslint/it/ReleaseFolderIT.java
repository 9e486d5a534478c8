package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The release folder {@code mvn package} makes, {@code target/release/}, checked as a user would:
 * {@code sha256sum -c SHA256SUMS} passes in it, the sums list exactly the files that are there, the
 * folder holds the jar, licence, notice, changelog and editor recipes, and the jar carries the
 * repository's LICENSE and NOTICE in META-INF.
 */
class ReleaseFolderIT {
    private static Path release() {
        Path folder = JarRoundTripIT.jar().getParent().resolve("release");
        assertThat(folder).as("target/release (made by 'mvn package')").isDirectory();
        return folder;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sha256sumVerifiesEveryFileOfTheReleaseFolder() throws Exception {
        assumeTrue(onPath("sha256sum"), "sha256sum (GNU coreutils) is not on PATH: the sums cannot be verified");
        Path folder = release();
        Process p = new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as("sha256sum -c SHA256SUMS:%n%s", out).isZero();

        TreeSet<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(folder.resolve("SHA256SUMS"))) {
            assertThat(line).as("sha256sum format").matches("[0-9a-f]{64}  \\S.*");
            listed.add(line.substring(66));
        }
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("SHA256SUMS"))
                    .forEach(present::add);
        }
        assertThat(listed).as("every file is summed, and only those").isEqualTo(present);
        assertThat(present)
                .contains(
                        "newslint.jar",
                        "LICENSE",
                        "NOTICE",
                        "CHANGELOG.md",
                        "editors/README.md",
                        "editors/emacs/newslint.el",
                        "editors/nvim/lua/newslint/init.lua");
    }

    @Test
    void aCorruptedFileFailsTheCheck() throws Exception {
        assumeTrue(onPath("sha256sum"), "sha256sum (GNU coreutils) is not on PATH: the sums cannot be verified");
        Path copy = Files.createTempDirectory("newslint-release");
        try {
            Path folder = release();
            Files.copy(folder.resolve("SHA256SUMS"), copy.resolve("SHA256SUMS"));
            List<String> sums = Files.readAllLines(copy.resolve("SHA256SUMS"));
            // the small files, one of them changed by one byte: the check must notice
            List<String> kept = new ArrayList<>();
            for (String line : sums) {
                String name = line.substring(66);
                if (name.equals("LICENSE") || name.equals("NOTICE")) {
                    kept.add(line);
                    Files.copy(folder.resolve(name), copy.resolve(name));
                }
            }
            Files.writeString(copy.resolve("SHA256SUMS"), String.join("\n", kept) + "\n");
            Files.writeString(copy.resolve("NOTICE"), Files.readString(copy.resolve("NOTICE")) + " ");
            Process p = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS")
                    .directory(copy.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isNotZero();
            assertThat(out).contains("LICENSE: OK").contains("NOTICE: FAILED");
        } finally {
            try (Stream<Path> files = Files.walk(copy)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @Test
    void theJarCarriesTheRepositorysLicenceAndNotice() throws IOException {
        Path project = JarRoundTripIT.jar().getParent().getParent();
        try (ZipFile jar = new ZipFile(JarRoundTripIT.jar().toFile())) {
            assertThat(entry(jar, "META-INF/LICENSE")).isEqualTo(Files.readString(project.resolve("LICENSE")));
            assertThat(entry(jar, "META-INF/NOTICE")).isEqualTo(Files.readString(project.resolve("NOTICE")));
        }
        assertThat(Files.readString(project.resolve("LICENSE")))
                .startsWith(
                        "\n                                 Apache License\n                           Version 2.0");
    }

    private static String entry(ZipFile jar, String name) throws IOException {
        ZipEntry e = jar.getEntry(name);
        assertThat(e).as(name + " in the jar").isNotNull();
        try (InputStream in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
