package org.newslint.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Main;
import org.newslint.nlp.claims.CheckWorthinessModel;
import org.newslint.text.Document;
import org.newslint.tools.eval.Prf;
import org.newslint.tools.eval.SimpleCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint eval claims FILE}: the claim test (is this sentence a check-worthy factual
 * claim?) against ClaimBuster's two-class labels (1 = check-worthy factual sentence); also prints
 * the figures for what {@code unattributed-claim} flags as warnings (check-worthy, or a figure,
 * superlative or causal claim) and for any claim including information-level assertions.
 */
@Command(
        name = "claims",
        description = "Precision/recall/F1 of the claim test on ClaimBuster two-class data (.json, .csv or .tsv).")
final class EvalClaims extends Evaluation implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "e.g. ../shared/datasets/claimbuster/two_class/kfold_25ncs.json")
    Path file;

    @picocli.CommandLine.Option(
            names = "--rules-only",
            description =
                    "Decide claims by the rules alone, without the trained check-worthiness model (for comparison).")
    boolean rulesOnly;

    @picocli.CommandLine.Option(
            names = "--model",
            paramLabel = "MODEL.bin.gz",
            description = "A check-worthiness model file (from 'newslint train claims') instead of the shipped one.")
    Path model;

    @Override
    Supplier<CheckWorthinessModel> claimModel() {
        if (rulesOnly) {
            return null;
        }
        if (model == null) {
            return CheckWorthinessModel::shared;
        }
        CheckWorthinessModel loaded;
        try {
            loaded = CheckWorthinessModel.load(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + model, e);
        }
        return () -> loaded;
    }

    /** One labelled sentence. */
    record Example(String text, boolean claim) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!exists(file)) {
            return Main.USAGE;
        }
        List<Example> examples = read(file);
        Prf checkWorthy = new Prf(0, 0, 0);
        Prf warning = new Prf(0, 0, 0);
        Prf anyClaim = new Prf(0, 0, 0);
        List<String> errors = new ArrayList<>();
        for (Example ex : examples) {
            ArticleAnalysis a = checker().check(Document.of(ex.text()), Settings.defaults());
            boolean predicted = a.sentences().stream().anyMatch(s -> s.claim() && s.checkWorthy());
            checkWorthy = checkWorthy.plus(outcome(ex.claim(), predicted));
            warning = warning.plus(outcome(
                    ex.claim(),
                    a.sentences().stream()
                            .anyMatch(s -> s.claim() && (s.checkWorthy() || s.claimKind() != ClaimKind.ASSERTION))));
            anyClaim = anyClaim.plus(outcome(ex.claim(), a.sentences().stream().anyMatch(s -> s.claim())));
            if (predicted != ex.claim()) {
                errors.add((predicted ? "false-alarm\t" : "missed\t") + kinds(a) + "\t" + ex.text());
            }
        }
        out.printf(Locale.ROOT, "%d sentences from %s%n", examples.size(), file);
        out.println("claim test (check-worthy): " + checkWorthy.format());
        out.println("warning level (check-worthy, or a figure, superlative or causal claim): " + warning.format());
        out.println("any claim (including information-level assertions): " + anyClaim.format());
        writeErrors(errors);
        out.flush();
        return 0;
    }

    private static Prf outcome(boolean gold, boolean predicted) {
        return new Prf(gold && predicted ? 1 : 0, !gold && predicted ? 1 : 0, gold && !predicted ? 1 : 0);
    }

    /** What the analysis said about each sentence: its claim kind, or why it is not a claim. */
    private static String kinds(ArticleAnalysis a) {
        List<String> out = new ArrayList<>();
        for (var s : a.sentences()) {
            String p =
                    Double.isNaN(s.claimProbability()) ? "" : String.format(Locale.ROOT, " %.2f", s.claimProbability());
            String decision =
                    !s.claim() ? s.nonClaimReason().label() : s.claimKind() + (s.checkWorthy() ? "" : " (information)");
            out.add(decision + p);
        }
        return String.join(",", out);
    }

    static List<Example> read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            for (JsonElement e : JsonParser.parseString(content).getAsJsonArray()) {
                var o = e.getAsJsonObject();
                out.add(new Example(o.get("text").getAsString(), o.get("label").getAsInt() == 1));
            }
            return out;
        }
        List<List<String>> rows = name.endsWith(".tsv") ? SimpleCsv.readTsv(content) : SimpleCsv.read(content);
        List<String> header = rows.get(0);
        int label = header.indexOf("label");
        int text = header.indexOf("text");
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() > Math.max(label, text)) {
                out.add(new Example(row.get(text), row.get(label).strip().equals("1")));
            }
        }
        return out;
    }
}
