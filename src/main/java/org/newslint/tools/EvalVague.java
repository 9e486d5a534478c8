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
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Main;
import org.newslint.rules.VagueSource;
import org.newslint.rules.VagueWording;
import org.newslint.text.Document;
import org.newslint.tools.eval.Prf;
import org.newslint.tools.eval.SimpleCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint eval vague FILE.csv}: the vague-source and vague-wording rules, apart and together,
 * against weasel labels (-1 weasel, 1 certain).
 */
@Command(
        name = "vague",
        description =
                "Precision/recall/F1 of the vague-source and vague-wording rules against weasel-labelled sentences.")
final class EvalVague extends Evaluation implements Callable<Integer> {
    @Parameters(
            paramLabel = "CSV",
            description = "label,sentence rows; -1 = weasel (e.g. ../shared/datasets/weasel/weasel-dev.csv).")
    Path csv;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!exists(csv)) {
            return Main.USAGE;
        }
        Prf.Counter source = new Prf.Counter();
        Prf.Counter wording = new Prf.Counter();
        Prf.Counter both = new Prf.Counter();
        long rows = 0;
        List<String> errors = new ArrayList<>();
        for (List<String> row : SimpleCsv.read(Files.readString(csv, StandardCharsets.UTF_8))) {
            if (row.size() < 2 || !row.get(0).strip().matches("-?1")) {
                continue; // the header
            }
            rows++;
            boolean gold = row.get(0).strip().equals("-1");
            String sentence = unescapeHtml(row.get(1));
            List<Finding> findings =
                    checker().check(Document.of(sentence), Settings.defaults()).findings();
            boolean bySource = findings.stream().anyMatch(f -> f.rule().equals(VagueSource.ID));
            boolean byWording = findings.stream().anyMatch(f -> f.rule().equals(VagueWording.ID));
            source.add(gold, bySource);
            wording.add(gold, byWording);
            both.add(gold, bySource || byWording);
            String rules =
                    bySource && byWording ? "both" : bySource ? VagueSource.ID : byWording ? VagueWording.ID : "none";
            if (gold != (bySource || byWording)) {
                errors.add((gold ? "missed" : "false-alarm") + "\t" + rules + "\t" + sentence);
            }
        }
        out.printf(Locale.ROOT, "%d sentences from %s%n", rows, csv);
        out.println("vague-source vs weasel labels: " + source.prf().format());
        out.println("vague-wording vs weasel labels: " + wording.prf().format());
        out.println("vague-source or vague-wording (the vague-wording checks) vs weasel labels: "
                + both.prf().format());
        writeErrors(errors);
        out.flush();
        return 0;
    }

    /** The CoNLL-2010 Wikipedia sentences keep Wikipedia's HTML escapes ("&quot;"); the rule reads the text. */
    static String unescapeHtml(String s) {
        return s.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
