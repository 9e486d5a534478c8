package org.newslint.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.newslint.cli.Main;
import org.newslint.nlp.ner.ConllCorpus;
import org.newslint.nlp.ner.ConllEvaluator;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.nlp.ner.NerTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslint train ner}: trains the English name finder from CoNLL-format files (and
 * optionally GMB, with its tags mapped to CoNLL's four types), with newslint's feature descriptor,
 * gazetteers and word clusters, and writes the model. {@code --dev} scores it right away.
 */
@Command(
        name = "ner",
        mixinStandardHelpOptions = true,
        description = "Train the name finder (PER, ORG, LOC, MISC) from CoNLL-format files.")
final class TrainNer implements Callable<Integer> {
    @Option(
            names = "--train",
            arity = "1..*",
            required = true,
            paramLabel = "FILE",
            description = "CoNLL-format training files (IOB1 or IOB2).")
    List<Path> train;

    @Option(
            names = "--gmb",
            paramLabel = "FILE",
            description =
                    "Also train on GMB (token POS tag), tags mapped per→PER, org→ORG, geo/gpe→LOC, art/eve/nat→MISC.")
    Path gmb;

    @Option(
            names = "--gmb-gazetteer",
            paramLabel = "FILE",
            description = "Harvest gazetteer lists from GMB's annotated names (without training on GMB).")
    Path gmbGazetteer;

    @Option(
            names = "--clusters",
            arity = "1..2",
            paramLabel = "FILE",
            description = "One or two word-cluster files ('word labels' per line, from 'newslint train clusters').")
    List<Path> clusters = List.of();

    @Option(names = "--no-gazetteers", description = "Leave out the gazetteer features.")
    boolean noGazetteers;

    @Option(
            names = "--features",
            defaultValue = "newslint",
            description = "newslint (our descriptor) or default (OpenNLP's) (default: ${DEFAULT-VALUE}).")
    String features;

    @Option(
            names = "--descriptor",
            paramLabel = "FILE",
            description = "An experimental feature descriptor instead of the built-in one.")
    Path descriptor;

    @Option(
            names = "--codec",
            defaultValue = "bilou",
            description = "Outcome coding: bio or bilou (default: ${DEFAULT-VALUE}).")
    String codec;

    @Option(
            names = "--algorithm",
            defaultValue = "perceptron",
            description =
                    "perceptron, perceptron-sequence (structured perceptron over whole sentences) or maxent (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(
            names = "--iterations",
            defaultValue = "100",
            description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(
            names = "--cutoff",
            defaultValue = "1",
            description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(
            names = "--threads",
            defaultValue = "1",
            description = "Threads for maxent training (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(
            names = "--beam",
            defaultValue = "3",
            description = "Beam size stored in the model (default: ${DEFAULT-VALUE}).")
    int beam;

    @Option(
            names = "--dev",
            arity = "1..*",
            paramLabel = "FILE",
            description = "Score the new model on these CoNLL files.")
    List<Path> dev = List.of();

    @Option(
            names = "--cv",
            paramLabel = "K",
            description = "Cross-validate first: split the training documents (at -DOCSTART-) into K folds, train on"
                    + " K-1 and score the one left out, and print the pooled figures (0 = no cross-validation).")
    int cv;

    @Option(
            names = "--iso-codes",
            paramLabel = "DIR",
            description = "Add gazetteers from Debian's iso-codes JSON (e.g. /usr/share/iso-codes/json):"
                    + " ISO 3166-1 country and ISO 3166-2 subdivision names (LGPL-2.1+).")
    Path isoCodes;

    @Option(
            names = "--out",
            paramLabel = "MODEL.bin",
            description = "Where to write the model (trained on all the training data; optional with --cv).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static List<ConllCorpus.Sentence> readGmb(Path file) throws IOException {
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        for (ConllCorpus.Sentence s : ConllCorpus.read(file, ConllCorpus::gmbTag)) {
            // GMB has no document boundaries: every sentence stands alone
            out.add(new ConllCorpus.Sentence(s.tokens(), s.tags(), true));
        }
        return out;
    }

    /**
     * K-fold cross-validation over whole documents (document d goes to fold d mod K, so folds mix
     * the file's order), scoring each fold's model as {@code eval ner} does and pooling the counts.
     */
    private void crossValidate(
            List<ConllCorpus.Sentence> sentences,
            List<ConllCorpus.Sentence> gazetteerSource,
            NerTrainer.Options opts,
            PrintWriter o,
            PrintWriter err)
            throws IOException {
        List<List<ConllCorpus.Sentence>> documents = ConllCorpus.documents(sentences);
        ConllEvaluator pooled = new ConllEvaluator();
        ConllEvaluator pooledConsistent = new ConllEvaluator();
        List<Double> foldF1 = new ArrayList<>();
        long start = System.nanoTime();
        for (int k = 0; k < cv; k++) {
            long t = System.nanoTime();
            List<ConllCorpus.Sentence> trainPart = new ArrayList<>();
            List<ConllCorpus.Sentence> heldOut = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                (d % cv == k ? heldOut : trainPart).addAll(documents.get(d));
            }
            Path tmp = Files.createTempFile("newslint-ner-fold", ".bin");
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    NerTrainer.train(trainPart, gazetteerSource, opts, os, line -> {});
                }
                NameFinder finder = NameFinder.load(tmp);
                ConllEvaluator fold = EvalNer.scoreSentences(finder.withConsistency(false), heldOut);
                EvalNer.score(finder.withConsistency(false), heldOut, pooled);
                EvalNer.score(finder.withConsistency(true), heldOut, pooledConsistent);
                foldF1.add(100 * fold.overall().f1());
                err.printf(
                        Locale.ROOT,
                        "fold %d/%d: %d sentences held out, F1 %.2f (%.0f s)%n",
                        k + 1,
                        cv,
                        heldOut.size(),
                        100 * fold.overall().f1(),
                        (System.nanoTime() - t) / 1e9);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        double mean = foldF1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sd = Math.sqrt(
                foldF1.stream().mapToDouble(f -> (f - mean) * (f - mean)).sum() / Math.max(1, foldF1.size() - 1));
        o.printf(
                Locale.ROOT,
                "cross-validation, %d document folds (%d documents): pooled F1 %.2f; fold mean %.2f, sd %.2f; %.0f s%n",
                cv,
                documents.size(),
                100 * pooled.overall().f1(),
                mean,
                sd,
                (System.nanoTime() - start) / 1e9);
        o.print(pooled.report());
        o.printf(
                Locale.ROOT,
                "the same folds decoded with document-level consistency (DocumentConsistency): pooled F1 %.2f%n",
                100 * pooledConsistent.overall().f1());
        o.print(pooledConsistent.report());
        o.flush();
    }

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!algorithm.equals("perceptron")
                && !algorithm.equals("perceptron-sequence")
                && !algorithm.equals("maxent")) {
            err.println("newslint: --algorithm must be perceptron, perceptron-sequence or maxent");
            return Main.USAGE;
        }
        if (out == null && cv <= 0) {
            err.println("newslint: --out is required unless --cv is given");
            return Main.USAGE;
        }
        if (cv == 1 || cv < 0) {
            err.println("newslint: --cv needs at least 2 folds");
            return Main.USAGE;
        }
        if (!features.equals("newslint") && !features.equals("default")) {
            err.println("newslint: --features must be newslint or default");
            return Main.USAGE;
        }
        try {
            long t0 = System.nanoTime();
            List<ConllCorpus.Sentence> sentences = new ArrayList<>();
            for (Path f : train) {
                sentences.addAll(ConllCorpus.read(f, UnaryOperator.identity()));
            }
            int conll = sentences.size();
            List<ConllCorpus.Sentence> gmbSentences = gmb == null ? null : readGmb(gmb);
            if (gmbSentences != null) {
                sentences.addAll(gmbSentences);
            }
            List<ConllCorpus.Sentence> gazetteerSource =
                    gmbGazetteer == null ? null : gmbGazetteer.equals(gmb) ? gmbSentences : readGmb(gmbGazetteer);
            err.printf(
                    "training on %d sentences (%d CoNLL, %d GMB)%n", sentences.size(), conll, sentences.size() - conll);
            Map<String, Path> clusterFiles = new LinkedHashMap<>();
            for (int i = 0; i < clusters.size(); i++) {
                clusterFiles.put(
                        i == 0 ? "wordclusters.clusters" : "wordclusters" + (i + 1) + ".clusters", clusters.get(i));
            }
            NerTrainer.Options opts = new NerTrainer.Options(
                    algorithm,
                    iterations,
                    cutoff,
                    threads,
                    features.equals("default"),
                    !noGazetteers,
                    clusterFiles,
                    beam,
                    descriptor,
                    codec,
                    isoCodes);
            if (cv > 0) {
                if (gmbSentences != null) {
                    err.println("newslint: --cv folds the CoNLL documents only; leave out --gmb");
                    return Main.USAGE;
                }
                crossValidate(sentences, gazetteerSource, opts, o, err);
                if (out == null) {
                    o.flush();
                    return 0;
                }
                t0 = System.nanoTime();
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                NerTrainer.train(sentences, gazetteerSource, opts, os, err::println);
            }
            long t1 = System.nanoTime();
            err.printf(
                    Locale.ROOT, "trained in %.1f s; model %s, %.1f MB%n", (t1 - t0) / 1e9, out, Files.size(out) / 1e6);
            if (!dev.isEmpty()) {
                ConllEvaluator e = EvalNer.score(NameFinder.load(out), dev);
                o.print(e.report());
            }
            o.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            e.printStackTrace(err);
            err.println("newslint: " + e.getMessage());
            return Main.USAGE;
        }
    }
}
