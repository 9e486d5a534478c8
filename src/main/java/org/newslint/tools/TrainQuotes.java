package org.newslint.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.quotes.QuoteCandidate;
import org.newslint.cli.Main;
import org.newslint.nlp.BinaryClassifier;
import org.newslint.nlp.quotes.QuoteModel;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.tools.eval.BratAttributions;
import org.newslint.tools.eval.Prf;
import org.newslint.tools.eval.QuoteScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslint train quotes}: trains the quote model (is this reported statement really someone's
 * quotation, or a term or scare quote?) on PolNeAR-style brat folders. The examples are the
 * analysis's own statements before the model decides, each labelled by whether {@code eval quotes}
 * would match it to a gold quotation; the L2 cost and the threshold are chosen by k-fold
 * cross-validation over documents for the F1 that {@code eval quotes} reports.
 */
@Command(
        name = "quotes",
        mixinStandardHelpOptions = true,
        description =
                "Train the quote model (is this quotation someone's statement, or a term?) on PolNeAR-style folders.")
final class TrainQuotes implements Callable<Integer> {
    @Option(
            names = "--train",
            required = true,
            paramLabel = "DIR",
            description = "A folder with text/ and attributions/ (e.g. ../shared/datasets/polnear/data/train).")
    Path train;

    @Option(
            names = "--folds",
            defaultValue = "5",
            description = "Cross-validation folds over documents (default: ${DEFAULT-VALUE}; 0 = none).")
    int folds;

    @Option(
            names = "--l2",
            split = ",",
            defaultValue = "0.5,1,2,4",
            description = "L2 cost(s) to compare by cross-validation (default: ${DEFAULT-VALUE}).")
    List<Double> l2;

    /** What a positive training example is: a statement {@code eval quotes} matches, or one that overlaps any gold quotation. */
    enum Label {
        MATCH,
        OVERLAP
    }

    @Option(
            names = "--label",
            split = ",",
            defaultValue = "MATCH,OVERLAP",
            description =
                    "Positive examples to compare by cross-validation: MATCH (eval quotes would match the statement) "
                            + "and/or OVERLAP (it overlaps a gold quotation, so boundary errors are not negatives) (default: ${DEFAULT-VALUE}).")
    List<Label> labels;

    @Option(
            names = "--cutoff",
            defaultValue = "2",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--iterations", defaultValue = "300", description = "Iteration cap (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(
            names = "--out",
            paramLabel = "MODEL.bin.gz",
            description = "Where to write the model trained on all of --train.")
    Path out;

    @Option(
            names = "--dump",
            paramLabel = "OUT.tsv",
            description =
                    "Write every statement with its label, cross-validated probability (at the chosen cost) and features, for error analysis.")
    Path dump;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One document's statements, whether each matches a gold quotation, and how many gold quotations it has. */
    record Doc(
            String name,
            String text,
            List<QuoteCandidate> candidates,
            boolean[] matched,
            boolean[] overlapping,
            int gold) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<BratAttributions.Doc> brat;
        try {
            brat = BratAttributions.read(train);
        } catch (IOException e) {
            err.println("newslint: " + e.getMessage()
                    + " (the shared datasets live in ../shared/datasets next to the project root)");
            return Main.USAGE;
        }
        long t0 = System.nanoTime();
        List<Doc> docs = featurise(
                Analyzer.Config.builder()
                        .freshTagging()
                        .claimModel(null)
                        .quoteModel(null)
                        .analyzer(),
                brat);
        long statements = docs.stream().mapToLong(d -> d.candidates().size()).sum();
        long matched = docs.stream().mapToLong(TrainQuotes::matchedCount).sum();
        long gold = docs.stream().mapToLong(Doc::gold).sum();
        err.printf(
                Locale.ROOT,
                "%d documents: %d statements (%d match a gold quotation), %d gold quotations; features in %.0f s%n",
                docs.size(),
                statements,
                matched,
                gold,
                (System.nanoTime() - t0) / 1e9);
        o.printf(
                Locale.ROOT,
                "keeping every statement: %s%n",
                new Prf(matched, statements - matched, gold - matched).format());

        double bestL2 = l2.get(0);
        Label bestLabel = labels.get(0);
        double bestThreshold = 0.5;
        if (folds > 1) {
            double bestF1 = -1;
            List<double[]> bestScores = null;
            for (Label label : labels) {
                for (double cost : l2) {
                    List<double[]> scores = crossValidated(docs, cost, label);
                    double t = bestThreshold(docs, scores);
                    Prf prf = prf(docs, scores, t);
                    o.printf(
                            Locale.ROOT,
                            "cv %s l2=%s: best threshold %.2f: %s; at 0.50: %s%n",
                            label,
                            cost,
                            t,
                            prf.format(),
                            prf(docs, scores, 0.5).format());
                    if (prf.f1() > bestF1) {
                        bestF1 = prf.f1();
                        bestL2 = cost;
                        bestLabel = label;
                        bestThreshold = t;
                        bestScores = scores;
                    }
                }
            }
            if (dump != null) {
                writeDump(docs, bestScores);
            }
            o.printf(
                    Locale.ROOT,
                    "chosen: %s l2=%s threshold %.2f (cv F1 %.3f)%n",
                    bestLabel,
                    bestL2,
                    bestThreshold,
                    bestF1);
        }
        QuoteModel model = QuoteModel.train(examples(docs, bestLabel), options(bestL2), bestThreshold);
        if (out != null) {
            try (OutputStream os = Files.newOutputStream(out)) {
                model.write(os);
            }
            err.printf(Locale.ROOT, "model %s, %,d bytes%n", out, Files.size(out));
        }
        o.flush();
        return 0;
    }

    /** Each document's statements with the analysis's features, labelled by the scorer's one-to-one match. */
    static List<Doc> featurise(Analyzer analyzer, List<BratAttributions.Doc> brat) {
        List<Doc> out = new ArrayList<>();
        for (BratAttributions.Doc d : brat) {
            Document document = new Document("file:///" + d.name() + ".txt", 0, d.text(), DocumentFormat.PLAIN_TEXT);
            List<QuoteCandidate> candidates =
                    analyzer.trace(document, Settings.defaults(), () -> false).quoteCandidates();
            List<QuoteScorer.Predicted> predicted = new ArrayList<>();
            for (QuoteCandidate c : candidates) {
                predicted.add(new QuoteScorer.Predicted(c.statement(), null, null));
            }
            List<QuoteScorer.Gold> gold = EvalQuotes.gold(d);
            boolean[] overlapping = new boolean[candidates.size()];
            for (int c = 0; c < overlapping.length; c++) {
                for (QuoteScorer.Gold g : gold) {
                    overlapping[c] |= g.range().overlaps(candidates.get(c).statement());
                }
            }
            out.add(new Doc(
                    d.name(),
                    d.text(),
                    candidates,
                    QuoteScorer.matchedPredictions(gold, predicted),
                    overlapping,
                    gold.size()));
        }
        return out;
    }

    /** Every document's statements scored by a model trained on the other folds (documents {@code i % folds}). */
    private List<double[]> crossValidated(List<Doc> docs, double cost, Label label) throws IOException {
        List<double[]> scores = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            scores.add(null);
        }
        for (int fold = 0; fold < folds; fold++) {
            List<Doc> fit = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % folds != fold) {
                    fit.add(docs.get(i));
                }
            }
            QuoteModel m = QuoteModel.train(examples(fit, label), options(cost), 0.5);
            for (int i = fold; i < docs.size(); i += folds) {
                List<QuoteCandidate> cs = docs.get(i).candidates();
                double[] p = new double[cs.size()];
                for (int c = 0; c < p.length; c++) {
                    p[c] = cs.get(c).alwaysKept()
                            ? 1.0
                            : m.probability(cs.get(c).features()); // as the analysis decides
                }
                scores.set(i, p);
            }
        }
        return scores;
    }

    private BinaryClassifier.Options options(double cost) {
        return new BinaryClassifier.Options(cost, cutoff, iterations);
    }

    static List<BinaryClassifier.Example> examples(List<Doc> docs, Label label) {
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (Doc d : docs) {
            for (int c = 0; c < d.candidates().size(); c++) {
                boolean positive = label == Label.MATCH ? d.matched()[c] : d.overlapping()[c];
                out.add(new BinaryClassifier.Example(d.candidates().get(c).features(), positive));
            }
        }
        return out;
    }

    /** The threshold (in steps of 0.01 from 0.01, lowest first on ties) with the best F1. */
    static double bestThreshold(List<Doc> docs, List<double[]> scores) {
        return Prf.bestThreshold(1, t -> prf(docs, scores, t));
    }

    /** Precision, recall and F1 as {@code eval quotes} reports them when statements below {@code threshold} are dropped. */
    static Prf prf(List<Doc> docs, List<double[]> scores, double threshold) {
        long tp = 0;
        long fp = 0;
        long gold = 0;
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            gold += d.gold();
            for (int c = 0; c < d.candidates().size(); c++) {
                if (scores.get(i)[c] >= threshold) {
                    if (d.matched()[c]) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
        }
        return new Prf(tp, fp, gold - tp);
    }

    private void writeDump(List<Doc> docs, List<double[]> scores) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            for (int c = 0; c < d.candidates().size(); c++) {
                QuoteCandidate q = d.candidates().get(c);
                lines.add(String.format(
                        Locale.ROOT,
                        "%s\t%s\t%.3f\t%s\t%s",
                        d.name(),
                        d.matched()[c] ? "quote" : "other",
                        scores.get(i)[c],
                        q.statement().of(d.text()).replaceAll("\\s+", " "),
                        String.join(" ", q.features())));
            }
        }
        Files.write(dump, lines, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long matchedCount(Doc d) {
        long n = 0;
        for (boolean b : d.matched()) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
