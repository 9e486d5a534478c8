package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The jar run as a command line in a folder, stdin empty: its exit status and what it printed, never a stack trace. */
final class JarCli {
    private JarCli() {}

    record Run(int status, String out, String err) {}

    /** {@code java -Xmx512m -jar <the built jar> args…} in {@code dir}. */
    static Run run(Path dir, String... args) throws Exception {
        return run(dir, List.of(), JarRoundTripIT.jar(), args);
    }

    /** {@code prefix… java -Xmx512m -jar jar args…} in {@code dir} (a prefix runs it as another user or through a shell). */
    static Run run(Path dir, List<String> prefix, Path jar, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.add(JarRoundTripIT.javaBinary());
        command.add("-Xmx512m");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("newslint finished").isTrue();
        Run r = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        return r;
    }
}
