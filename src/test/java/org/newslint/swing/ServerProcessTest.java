package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server process's life, with a short-lived Java process standing in for the server. */
class ServerProcessTest {
    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void anEndedProcessIsReportedWithItsExitStatus() throws Exception {
        ServerProcess process = new ServerProcess(List.of(JAVA, "NoSuchMainClass"));
        assertThat(process.exitStatus()).as("not started").isNull();
        assertThat(process.alive()).isFalse();
        process.start();
        CompletableFuture<Integer> ended = new CompletableFuture<>();
        process.watch(CompletableFuture.completedFuture(null), ended::complete);
        assertThat(ended.get(30, TimeUnit.SECONDS))
                .as("java exits 1 without its main class")
                .isEqualTo(1);
        assertThat(process.exitStatus()).isEqualTo(1);
        assertThat(process.alive()).isFalse();
        process.destroy();
        process.removeShutdownHook();
    }

    /** A server that never ends by itself: it waits for its stdin, which stays open. */
    static final class Waiter {
        public static void main(String[] args) throws IOException {
            System.in.read();
        }
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void destroyEndsARunningProcess() throws Exception {
        List<String> command = List.of(JAVA, "-cp", System.getProperty("java.class.path"), Waiter.class.getName());
        ServerProcess process = new ServerProcess(command);
        assertThat(process.commandLine()).isEqualTo(String.join(" ", command));
        process.start();
        assertThat(process.alive()).isTrue();
        assertThat(process.waitFor(java.time.Duration.ofMillis(1)))
                .as("still waiting for stdin")
                .isFalse();
        assertThat(process.exitStatus()).isNull();
        process.destroy();
        assertThat(process.alive()).isFalse();
        assertThat(process.exitStatus()).as("ended by a signal").isNotNull().isNotZero();
        process.removeShutdownHook();
    }

    @Test
    void aCommandThatCannotRunFailsToStart() {
        ServerProcess process = new ServerProcess(List.of("/nonexistent/java", "-version"));
        assertThatThrownBy(process::start).isInstanceOf(IOException.class);
        assertThat(process.alive()).isFalse();
        process.removeShutdownHook();
    }
}
