package org.newslint.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.newslint.cli.Main;
import org.newslint.nlp.ner.ConllCorpus;
import org.newslint.nlp.ner.ConllEvaluator;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.nlp.ner.NameSpan;
import org.newslint.nlp.ner.Tags;
import org.newslint.tools.eval.GumNer;
import org.newslint.tools.eval.NerErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint eval ner}: runs the name finder over CoNLL-format gold files (on their own
 * tokens) and prints conlleval's exact-match precision, recall and F1 per type and micro overall.
 */
@Command(
        name = "ner",
        mixinStandardHelpOptions = true,
        description = "Score the name finder on CoNLL-format files (IOB1, IOB2 or IO), conlleval-style.")
final class EvalNer implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "FILE",
            description = "Gold files: token first, tag last; -DOCSTART- separates documents.")
    List<Path> files = List.of();

    @Option(names = "--model", paramLabel = "MODEL.bin", description = "A model file instead of the shipped model.")
    Path model;

    @Option(names = "--predictions", paramLabel = "OUT", description = "Write 'token gold predicted' lines here.")
    Path predictions;

    @Option(
            names = "--gmb-tags",
            description = "Map GMB tags (per, org, geo, gpe, art, eve, nat) to CoNLL's four types first.")
    boolean gmbTags;

    @Option(
            names = "--gum",
            paramLabel = "DIR",
            description = "Also score on GUM Wikinews (../shared/datasets/gum-wikinews), its entity mentions"
                    + " mapped to PER/ORG/LOC/MISC as docs/EVALUATION.md describes.")
    Path gum;

    @Option(
            names = "--write-gold",
            paramLabel = "OUT",
            description = "With --gum: write the converted GUM gold file (token tag, IOB2) here.")
    Path writeGold;

    @Option(
            names = "--types",
            split = ",",
            paramLabel = "TYPE",
            description = "Score only these types (others become O in gold and prediction), e.g. PER,ORG,LOC.")
    List<String> types;

    @Option(
            names = "--errors",
            description = "Also list the errors grouped by kind (boundary, type, missed, spurious) and confusion.")
    boolean errors;

    @Option(
            names = "--examples",
            defaultValue = "6",
            paramLabel = "N",
            description = "Examples per confusion with --errors (default: ${DEFAULT-VALUE}).")
    int examples;

    @Option(
            names = "--consistency",
            negatable = true,
            description =
                    "Make types consistent within each document (DocumentConsistency); default: as the product does.")
    Boolean consistency;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private List<String> keep(List<String> tags) {
        if (types == null) {
            return tags;
        }
        List<String> out = new java.util.ArrayList<>(tags.size());
        for (String t : tags) {
            out.add(t.length() > 2 && types.contains(t.substring(2)) ? t : "O");
        }
        return out;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            long t0 = System.nanoTime();
            NameFinder finder = model == null ? NameFinder.shared() : NameFinder.load(model);
            if (consistency != null) {
                finder = finder.withConsistency(consistency);
            }
            long loaded = System.nanoTime();
            UnaryOperator<String> map = gmbTags ? ConllCorpus::gmbTag : UnaryOperator.identity();
            ConllEvaluator eval = new ConllEvaluator();
            BufferedWriter pred =
                    predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
            NerErrors errs = new NerErrors();
            long tagging = 0;
            if (files.isEmpty() && gum == null) {
                err.println("newslint: give CoNLL files or --gum DIR");
                return Main.USAGE;
            }
            List<List<ConllCorpus.Sentence>> inputs = new java.util.ArrayList<>();
            for (Path file : files) {
                inputs.add(ConllCorpus.read(file, map));
            }
            if (gum != null) {
                List<ConllCorpus.Sentence> gold = GumNer.read(gum);
                if (writeGold != null) {
                    GumNer.write(gold, writeGold);
                }
                inputs.add(gold);
            }
            for (List<ConllCorpus.Sentence> sentences : inputs) {
                boolean iob1 = Tags.looksIob1(sentences);
                for (List<ConllCorpus.Sentence> document : ConllCorpus.documents(sentences)) {
                    if (document.get(0).documentStart() && pred != null) {
                        pred.write("-DOCSTART- O O\n\n");
                    }
                    long a = System.nanoTime();
                    List<List<NameSpan>> found = finder.findInDocumentTokens(tokensOf(document));
                    tagging += System.nanoTime() - a;
                    for (int k = 0; k < document.size(); k++) {
                        ConllCorpus.Sentence s = document.get(k);
                        List<String> tags =
                                keep(Tags.of(found.get(k), s.tokens().size(), iob1));
                        List<String> goldTags = keep(s.tags());
                        eval.add(goldTags, tags);
                        errs.add(s.tokens(), goldTags, tags);
                        if (pred != null) {
                            for (int i = 0; i < tags.size(); i++) {
                                pred.write(s.tokens().get(i) + " " + goldTags.get(i) + " " + tags.get(i) + "\n");
                            }
                            pred.write("\n");
                        }
                    }
                }
            }
            if (pred != null) {
                pred.close();
            }
            out.print(eval.report());
            if (errors) {
                out.println();
                out.print(errs.report(examples));
            }
            err.printf(
                    Locale.ROOT,
                    "model loaded in %.2f s; tagging %.1f s (%.3f ms per token)%n",
                    (loaded - t0) / 1e9,
                    tagging / 1e9,
                    tagging / 1e6 / Math.max(1, eval.tokens()));
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("newslint: " + e.getMessage());
            return Main.USAGE;
        }
    }

    /** Scores a model on files and returns the evaluator; used by {@code train ner --dev}. */
    static ConllEvaluator score(NameFinder finder, List<Path> files) throws IOException {
        ConllEvaluator eval = new ConllEvaluator();
        for (Path file : files) {
            score(finder, ConllCorpus.read(file, UnaryOperator.identity()), eval);
        }
        return eval;
    }

    /** Scores a model on sentences (documents split at their starts); used by {@code train ner --cv}. */
    static ConllEvaluator scoreSentences(NameFinder finder, List<ConllCorpus.Sentence> sentences) {
        ConllEvaluator eval = new ConllEvaluator();
        score(finder, sentences, eval);
        return eval;
    }

    static void score(NameFinder finder, List<ConllCorpus.Sentence> sentences, ConllEvaluator eval) {
        boolean iob1 = Tags.looksIob1(sentences);
        for (List<ConllCorpus.Sentence> document : ConllCorpus.documents(sentences)) {
            List<List<NameSpan>> found = finder.findInDocumentTokens(tokensOf(document));
            for (int k = 0; k < document.size(); k++) {
                ConllCorpus.Sentence s = document.get(k);
                eval.add(s.tags(), Tags.of(found.get(k), s.tokens().size(), iob1));
            }
        }
    }

    private static List<String[]> tokensOf(List<ConllCorpus.Sentence> document) {
        List<String[]> out = new java.util.ArrayList<>(document.size());
        for (ConllCorpus.Sentence s : document) {
            out.add(s.tokens().toArray(String[]::new));
        }
        return out;
    }
}
