package org.newslint.nlp.ner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * A measurement, not a test: how long the shipped name finder takes to load and to run over each
 * article's sentences, next to the tagging pipeline it would run after. Run after {@code package}:
 * {@code java -cp target/newslint.jar:target/test-classes org.newslint.nlp.ner.NameFinderCost DIR}.
 */
public final class NameFinderCost {
    private NameFinderCost() {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        NameFinder finder = NameFinder.shared();
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "name-finder model load (cold JVM): %.3f s%n", (t1 - t0) / 1e9);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        OpenNlpPipeline pipeline = OpenNlpPipeline.shared();
        List<List<List<Token>>> docs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long words = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            texts.add(text);
            docs.add(sentences(pipeline, text));
            words += text.split("\\s+").length;
        }
        int runs = 5;
        // warm both
        for (int r = 0; r < 2; r++) {
            for (int d = 0; d < docs.size(); d++) {
                sentences(pipeline, texts.get(d));
                finder.findInDocument(docs.get(d));
            }
        }
        long pipe = 0;
        long ner = 0;
        int names = 0;
        for (int r = 0; r < runs; r++) {
            for (int d = 0; d < docs.size(); d++) {
                long a = System.nanoTime();
                sentences(pipeline, texts.get(d));
                long b = System.nanoTime();
                for (List<NameSpan> s : finder.findInDocument(docs.get(d))) {
                    names += s.size();
                }
                long c = System.nanoTime();
                pipe += b - a;
                ner += c - b;
            }
        }
        double perWordPipe = pipe / 1e6 / runs / words;
        double perWordNer = ner / 1e6 / runs / words;
        System.out.printf(
                Locale.ROOT,
                "%d articles, %d words; per 800-word article: tagging pipeline %.1f ms, name finder %.1f ms"
                        + " (%.0f%% extra); %d names per pass%n",
                docs.size(),
                words,
                800 * perWordPipe,
                800 * perWordNer,
                100 * perWordNer / perWordPipe,
                names / runs);
    }

    private static List<List<Token>> sentences(OpenNlpPipeline pipeline, String text) {
        List<List<Token>> out = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                for (Sentence s : pipeline.sentences(text, new TextRange(start, start + line.length()))) {
                    out.add(s.tokens());
                }
            }
            start += line.length() + 1;
        }
        return out;
    }
}
