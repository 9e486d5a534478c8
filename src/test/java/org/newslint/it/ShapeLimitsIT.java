package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile document shapes sent to the real jar in {@code -Xmx512m}, one server for all of them:
 * 10 MB of text, a single 1 MB line, binary bytes, 999,999 quotation marks, 100,000 one-word
 * sentences. Each is either analysed or declined with one {@code analysis-limit} diagnostic that
 * says why, the server survives and answers an edit, and stderr holds no stack trace. The times are
 * printed (README, "Limits"), never asserted: the bounds here only catch a hang.
 */
class ShapeLimitsIT {
    private static final Duration BOUND = Duration.ofMinutes(3);

    private LspWire wire;

    @AfterEach
    void cleanUp() {
        if (wire != null) {
            wire.close();
        }
    }

    /** One shape: its text, and the start of the analysis-limit message it must get (null: analysed in full). */
    private record Shape(String name, Supplier<String> text, String limitNote) {}

    private static String article(int chars) {
        try {
            String base = LspWire.sampleText();
            StringBuilder sb = new StringBuilder(chars + base.length());
            while (sb.length() < chars) {
                sb.append(base).append('\n');
            }
            sb.setLength(chars);
            return sb.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void everyShapeIsAnalysedOrDeclinedWithOneDiagnosticInside512MiB() throws Exception {
        List<Shape> shapes = List.of(
                new Shape("10 MB of articles", () -> article(10_000_000), "Only the first 99"),
                new Shape(
                        "a single 1 MB line (999,000 characters: under the limit after the edit too)",
                        () -> article(999_000).replace('\n', ' '),
                        null),
                new Shape(
                        "1 MB of binary bytes",
                        () -> {
                            byte[] b = new byte[1_000_000];
                            new Random(1).nextBytes(b);
                            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
                        },
                        "This file looks like binary data"),
                new Shape(
                        "999,999 quotation marks (under the size limit after the edit too)",
                        () -> "\"".repeat(999_999),
                        "1 paragraph was not analysed: more than 1000 characters without a space"),
                new Shape("100,000 one-word sentences", () -> "Yes. ".repeat(100_000), null),
                new Shape("100,000 one-word lines", () -> "Yes.\n".repeat(100_000), null));
        wire = LspWire.start(List.of(), List.of("-Xmx512m"));
        wire.initialize(null);
        List<String> report = new ArrayList<>();
        int n = 0;
        for (Shape shape : shapes) {
            String uri = "file:///tmp/shape-" + (++n) + ".txt";
            String text = shape.text().get();
            long t0 = System.nanoTime();
            wire.open(uri, 1, text);
            JsonObject first = wire.awaitDiagnostics(uri, 1, BOUND);
            long firstMs = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            wire.insert(uri, 2, 0, 0, "A");
            JsonObject edited = wire.awaitDiagnostics(uri, 2, BOUND);
            long editMs = (System.nanoTime() - t0) / 1_000_000;
            report.add(String.format(
                    "%s: first diagnostics %d ms, an edit %d ms (with the 150 ms debounce), %d diagnostics,"
                            + " resident %d MiB",
                    shape.name(),
                    firstMs,
                    editMs,
                    first.getAsJsonArray("diagnostics").size(),
                    wire.residentMiB()));

            for (JsonObject p : List.of(first, edited)) {
                List<String> limits = new ArrayList<>();
                for (JsonElement e : p.getAsJsonArray("diagnostics")) {
                    JsonObject d = e.getAsJsonObject();
                    if (d.get("code").getAsString().equals("analysis-limit")) {
                        limits.add(d.get("message").getAsString());
                    }
                }
                if (shape.limitNote() == null) {
                    assertThat(limits)
                            .as("%s is analysed in full", shape.name())
                            .isEmpty();
                } else {
                    assertThat(limits)
                            .as("%s is declined with one clear diagnostic", shape.name())
                            .singleElement()
                            .satisfies(m -> assertThat(m).startsWith(shape.limitNote()));
                }
            }
            wire.close(uri);
        }
        report.forEach(line -> System.out.println("ShapeLimitsIT: " + line));
        wire.shutdownAndExit();
        assertThat(wire.proc.stderr()).as("no stack trace on stderr").doesNotContain("\tat ");
    }
}
