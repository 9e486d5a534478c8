package org.newslint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.Settings;
import org.newslint.cli.eval.Prf;
import org.newslint.cli.eval.SimpleCsv;
import org.newslint.rules.VagueSource;
import org.newslint.text.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newslint eval vague FILE.csv}: the vague-source rule against weasel labels (-1 weasel, 1 certain). */
@Command(name = "vague", description = "Precision/recall/F1 of the vague-source rule against weasel-labelled sentences.")
final class EvalVague extends Evaluation implements Callable<Integer> {
    @Parameters(paramLabel = "CSV", description = "label,sentence rows; -1 = weasel (e.g. ../shared/datasets/weasel/weasel-dev.csv).")
    Path csv;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!exists(csv)) {
            return Main.USAGE;
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long rows = 0;
        List<String> errors = new ArrayList<>();
        for (List<String> row : SimpleCsv.read(Files.readString(csv, StandardCharsets.UTF_8))) {
            if (row.size() < 2 || !row.get(0).strip().matches("-?1")) {
                continue; // the header
            }
            rows++;
            boolean gold = row.get(0).strip().equals("-1");
            String sentence = unescapeHtml(row.get(1));
            boolean predicted = checker().check(Document.of(sentence), Settings.defaults()).findings().stream()
                    .anyMatch(f -> f.rule().equals(VagueSource.ID));
            if (gold && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
                errors.add("false-alarm\t" + sentence);
            } else if (gold) {
                fn++;
                errors.add("missed\t" + sentence);
            }
        }
        out.printf(Locale.ROOT, "%d sentences from %s%n", rows, csv);
        out.println("vague-source vs weasel labels: " + new Prf(tp, fp, fn).format());
        writeErrors(errors);
        out.flush();
        return 0;
    }

    /** The CoNLL-2010 Wikipedia sentences keep Wikipedia's HTML escapes ("&quot;"); the rule reads the text. */
    static String unescapeHtml(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
