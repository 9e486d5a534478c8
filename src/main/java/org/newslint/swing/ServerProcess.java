package org.newslint.swing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server as an operating-system process: the command line that starts it (by default this
 * jar's {@code org.newslint.cli.Main lsp} on the same Java), starting it with its stderr kept in a
 * {@link StderrTail}, killing it if the editor's JVM exits first, watching for it to end, and its
 * exit status. It knows nothing of the protocol spoken over its stdin and stdout.
 */
final class ServerProcess {
    /** Logs under the connection's name, as the connection did before this class was split off. */
    private static final Logger LOG = Logger.getLogger(ServerConnection.class.getName());

    private final List<String> command;
    private final StderrTail stderr = new StderrTail();
    private final Thread killOnExit = new Thread(this::destroy, "newslint-lsp-kill");
    private volatile Process process;

    ServerProcess(List<String> command) {
        this.command = List.copyOf(command);
    }

    /**
     * {@code <java.home>/bin/java -cp <jar> org.newslint.cli.Main lsp}, where the jar is the one this
     * class was loaded from; system property {@code newslint.server.jar} or environment variable
     * {@code NEWSLINT_SERVER_JAR} name another (tests point it at the packaged jar).
     */
    static List<String> defaultCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Djava.awt.headless=true", "-cp", serverClasspath(), "org.newslint.cli.Main", "lsp");
    }

    static String serverClasspath() {
        String override = System.getProperty("newslint.server.jar");
        if (override == null || override.isBlank()) {
            override = System.getenv("NEWSLINT_SERVER_JAR");
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().toString();
        }
        CodeSource source = ServerProcess.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return location.toString();
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                LOG.fine("code source is not a file: " + source.getLocation());
            }
        }
        // running from classes directories (tests, an IDE): the same class path as this JVM
        return System.getProperty("java.class.path");
    }

    /** The command line as one string, for error messages. */
    String commandLine() {
        return String.join(" ", command);
    }

    /** Starts the process, to be killed if this JVM exits first; its stderr is drained in the background. */
    Process start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        process = p;
        Runtime.getRuntime().addShutdownHook(killOnExit);
        stderr.drain(p.getErrorStream());
        return p;
    }

    boolean alive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** Waits up to {@code timeout} for the process to end; returns whether it has. */
    boolean waitFor(Duration timeout) throws InterruptedException {
        Process p = process;
        return p == null || p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The exit status after the process ended, or null. */
    Integer exitStatus() {
        Process p = process;
        return p == null || p.isAlive() ? null : p.exitValue();
    }

    /** Ends the process: politely, then by force after two seconds. */
    void destroy() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The process is being stopped on purpose: the JVM need not kill it on exit any more. */
    void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already shutting down, or the hook was never added
        }
    }

    /**
     * Once the connection over the process's pipes has ended, waits up to five seconds for the
     * process to exit and tells {@code ended} its status (-1 if it is still running). On a daemon
     * thread of its own.
     */
    void watch(Future<?> listening, IntConsumer ended) {
        Process p = process;
        Thread t = new Thread(
                () -> {
                    try {
                        listening.get();
                    } catch (Exception e) {
                        LOG.log(Level.FINE, "connection ended", e);
                    }
                    int status;
                    try {
                        p.waitFor(5, TimeUnit.SECONDS);
                        status = p.isAlive() ? -1 : p.exitValue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    ended.accept(status);
                },
                "newslint-lsp-watch");
        t.setDaemon(true);
        t.start();
    }

    /** The server's recent stderr lines, for the messages log. */
    List<String> stderrTail() {
        return stderr.lines();
    }

    /** The end of an error message quoting the server's last stderr line, or empty. */
    String lastStderr() {
        return stderr.lastSaid();
    }
}
