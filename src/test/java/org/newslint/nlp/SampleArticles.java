package org.newslint.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real text the decoder-equivalence tests run over: the fixture articles always, and the 43
 * shared Wikinews articles when {@code ../shared} is next to the checkout (without it the fixtures
 * still exercise every path, so the tests run rather than skip).
 */
public final class SampleArticles {
    private SampleArticles() {}

    public static List<Path> paths() throws IOException {
        List<Path> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/articles"))) {
            files.filter(p -> !p.toString().endsWith(".tsv")).sorted().forEach(articles::add);
        }
        Path wikinews = Path.of("../shared/articles/wikinews");
        if (Files.isDirectory(wikinews)) {
            try (Stream<Path> files = Files.list(wikinews)) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(articles::add);
            }
        }
        return articles;
    }
}
