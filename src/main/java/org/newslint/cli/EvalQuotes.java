package org.newslint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.ArticleAnalysis;
import org.newslint.analysis.Quote;
import org.newslint.cli.eval.BratAttributions;
import org.newslint.cli.eval.QuoteScorer;
import org.newslint.text.TextRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code newslint eval quotes DIR}: direct-quote detection and speaker accuracy on PolNeAR-style data. */
@Command(name = "quotes", description = "Direct-quote precision/recall/F1 (≥ 50% overlap), exact boundaries, and speaker accuracy.")
final class EvalQuotes extends Evaluation implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A folder with text/ and attributions/ (e.g. ../shared/datasets/polnear/data/dev).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<BratAttributions.Doc> docs = readBrat(dir);
        if (docs == null) {
            return Main.USAGE;
        }
        QuoteScorer.Result total = QuoteScorer.Result.empty();
        for (BratAttributions.Doc doc : docs) {
            total = total.plus(score(doc));
        }
        out.printf(Locale.ROOT, "%d documents from %s%n", docs.size(), dir);
        out.println("direct quotes (≥ 50% overlap): " + total.quotes().format());
        out.println("exact boundaries:              " + total.exact().format());
        out.printf(Locale.ROOT, "speaker accuracy: %.3f (%d of %d matched quotes with a gold source)%n",
                total.speakerAccuracy(), total.speakerCorrect(), total.speakerTotal());
        writeErrors(total.errors());
        out.flush();
        return 0;
    }

    QuoteScorer.Result score(BratAttributions.Doc doc) {
        String text = doc.text();
        List<QuoteScorer.Gold> gold = new ArrayList<>();
        for (BratAttributions.Relation r : doc.relations()) {
            StringBuilder sourceText = new StringBuilder();
            for (TextRange s : r.source()) {
                sourceText.append(sourceText.length() > 0 ? " " : "").append(s.of(text));
            }
            for (TextRange c : r.content()) {
                if (QuoteScorer.hasQuoteMark(c.of(text))) {
                    gold.add(new QuoteScorer.Gold(c, r.source(), sourceText.toString()));
                }
            }
        }
        ArticleAnalysis a = analyse(doc.name(), text);
        List<QuoteScorer.Predicted> predicted = new ArrayList<>();
        for (Quote q : a.quotes()) {
            TextRange speaker = q.speaker() == null ? null : q.speaker().range();
            String speakerText = q.speaker() == null ? null : q.speaker().text() + " / " + q.speaker().displayName();
            predicted.add(new QuoteScorer.Predicted(q.range(), speaker, speakerText));
        }
        return QuoteScorer.score(doc.name(), text, gold, predicted);
    }
}
