package org.newslint.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The texts the JMH benchmarks analyse: the golden fixture articles from the test resources, so the
 * benchmarks need nothing outside the repository.
 */
final class Articles {
    static final String[] NAMES = {"election-night.txt", "port-strike.txt", "vaccine-trial.txt"};

    private Articles() {}

    /** One fixture article (about 520 words). */
    static String article(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/golden/articles/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the classpath (run with -Pjmh)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture articles one after another, repeated until the text has at least {@code words} words. */
    static String longDocument(int words) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int i = 0; count < words; i++) {
            String a = article(NAMES[i % NAMES.length]).strip();
            text.append(a).append("\n\n");
            count += a.split("\\s+").length;
        }
        return text.toString();
    }
}
