package org.newslint.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.newslint.nlp.ner.ConllCorpus;
import org.newslint.nlp.ner.RawTextTokenizer;
import org.newslint.nlp.ner.WordClusters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslint train clusters}: learns the word clusters the name finder uses from the raw tokens
 * of CoNLL-format files and raw text, and writes them with a provenance header, so the cluster file
 * committed next to the model can be rebuilt by one command.
 */
@Command(
        name = "clusters",
        mixinStandardHelpOptions = true,
        description = "Learn hierarchical word clusters (word → bit path) from raw tokens.")
final class TrainClusters implements Callable<Integer> {
    @Option(
            names = "--conll",
            arity = "0..*",
            paramLabel = "FILE",
            description = "CoNLL-format files; only the token column is read.")
    List<Path> conll = List.of();

    @Option(
            names = "--text",
            arity = "0..*",
            paramLabel = "PATH",
            description = "Raw text files or directories (*.txt), one sentence-ish per line.")
    List<Path> text = List.of();

    @Option(
            names = "--min-count",
            defaultValue = "3",
            description = "Cluster words seen at least this often (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(
            names = "--context-words",
            defaultValue = "2000",
            description = "Most frequent words used as contexts (default: ${DEFAULT-VALUE}).")
    int contextWords;

    @Option(
            names = "--dims",
            defaultValue = "256",
            description = "Random-projection dimensions (default: ${DEFAULT-VALUE}).")
    int dims;

    @Option(
            names = "--depth",
            defaultValue = "16",
            description = "Maximum bit-path length (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--seed", defaultValue = "20261129", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--method",
            defaultValue = "exchange",
            description =
                    "exchange (class-bigram exchange algorithm) or pddp (embedding bisection) (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(
            names = "--classes",
            split = ",",
            defaultValue = "64,256,1024",
            description = "Class counts for exchange (default: ${DEFAULT-VALUE}).")
    int[] classes;

    @Option(
            names = "--passes",
            defaultValue = "10",
            description = "Exchange passes over the vocabulary (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write 'word bitpath' lines.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        WordClusters wc = new WordClusters();
        for (Path f : conll) {
            for (ConllCorpus.Sentence s : ConllCorpus.read(f, UnaryOperator.identity())) {
                wc.add(s.tokens());
            }
        }
        List<Path> textFiles = new ArrayList<>();
        for (Path p : text) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> w = Files.walk(p)) {
                    w.filter(x -> x.toString().endsWith(".txt") && Files.isRegularFile(x))
                            .sorted()
                            .forEach(textFiles::add);
                }
            } else {
                textFiles.add(p);
            }
        }
        for (Path f : textFiles) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    List<String> tokens = RawTextTokenizer.tokenize(line);
                    if (!tokens.isEmpty()) {
                        wc.add(tokens);
                    }
                }
            }
        }
        long t1 = System.nanoTime();
        int words;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# newslint word clusters, method " + method
                    + (method.equals("exchange")
                            ? " classes " + java.util.Arrays.toString(classes) + " passes " + passes
                            : " dims " + dims + " depth " + depth)
                    + " min-count " + minCount + "; " + wc.tokenCount() + " tokens from " + conll + " and " + text
                    + "\n");
            words = method.equals("pddp")
                    ? wc.learn(minCount, contextWords, dims, depth, seed, w)
                    : wc.learnExchange(minCount, classes, passes, w, err::println);
        }
        long t2 = System.nanoTime();
        err.printf(
                Locale.ROOT,
                "%d tokens from %d CoNLL files and %d text files read in %.1f s; %d words clustered in %.1f s -> %s%n",
                wc.tokenCount(),
                conll.size(),
                textFiles.size(),
                (t1 - t0) / 1e9,
                words,
                (t2 - t1) / 1e9,
                out);
        return 0;
    }
}
