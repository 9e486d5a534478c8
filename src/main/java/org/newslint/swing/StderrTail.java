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

/** The last lines the server wrote to stderr, read on a thread of their own, for the messages log and error messages. */
final class StderrTail {
    private final Deque<String> stderr = new ArrayDeque<>();
    private final int limit;

    StderrTail(int limit) {
        this.limit = limit;
    }

    void drain(InputStream in) {
        Thread t = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) {
                            synchronized (stderr) {
                                stderr.addLast(line);
                                if (stderr.size() > limit) {
                                    stderr.removeFirst();
                                }
                            }
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                },
                "newslint-lsp-stderr");
        t.setDaemon(true);
        t.start();
    }

    List<String> lines() {
        synchronized (stderr) {
            return new ArrayList<>(stderr);
        }
    }

    /** "; it said: LAST LINE" for an error message, or "" when the server said nothing. */
    String lastLineNote() {
        synchronized (stderr) {
            for (var it = stderr.descendingIterator(); it.hasNext(); ) {
                String line = it.next().strip();
                if (!line.isEmpty()) {
                    return "; it said: " + line;
                }
            }
        }
        return "";
    }
}
