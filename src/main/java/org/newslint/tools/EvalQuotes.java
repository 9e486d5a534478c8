package org.newslint.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Quote;
import org.newslint.cli.Main;
import org.newslint.nlp.quotes.QuoteModel;
import org.newslint.text.TextRange;
import org.newslint.tools.eval.BratAttributions;
import org.newslint.tools.eval.QuoteScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newslint eval quotes DIR}: direct-quote detection and speaker accuracy on PolNeAR-style data. */
@Command(
        name = "quotes",
        description =
                "Direct quotes against PolNeAR Content spans: precision/recall/F1 (≥ 50%% overlap), exact boundaries and speaker accuracy, for whole reported statements and for the quoted words alone.")
final class EvalQuotes extends Evaluation implements Callable<Integer> {
    @Parameters(
            paramLabel = "DIR",
            description = "A folder with text/ and attributions/ (e.g. ../shared/datasets/polnear/data/dev).")
    Path dir;

    @Option(
            names = "--quote-model",
            paramLabel = "MODEL.bin.gz",
            description = "Use this quote model (e.g. a freshly trained one) instead of the shipped one.")
    Path quoteModelFile;

    @Option(
            names = "--without-quote-model",
            description = "Keep every quotation the marks and rules find (for comparison).")
    boolean withoutQuoteModel;

    @Override
    Supplier<QuoteModel> quoteModel() {
        if (withoutQuoteModel) {
            return null;
        }
        if (quoteModelFile != null) {
            QuoteModel model;
            try {
                model = QuoteModel.load(quoteModelFile);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + quoteModelFile, e);
            }
            return () -> model;
        }
        return super.quoteModel();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<BratAttributions.Doc> docs = readBrat(dir);
        if (docs == null) {
            return Main.USAGE;
        }
        QuoteScorer.Result statements = QuoteScorer.Result.empty();
        QuoteScorer.Result words = QuoteScorer.Result.empty();
        for (BratAttributions.Doc doc : docs) {
            Scored scored = score(doc);
            statements = statements.plus(scored.statements());
            words = words.plus(scored.words());
        }
        out.printf(Locale.ROOT, "%d documents from %s%n", docs.size(), dir);
        out.println("reported statements with a quotation (quote[].statement against gold Content):");
        print(out, statements);
        out.println("quoted words only (quote[].range against gold Content):");
        print(out, words);
        writeErrors(statements.errors());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, QuoteScorer.Result r) {
        out.println("  ≥ 50% overlap:     " + r.quotes().format());
        out.println("  exact boundaries:  " + r.exact().format());
        out.printf(
                Locale.ROOT,
                "  speaker accuracy:  %.3f (%d of %d matched with a gold source)%n",
                r.speakerAccuracy(),
                r.speakerCorrect(),
                r.speakerTotal());
    }

    /** One document scored both ways: whole reported statements, and the quoted words alone. */
    record Scored(QuoteScorer.Result statements, QuoteScorer.Result words) {}

    /** The document's gold direct quotes: Content fragments with a quotation mark, with their Source. */
    static List<QuoteScorer.Gold> gold(BratAttributions.Doc doc) {
        String text = doc.text();
        List<QuoteScorer.Gold> gold = new ArrayList<>();
        for (BratAttributions.Relation r : doc.relations()) {
            StringBuilder sourceText = new StringBuilder();
            for (TextRange s : r.source()) {
                sourceText.append(sourceText.length() > 0 ? " " : "").append(s.of(text));
            }
            for (TextRange c : QuoteScorer.joinAdjacent(r.content(), text)) {
                if (QuoteScorer.hasQuoteMark(c.of(text))) {
                    gold.add(new QuoteScorer.Gold(c, r.source(), sourceText.toString()));
                }
            }
        }
        return gold;
    }

    Scored score(BratAttributions.Doc doc) {
        String text = doc.text();
        List<QuoteScorer.Gold> gold = gold(doc);
        ArticleAnalysis a = analyse(doc.name(), text);
        List<QuoteScorer.Predicted> quoted = new ArrayList<>();
        Map<TextRange, QuoteScorer.Predicted> byStatement = new LinkedHashMap<>();
        for (Quote q : a.quotes()) {
            TextRange speaker = q.speaker() == null ? null : q.speaker().range();
            String speakerText = q.speaker() == null
                    ? null
                    : q.speaker().text() + " / " + q.speaker().displayName();
            quoted.add(new QuoteScorer.Predicted(q.range(), speaker, speakerText));
            // several fragments of one statement ("was “disgusting” and “a con”") are one prediction, with the first
            // one's speaker
            if (q.statement() != null) {
                byStatement.putIfAbsent(q.statement(), new QuoteScorer.Predicted(q.statement(), speaker, speakerText));
            }
        }
        return new Scored(
                QuoteScorer.score(doc.name(), text, gold, new ArrayList<>(byStatement.values())),
                QuoteScorer.score(doc.name(), text, gold, quoted));
    }
}
