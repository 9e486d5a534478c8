package org.newslint.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.ArticleAnalysis;
import org.newslint.analysis.Settings;
import org.newslint.cli.eval.Prf;
import org.newslint.cli.eval.SimpleCsv;
import org.newslint.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint eval claims FILE}: the claim test (is this sentence a checkable factual claim?)
 * against ClaimBuster's two-class labels (1 = check-worthy factual sentence).
 */
@Command(name = "claims", description = "Precision/recall/F1 of the claim test on ClaimBuster two-class data (.json, .csv or .tsv).")
final class EvalClaims extends Evaluation implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "e.g. ../shared/datasets/claimbuster/two_class/kfold_25ncs.json")
    Path file;

    @picocli.CommandLine.Option(names = "--check-worthy-only",
            description = "Count only the kinds flagged as warnings (figures, superlatives, causal claims), not plain assertions.")
    boolean checkWorthyOnly;

    /** One labelled sentence. */
    record Example(String text, boolean claim) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!exists(file)) {
            return Main.USAGE;
        }
        List<Example> examples = read(file);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        List<String> errors = new ArrayList<>();
        for (Example ex : examples) {
            ArticleAnalysis a = checker().check(Document.of(ex.text()), Settings.defaults());
            boolean predicted = a.sentences().stream().anyMatch(s -> s.claim()
                    && (!checkWorthyOnly || s.claimKind() != org.newslint.analysis.ClaimKind.ASSERTION));
            if (ex.claim() && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
                errors.add("false-alarm\t" + ex.text());
            } else if (ex.claim()) {
                fn++;
                errors.add("missed\t" + ex.text());
            }
        }
        out.printf(Locale.ROOT, "%d sentences from %s%n", examples.size(), file);
        out.println("claim test: " + new Prf(tp, fp, fn).format());
        writeErrors(errors);
        out.flush();
        return 0;
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
