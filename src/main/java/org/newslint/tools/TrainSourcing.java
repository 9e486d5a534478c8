package org.newslint.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.ClaimType;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Sourcing;
import org.newslint.analysis.sourcing.ClaimDescriber;
import org.newslint.analysis.sourcing.SourcingDecider;
import org.newslint.analysis.sourcing.SourcingFeatures;
import org.newslint.cli.Main;
import org.newslint.nlp.BinaryClassifier;
import org.newslint.nlp.sourcing.SourcingModel;
import org.newslint.text.TextRange;
import org.newslint.tools.eval.Prf;
import org.newslint.tools.eval.SourcingLabels;
import org.newslint.tools.eval.SourcingLabels.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint train sourcing DIR --texts TEXTS --out DIR}: trains the sourcing decision on a
 * labelled train set. Settings (L2 cost, feature cutoff) and both thresholds are chosen by
 * cross-validation with whole documents held out: the "needs a source" threshold for the best F1
 * (findings of information severity and up), the warning threshold for the best F-beta ({@code
 * --beta} 0.5: precision counts twice, as an editor's trust does), the claim threshold (public-record
 * hints) as low as it can be while its hints add at most {@code --hint-noise} of attributed and
 * non-claim sentences to those with a finding. Settings are chosen by F1. No dev data is read.
 */
@Command(
        name = "sourcing",
        description =
                "Train the sourcing decision (needs a source / checkable claim) with document-fold cross-validation.")
final class TrainSourcing extends DatasetCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A label set with units/ and labels/, e.g. data/sourcing/train.")
    Path dir;

    @Option(names = "--texts", paramLabel = "DIR", description = "The article texts (default DIR/text).")
    Path texts;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the two model files.")
    Path out;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(
            names = "--beta",
            defaultValue = "0.5",
            description =
                    "The needs-a-source threshold maximises cross-validated F-beta; below 1 favours precision (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(
            names = "--hint-noise",
            defaultValue = "0.01",
            description =
                    "Share of A and N sentences that public-record hints may add, in cross-validation (default ${DEFAULT-VALUE}).")
    double hintNoise;

    @Option(names = "--l2", split = ",", description = "L2 costs to try (default 0.3,1,3,10).")
    List<Double> l2s = List.of(0.3, 1.0, 3.0, 10.0);

    @Option(names = "--cutoff", split = ",", description = "Feature cutoffs to try (default 1,2,3).")
    List<Integer> cutoffs = List.of(1, 2, 3);

    @Option(
            names = "--dump",
            paramLabel = "FILE",
            description = "Write every unit's label and features (for error analysis).")
    Path dump;

    /** A labelled unit: the model's example, the gold label, and what the decision reads besides the model. */
    private record Labelled(SourcingModel.Example example, Label label, SentenceInfo sentence, ClaimType type) {}

    @Override
    Supplier<SourcingModel> sourcingModel() {
        return null; // the features are read before any sourcing decision
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        List<SourcingLabels.Doc> docs;
        try {
            docs = SourcingLabels.read(dir, texts);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("newslint: " + e.getMessage());
            return Main.USAGE;
        }
        SourcingFeatures features = new SourcingFeatures(Lexicons.shared());
        List<List<Labelled>> byDoc = new ArrayList<>();
        for (SourcingLabels.Doc doc : docs) {
            byDoc.add(examples(doc, analyse(doc.name(), doc.text()), features));
        }
        if (dump != null) {
            List<String> lines = new ArrayList<>();
            for (int d = 0; d < byDoc.size(); d++) {
                for (Labelled l : byDoc.get(d)) {
                    lines.add(docs.get(d).name() + "\t" + l.label() + "\t"
                            + String.join(" ", l.example().features()));
                }
            }
            java.nio.file.Files.write(dump, lines);
        }
        int units = byDoc.stream().mapToInt(List::size).sum();
        log.printf(
                Locale.ROOT,
                "%d documents, %d units; %d-fold cross-validation by document%n",
                docs.size(),
                units,
                folds);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < byDoc.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(20261204));
        int[] fold = new int[byDoc.size()];
        for (int k = 0; k < order.size(); k++) {
            fold[order.get(k)] = k % folds;
        }
        Choice best = null;
        for (double l2 : l2s) {
            for (int cutoff : cutoffs) {
                BinaryClassifier.Options options = new BinaryClassifier.Options(l2, cutoff, 300);
                Choice c = crossValidate(byDoc, fold, options);
                log.println(c.describe(beta));
                log.flush();
                if (best == null || c.atNeedsSource.f1() > best.atNeedsSource.f1()) {
                    best = c;
                }
            }
        }
        String chosen = "chosen by " + folds + "-fold cross-validation on " + dir.getFileName() + " (" + units
                + " units): " + best.describe(beta);
        log.println(chosen);
        if (out != null) {
            List<SourcingModel.Example> all = new ArrayList<>();
            byDoc.forEach(d -> d.forEach(l -> all.add(l.example())));
            SourcingModel.train(
                            all,
                            best.options,
                            new SourcingModel.Thresholds(
                                    best.warningThreshold, best.needsSourceThreshold, best.claimThreshold))
                    .write(out, "newslint train sourcing; " + chosen);
            log.println("model written to " + out);
        }
        log.flush();
        return 0;
    }

    /** The labelled units of a document with their sentence's features (the sentence with the same range, else the one overlapping most). */
    private static List<Labelled> examples(SourcingLabels.Doc doc, ArticleAnalysis a, SourcingFeatures features) {
        List<List<String>> f = features.of(a);
        List<Labelled> out = new ArrayList<>();
        for (SourcingLabels.Unit u : doc.units()) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < a.sentences().size(); i++) {
                SentenceInfo s = a.sentences().get(i);
                int overlap = overlap(s.range(), u.range());
                if (overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                continue;
            }
            boolean s = u.label() == Label.S;
            SentenceInfo sentence = a.sentences().get(best);
            out.add(new Labelled(
                    new SourcingModel.Example(f.get(best), s, s || u.label() == Label.K),
                    u.label(),
                    sentence,
                    DESCRIBER.describe(a, sentence).type()));
        }
        return out;
    }

    private static final ClaimDescriber DESCRIBER = new ClaimDescriber();

    private static int overlap(TextRange a, TextRange b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static final class Choice {
        BinaryClassifier.Options options;
        double needsSourceThreshold;
        double warningThreshold;
        Prf atNeedsSource;
        Prf atWarning;
        double claimThreshold;
        double warningNoise;
        double noise;
        double kHinted;
        Prf decisionWarning;
        Prf decisionAny;
        double decisionNoise;

        String describe(double beta) {
            return String.format(
                    Locale.ROOT,
                    "l2 %s cutoff %d | any (F1) t %.2f: %s | warning (F%.1f) t %.2f: %s | claim t %.2f | A/N with a warning %.3f, with any finding %.3f | K hinted %.3f%n"
                            + "    the decision: warning/S %s | unattributed-claim any severity/S %s | A/N with any finding %.3f",
                    options.l2(),
                    options.cutoff(),
                    needsSourceThreshold,
                    atNeedsSource.format(),
                    beta,
                    warningThreshold,
                    atWarning.format(),
                    claimThreshold,
                    warningNoise,
                    noise,
                    kHinted,
                    decisionWarning.format(),
                    decisionAny.format(),
                    decisionNoise);
        }
    }

    private Choice crossValidate(List<List<Labelled>> byDoc, int[] fold, BinaryClassifier.Options options)
            throws IOException {
        List<double[]> scored = new ArrayList<>(); // needs-source probability, claim probability
        List<Label> gold = new ArrayList<>();
        List<Labelled> units = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            List<SourcingModel.Example> train = new ArrayList<>();
            for (int d = 0; d < byDoc.size(); d++) {
                if (fold[d] != k) {
                    byDoc.get(d).forEach(l -> train.add(l.example()));
                }
            }
            SourcingModel model = SourcingModel.train(train, options, new SourcingModel.Thresholds(0.5, 0.5, 0.5));
            for (int d = 0; d < byDoc.size(); d++) {
                if (fold[d] == k) {
                    for (Labelled l : byDoc.get(d)) {
                        scored.add(new double[] {
                            model.needsSource(l.example().features()),
                            model.claim(l.example().features())
                        });
                        gold.add(l.label());
                        units.add(l);
                    }
                }
            }
        }
        Choice c = new Choice();
        c.options = options;
        c.needsSourceThreshold = Prf.bestThreshold(5, 1, t -> needsSourcePrf(scored, gold, t));
        c.warningThreshold =
                Math.max(c.needsSourceThreshold, Prf.bestThreshold(5, beta, t -> needsSourcePrf(scored, gold, t)));
        c.atNeedsSource = needsSourcePrf(scored, gold, c.needsSourceThreshold);
        c.atWarning = needsSourcePrf(scored, gold, c.warningThreshold);
        double findingsAlone = noise(scored, gold, c.needsSourceThreshold, 2);
        c.claimThreshold = 0.99;
        for (int p = 99; p >= 5; p--) {
            if (noise(scored, gold, c.needsSourceThreshold, p / 100.0) > findingsAlone + hintNoise) {
                break;
            }
            c.claimThreshold = p / 100.0;
        }
        c.warningNoise = noise(scored, gold, c.warningThreshold, 2);
        c.noise = noise(scored, gold, c.needsSourceThreshold, c.claimThreshold);
        int k = 0;
        int kHinted = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i) == Label.K) {
                k++;
                kHinted += scored.get(i)[0] < c.needsSourceThreshold && scored.get(i)[1] >= c.claimThreshold ? 1 : 0;
            }
        }
        c.kHinted = k == 0 ? 0 : (double) kHinted / k;
        // the whole decision, as SourcingDecider makes it: layout, tiers, named actors' actions
        SourcingModel.Thresholds t =
                new SourcingModel.Thresholds(c.warningThreshold, c.needsSourceThreshold, c.claimThreshold);
        Prf.Counter warning = new Prf.Counter();
        Prf.Counter any = new Prf.Counter();
        int an = 0;
        int anFlagged = 0;
        for (int i = 0; i < gold.size(); i++) {
            Sourcing.Need need = SourcingDecider.need(
                    units.get(i).sentence(),
                    scored.get(i)[0],
                    scored.get(i)[1],
                    units.get(i).type(),
                    t);
            boolean s = gold.get(i) == Label.S;
            warning.add(s, need == Sourcing.Need.NEEDS_SOURCE);
            any.add(s, need != Sourcing.Need.NONE && need != Sourcing.Need.PUBLIC_RECORD);
            if (gold.get(i) == Label.A || gold.get(i) == Label.N) {
                an++;
                anFlagged += need != Sourcing.Need.NONE ? 1 : 0;
            }
        }
        c.decisionWarning = warning.prf();
        c.decisionAny = any.prf();
        c.decisionNoise = an == 0 ? 0 : (double) anFlagged / an;
        return c;
    }

    private static Prf needsSourcePrf(List<double[]> scored, List<Label> gold, double threshold) {
        Prf.Counter counter = new Prf.Counter();
        for (int i = 0; i < gold.size(); i++) {
            counter.add(gold.get(i) == Label.S, scored.get(i)[0] >= threshold);
        }
        return counter.prf();
    }

    /** The share of A and N units that get a finding of any severity at these thresholds. */
    private static double noise(List<double[]> scored, List<Label> gold, double needsSource, double claim) {
        int an = 0;
        int flagged = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i) == Label.A || gold.get(i) == Label.N) {
                an++;
                flagged += scored.get(i)[0] >= needsSource || scored.get(i)[1] >= claim ? 1 : 0;
            }
        }
        return an == 0 ? 0 : (double) flagged / an;
    }
}
