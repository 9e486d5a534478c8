package org.newslint.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newslint.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint eval sourcing-agreement DIR}: how far two annotators agree on the doubly labelled
 * sample ({@code labels/} against {@code labels-second/}), as observed agreement and Cohen's kappa, so
 * the agreement a label set's README reports can be recomputed.
 */
@Command(
        name = "sourcing-agreement",
        description = "Agreement (observed, Cohen's kappa) between labels/ and labels-second/ of a sourcing label set.")
final class EvalSourcingAgreement implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A label set with labels/ and labels-second/.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path second = dir.resolve("labels-second");
        if (!Files.isDirectory(second)) {
            spec.commandLine().getErr().println("newslint: " + second + ": no such folder");
            return Main.USAGE;
        }
        List<String[]> pairs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(second)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path f : files) {
            List<String> a = labels(dir.resolve("labels").resolve(f.getFileName()));
            List<String> b = labels(f);
            if (a.size() != b.size()) {
                spec.commandLine().getErr().println("newslint: " + f + ": unit counts differ");
                return Main.USAGE;
            }
            for (int i = 0; i < a.size(); i++) {
                pairs.add(new String[] {a.get(i), b.get(i)});
            }
        }
        out.printf(Locale.ROOT, "%d documents, %d units labelled twice%n", files.size(), pairs.size());
        report(out, "four labels   ", pairs, l -> l);
        report(out, "S vs rest     ", pairs, l -> l.equals("S") ? "S" : "-");
        report(out, "S|K vs A|N    ", pairs, l -> l.equals("S") || l.equals("K") ? "SK" : "AN");
        out.flush();
        return 0;
    }

    private static void report(PrintWriter out, String name, List<String[]> pairs, Function<String, String> map) {
        double[] k = kappa(pairs.stream()
                .map(p -> new String[] {map.apply(p[0]), map.apply(p[1])})
                .toList());
        out.printf(Locale.ROOT, "%s agreement %.3f  kappa %.3f%n", name, k[0], k[1]);
    }

    /** Observed agreement and Cohen's kappa of paired labels. */
    static double[] kappa(List<String[]> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return new double[] {0, 0};
        }
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        int same = 0;
        for (String[] p : pairs) {
            same += p[0].equals(p[1]) ? 1 : 0;
            counts.computeIfAbsent(p[0], x -> new int[2])[0]++;
            counts.computeIfAbsent(p[1], x -> new int[2])[1]++;
        }
        double observed = (double) same / n;
        double chance = 0;
        for (int[] c : counts.values()) {
            chance += ((double) c[0] / n) * ((double) c[1] / n);
        }
        return new double[] {observed, chance == 1 ? 1 : (observed - chance) / (1 - chance)};
    }

    private static List<String> labels(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                out.add(line.split("\t", -1)[1].strip());
            }
        }
        return out;
    }
}
