package org.newslint.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.claims.ClaimQuestion;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Main;
import org.newslint.nlp.claims.CheckWorthinessModel;
import org.newslint.text.Document;
import org.newslint.tools.eval.Prf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslint train claims}: trains the check-worthiness model on labelled sentences
 * (ClaimBuster two-class, optionally CheckThat!) from the features the analysis itself computes,
 * chooses the L2 cost and decision threshold by k-fold cross-validation on the training data
 * only, and writes the model trained on all of it.
 */
@Command(
        name = "claims",
        mixinStandardHelpOptions = true,
        description = "Train the check-worthiness model (is this sentence a checkable factual claim?).")
final class TrainClaims implements Callable<Integer> {
    @Option(
            names = "--train",
            required = true,
            paramLabel = "FILE",
            description = "ClaimBuster two-class training data (.json, .csv or .tsv with text and label).")
    Path train;

    @Option(
            names = "--extra",
            arity = "1..*",
            paramLabel = "FILE",
            description =
                    "More training sentences (CheckThat! .csv/.tsv with text,label, or 2018 .txt line/speaker/text/label); "
                            + "added to every fold's training part, never scored.")
    List<Path> extra = List.of();

    @Option(
            names = "--exclude",
            arity = "1..*",
            paramLabel = "FILE",
            description = "Held-out files: any training sentence whose text occurs in them is dropped.")
    List<Path> exclude = List.of();

    @Option(
            names = "--folds",
            defaultValue = "5",
            description = "Cross-validation folds on --train (default: ${DEFAULT-VALUE}; 0 = none).")
    int folds;

    @Option(
            names = "--l2",
            split = ",",
            defaultValue = "1.0",
            description = "L2 cost(s) to compare by cross-validation (default: ${DEFAULT-VALUE}).")
    List<Double> l2;

    @Option(
            names = "--cutoff",
            defaultValue = "1",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--iterations", defaultValue = "200", description = "Iteration cap (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(
            names = "--without",
            split = ",",
            paramLabel = "PREFIX",
            description = "Leave out features starting with these prefixes (ablation), e.g. b=,l=,r:")
    List<String> without = List.of();

    /** The decision as shipped, and two ablations of it printed next to it. */
    private enum Variant {
        SHIPPED,
        NO_RESCUE,
        KINDS_ALWAYS
    }

    @Option(
            names = "--eval",
            arity = "1..*",
            paramLabel = "FILE",
            description = "Score the final model on these held-out files.")
    List<Path> eval = List.of();

    @Option(
            names = "--out",
            paramLabel = "MODEL.bin.gz",
            description = "Where to write the model trained on all of --train (and --extra).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One labelled text with the candidates the analysis found in it. */
    /** A question the analysis put to the model, with its features computed once for every fold. */
    private record Candidate(ClaimQuestion question, List<String> features) {
        static Candidate of(ClaimQuestion question) {
            return new Candidate(question, question.features());
        }

        boolean isCheckWorthy(double probability, double threshold) {
            return question.isCheckWorthy(probability, threshold);
        }

        org.newslint.analysis.model.NonClaimReason ruleReason() {
            return question.ruleReason();
        }

        ClaimKind kind() {
            return question.kind();
        }
    }

    private record Item(String text, boolean claim, List<Candidate> candidates) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : concat(List.of(train), extra, exclude, eval)) {
            if (!Files.isRegularFile(f)) {
                err.println("newslint: " + f + ": no such file (the shared datasets live in ../shared/datasets)");
                return Main.USAGE;
            }
        }
        Set<String> excluded = new HashSet<>();
        for (Path f : exclude) {
            for (EvalClaims.Example e : read(f)) {
                excluded.add(key(e.text()));
            }
        }
        Analyzer analyzer = Analyzer.Config.builder()
                .withoutNameModel()
                .freshTagging()
                .claimModel(null)
                .analyzer();
        long t0 = System.nanoTime();
        List<Item> trainItems = featurise(analyzer, read(train), excluded);
        List<Item> extraItems = new ArrayList<>();
        for (Path f : extra) {
            extraItems.addAll(featurise(analyzer, read(f), excluded));
        }
        err.printf(
                Locale.ROOT,
                "%d training texts (%d claims), %d extra (%d claims); features in %.0f s%n",
                trainItems.size(),
                trainItems.stream().filter(Item::claim).count(),
                extraItems.size(),
                extraItems.stream().filter(Item::claim).count(),
                (System.nanoTime() - t0) / 1e9);

        double bestL2 = l2.get(0);
        double bestThreshold = 0.5;
        if (folds > 1) {
            double bestF1 = -1;
            for (double cost : l2) {
                List<Item> scored = new ArrayList<>();
                List<double[]> scores = new ArrayList<>();
                for (int fold = 0; fold < folds; fold++) {
                    List<Item> fit = new ArrayList<>(extraItems);
                    List<Item> held = new ArrayList<>();
                    for (int i = 0; i < trainItems.size(); i++) {
                        (i % folds == fold ? held : fit).add(trainItems.get(i));
                    }
                    CheckWorthinessModel m = CheckWorthinessModel.train(examples(fit), options(cost), 0.5);
                    for (Item it : held) {
                        scored.add(it);
                        scores.add(probabilities(m, it));
                    }
                }
                for (Variant v : List.of(Variant.NO_RESCUE, Variant.KINDS_ALWAYS)) {
                    double t = bestThreshold(scored, scores, v);
                    o.printf(
                            Locale.ROOT,
                            "cv l2=%s, ablation %s: best threshold %.2f: %s%n",
                            cost,
                            v,
                            t,
                            prf(scored, scores, t, v).format());
                }
                double best = bestThreshold(scored, scores, Variant.SHIPPED);
                double f1 = prf(scored, scores, best, Variant.SHIPPED).f1();
                o.printf(
                        Locale.ROOT,
                        "cv l2=%s: best threshold %.2f: %s; at 0.50: %s%n",
                        cost,
                        best,
                        prf(scored, scores, best, Variant.SHIPPED).format(),
                        prf(scored, scores, 0.5, Variant.SHIPPED).format());
                if (f1 > bestF1) {
                    bestF1 = f1;
                    bestL2 = cost;
                    bestThreshold = best;
                }
            }
            o.printf(Locale.ROOT, "chosen: l2=%s threshold %.2f (cv F1 %.3f)%n", bestL2, bestThreshold, bestF1);
        }
        List<Item> all = new ArrayList<>(trainItems);
        all.addAll(extraItems);
        CheckWorthinessModel model = CheckWorthinessModel.train(examples(all), options(bestL2), bestThreshold);
        if (out != null) {
            try (OutputStream os = Files.newOutputStream(out)) {
                model.write(os);
            }
            err.printf(Locale.ROOT, "model %s, %,d bytes%n", out, Files.size(out));
        }
        for (Path f : eval) {
            List<Item> items = featurise(analyzer, read(f), Set.of());
            List<double[]> scores = new ArrayList<>();
            for (Item it : items) {
                scores.add(probabilities(model, it));
            }
            o.printf(
                    Locale.ROOT,
                    "%s: threshold %.2f: %s%n",
                    f.getFileName(),
                    bestThreshold,
                    prf(items, scores, bestThreshold, Variant.SHIPPED).format());
        }
        o.flush();
        return 0;
    }

    private CheckWorthinessModel.Options options(double cost) {
        return new CheckWorthinessModel.Options(cost, cutoff, iterations);
    }

    private List<CheckWorthinessModel.Example> examples(List<Item> items) {
        List<CheckWorthinessModel.Example> out = new ArrayList<>();
        for (Item it : items) {
            for (Candidate c : it.candidates()) {
                out.add(new CheckWorthinessModel.Example(kept(c.features()), it.claim()));
            }
        }
        return out;
    }

    private List<String> kept(List<String> features) {
        if (without.isEmpty()) {
            return features;
        }
        List<String> out = new ArrayList<>();
        for (String f : features) {
            if (without.stream().noneMatch(f::startsWith)) {
                out.add(f);
            }
        }
        return out;
    }

    private double[] probabilities(CheckWorthinessModel m, Item it) {
        double[] p = new double[it.candidates().size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = m.probability(kept(it.candidates().get(i).features()));
        }
        return p;
    }

    /** The threshold (in steps of 0.01 from 0.05) with the best F1. */
    private static double bestThreshold(List<Item> items, List<double[]> scores, Variant v) {
        return Prf.bestThreshold(5, t -> prf(items, scores, t, v));
    }

    /** Scores texts as {@code eval claims} does: a text is a claim when any of its sentences is. */
    private static Prf prf(List<Item> items, List<double[]> scores, double threshold, Variant v) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            boolean predicted = false;
            for (int c = 0; c < it.candidates().size(); c++) {
                Candidate candidate = it.candidates().get(c);
                boolean checkWorthy = candidate.isCheckWorthy(scores.get(i)[c], threshold);
                predicted |= switch (v) {
                    case SHIPPED -> checkWorthy;
                    case NO_RESCUE -> candidate.ruleReason() == null && checkWorthy;
                    // what unattributed-claim flags as a warning
                    case KINDS_ALWAYS ->
                        checkWorthy || candidate.ruleReason() == null && candidate.kind() != ClaimKind.ASSERTION;
                };
            }
            if (predicted && it.claim()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (it.claim()) {
                fn++;
            }
        }
        return new Prf(tp, fp, fn);
    }

    private static List<Item> featurise(Analyzer analyzer, List<EvalClaims.Example> examples, Set<String> excluded) {
        List<Item> out = new ArrayList<>();
        for (EvalClaims.Example e : examples) {
            if (!excluded.contains(key(e.text()))) {
                out.add(new Item(
                        e.text(),
                        e.claim(),
                        analyzer
                                .trace(Document.of(e.text()), Settings.defaults(), () -> false)
                                .claimQuestions()
                                .stream()
                                .map(Candidate::of)
                                .toList()));
            }
        }
        return out;
    }

    /** Text compared without case, punctuation or spacing, to find the same sentence in two files. */
    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** ClaimBuster/CheckThat! files; CheckThat! 2018's .txt has no header: line, speaker, text, label. */
    private static List<EvalClaims.Example> read(Path f) throws IOException {
        if (!f.getFileName().toString().endsWith(".txt")) {
            return EvalClaims.read(f);
        }
        List<EvalClaims.Example> out = new ArrayList<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length == 4) {
                out.add(new EvalClaims.Example(cols[2], cols[3].strip().equals("1")));
            }
        }
        return out;
    }

    @SafeVarargs
    private static List<Path> concat(List<Path>... lists) {
        List<Path> out = new ArrayList<>();
        for (List<Path> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
