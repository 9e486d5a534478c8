package org.newslint.swing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last lines the server wrote to stderr, kept for the error message when it fails and for
 * C-h e. The pipe is read on a thread of its own, so the server never blocks on a full pipe.
 */
final class StderrTail {
    static final int LINES = 40;

    private final Deque<String> lines = new ArrayDeque<>();

    /** Reads the stream to its end on a daemon thread, which is returned already started. */
    Thread drain(InputStream in) {
        Thread t = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            add(line);
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                },
                "newslint-lsp-stderr");
        t.setDaemon(true);
        t.start();
        return t;
    }

    void add(String line) {
        synchronized (lines) {
            lines.addLast(line);
            if (lines.size() > LINES) {
                lines.removeFirst();
            }
        }
    }

    /** The lines kept, oldest first. */
    List<String> lines() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    /** {@code "; it said: "} and the last line that is not blank, to end an error message; empty if none. */
    String lastSaid() {
        synchronized (lines) {
            for (var it = lines.descendingIterator(); it.hasNext(); ) {
                String line = it.next().strip();
                if (!line.isEmpty()) {
                    return "; it said: " + line;
                }
            }
        }
        return "";
    }
}
