package org.newslint.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Settings;
import org.newslint.rules.Checker;

/**
 * Starts the server on a pair of streams. In stdio mode it first points {@code System.out} at
 * stderr, so a stray print anywhere cannot corrupt the protocol stream.
 */
public final class StdioServer {
    public static final long DEFAULT_DEBOUNCE_MILLIS = 150;
    private static final Logger LOG = Logger.getLogger(StdioServer.class.getName());

    private StdioServer() {}

    /** Serves LSP on this process's stdin/stdout until the client disconnects; returns the exit status. */
    public static int runOnStdio() {
        InputStream in = System.in;
        PrintStream protocolOut = System.out;
        System.setOut(System.err);
        configureLogging(System.getenv("NEWSLINT_LOG"));
        int[] status = {1};
        Future<Void> listening = start(in, protocolOut, code -> {
            status[0] = code;
            System.exit(code);
        });
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warning("connection closed: " + e.getCause());
        }
        return status[0];
    }

    /**
     * Loads the models on two background threads while the client and server shake hands, so the
     * first analysis does not wait for them (models are loaded once and shared; the second caller waits).
     * The future completes when both are done (failed or not), for the client's progress.
     */
    static CompletableFuture<Void> warmUp() {
        List<CompletableFuture<Void>> loads = new ArrayList<>();
        for (Runnable load : new Runnable[] {
            // the tagging models, the lexicons and a first pass through the code, without waiting for the trained
            // models
            () -> new Checker(
                            Analyzer.Config.builder()
                                    .withoutNameModel()
                                    .freshTagging()
                                    .claimModel(null)
                                    .analyzer(),
                            org.newslint.rules.Rules.ALL)
                    .check(org.newslint.text.Document.of("Warm up, he said."), Settings.defaults()),
            // the trained models, smaller, on the other thread
            () -> {
                // a decoder of the name finder's (its feature descriptor read, the generators made, the XML parser's
                // classes loaded), which the first analysis would otherwise make
                org.newslint.nlp.ner.NameFinder.shared().prepare();
                org.newslint.nlp.claims.CheckWorthinessModel.shared();
                org.newslint.nlp.quotes.QuoteModel.sharedOrNull();
                org.newslint.nlp.sourcing.SourcingModel.sharedOrNull();
            }
        }) {
            CompletableFuture<Void> loaded = new CompletableFuture<>();
            loads.add(loaded);
            Thread t = new Thread(
                    () -> {
                        try {
                            load.run();
                        } catch (RuntimeException e) {
                            LOG.warning("warm-up failed: " + e);
                        } finally {
                            loaded.complete(null);
                        }
                    },
                    "newslint-warm-up");
            t.setDaemon(true);
            t.start();
        }
        return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new));
    }

    /**
     * Editors show a server's stderr as errors, so only warnings go there by default; the client's
     * log gets everything through window/logMessage. {@code NEWSLINT_LOG=info} (or fine, all) says more.
     */
    static void configureLogging(String level) {
        java.util.logging.Level l = java.util.logging.Level.WARNING;
        if (level != null && !level.isBlank()) {
            try {
                l = java.util.logging.Level.parse(level.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                LOG.warning("NEWSLINT_LOG=" + level + " is not a log level (warning, info, fine, all)");
            }
        }
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(l);
        boolean traces = l.intValue() <= java.util.logging.Level.FINE.intValue();
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(l);
            h.setFormatter(new OneLineFormat(traces));
        }
    }

    /**
     * Editors show stderr line by line, so each log record is one line ("newslint WARNING
     * JsonRpcConnection: …"); stack traces only when asked for with {@code NEWSLINT_LOG=fine}.
     */
    static final class OneLineFormat extends java.util.logging.Formatter {
        private final boolean traces;

        OneLineFormat(boolean traces) {
            this.traces = traces;
        }

        @Override
        public String format(java.util.logging.LogRecord r) {
            String logger = r.getLoggerName() == null ? "" : r.getLoggerName();
            StringBuilder line = new StringBuilder("newslint ")
                    .append(r.getLevel().getName())
                    .append(' ')
                    .append(logger.substring(logger.lastIndexOf('.') + 1))
                    .append(": ")
                    .append(formatMessage(r).replace('\n', ' ').replace('\r', ' '));
            Throwable t = r.getThrown();
            if (t != null && !traces) {
                line.append(" (")
                        .append(String.valueOf(t).replace('\n', ' ').replace('\r', ' '))
                        .append(')');
            }
            line.append(System.lineSeparator());
            if (t != null && traces) {
                java.io.StringWriter trace = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }

    /** Wires a server to the given streams and starts listening; the future completes when input ends. */
    public static Future<Void> start(InputStream in, OutputStream out, java.util.function.IntConsumer exit) {
        CompletableFuture<Void> loading = warmUp();
        NewslintLanguageServer server =
                new NewslintLanguageServer(Checker.createDefault(), DEFAULT_DEBOUNCE_MILLIS, exit);
        server.modelsLoading(loading);
        JsonRpcConnection connection = new JsonRpcConnection(server, in, out);
        server.connect(connection.client());
        return connection.startListening();
    }
}
