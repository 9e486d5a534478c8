package org.newslint.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.cli.Main;
import org.newslint.text.TextRange;
import org.newslint.tools.eval.BratAttributions;
import org.newslint.tools.eval.CueLexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint train attribution-cues DIR}: rebuilds the lexicon of words PolNeAR annotators mark
 * as attribution cues (reported speech, beliefs, stances, actions of a source) from a training split,
 * so the shipped {@code attribution-cues.txt} has a committed command and stated thresholds behind it.
 */
@Command(
        name = "attribution-cues",
        mixinStandardHelpOptions = true,
        description =
                "Derive the attribution-cue lexicon (verb and noun lemmas often inside gold Cue spans) from PolNeAR-style folders.")
final class TrainAttributionCues extends DatasetCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "DIR",
            description =
                    "A folder with text/ and attributions/ (the training split: ../shared/datasets/polnear/data/train).")
    Path dir;

    @Option(
            names = "--min-count",
            defaultValue = "5",
            description = "Keep lemmas seen at least this often outside quotes (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(
            names = "--verb-ratio",
            defaultValue = "0.4",
            description = "Keep verbs inside a gold Cue at least this share of the time (default: ${DEFAULT-VALUE}).")
    double verbRatio;

    @Option(
            names = "--noun-ratio",
            defaultValue = "0.3",
            description = "Keep nouns inside a gold Cue at least this share of the time (default: ${DEFAULT-VALUE}).")
    double nounRatio;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE",
            description = "Where to write the lexicon (src/main/resources/org/newslint/lexicon/attribution-cues.txt).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        List<BratAttributions.Doc> docs = readBrat(dir);
        if (docs == null) {
            return Main.USAGE;
        }
        CueLexiconBuilder builder = new CueLexiconBuilder();
        for (BratAttributions.Doc doc : docs) {
            ArticleAnalysis a = analyse(doc.name(), doc.text());
            List<TextRange> quotes = new ArrayList<>();
            for (Quote q : a.quotes()) {
                quotes.add(q.content());
            }
            List<TextRange> cues = new ArrayList<>();
            for (BratAttributions.Relation r : doc.relations()) {
                cues.addAll(r.cue());
            }
            for (SentenceInfo s : a.sentences()) {
                builder.add(s.sentence().tokens(), quotes, cues);
            }
        }
        List<CueLexiconBuilder.Entry> entries = builder.select(minCount, verbRatio, nounRatio);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# attribution-cues.txt -- newslint lexicon\n");
            w.write("# Verb and noun lemmas that PolNeAR annotators mark as attribution cues: words by which a\n");
            w.write("# source says, believes, wants or does something the article reports (\"Clinton laid out\",\n");
            w.write(
                    "# \"Trump's plan\", \"the poll showed\"). A sentence with one outside quotation marks is attributed.\n");
            w.write("# Derived from the PolNeAR *train* split only, by\n");
            w.write("#   newslint train attribution-cues ../shared/datasets/polnear/data/train --out <this file>\n");
            w.write(String.format(
                    Locale.ROOT,
                    "# with --min-count %d --verb-ratio %s --noun-ratio %s: a lemma (OpenNLP POS tag and lemma of\n",
                    minCount,
                    verbRatio,
                    nounRatio));
            w.write(
                    "# newslint's pipeline, outside quotation marks) is kept when it occurs at least min-count times\n");
            w.write("# and lies inside a gold Cue span at least that share of the time. Thresholds chosen on train.\n");
            w.write(String.format(
                    Locale.ROOT,
                    "# %d documents. Columns: lemma, part of speech, occurrences, occurrences inside a gold Cue.\n",
                    docs.size()));
            for (CueLexiconBuilder.Entry e : entries) {
                w.write(e.lemma() + "\t" + e.pos() + "\t" + e.count() + "\t" + e.inCue() + "\n");
            }
        }
        log.printf(Locale.ROOT, "%d lemmas written to %s from %d documents%n", entries.size(), out, docs.size());
        log.flush();
        return 0;
    }
}
