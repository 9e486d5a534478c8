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
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.model.Statement;
import org.newslint.cli.Main;
import org.newslint.nlp.Token;
import org.newslint.nlp.quotes.QuoteModel;
import org.newslint.text.TextRange;
import org.newslint.tools.eval.BratAttributions;
import org.newslint.tools.eval.QuoteScorer;
import org.newslint.tools.eval.StatementScorer;
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
            names = "--all",
            description =
                    "Also score every reported statement, quoted or not (statements[] of the JSON report), against the"
                            + " PolNeAR relations whose cue is a speech act (docs/EVALUATION.md): matched at 30%% of"
                            + " the gold Content and at 50%% of the longer span, with speaker accuracy counting"
                            + " pronouns as right and counting only speakers resolved to the right person.")
    boolean all;

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
        StatementScorer.Result all30 = StatementScorer.Result.empty();
        StatementScorer.Result all50 = StatementScorer.Result.empty();
        for (BratAttributions.Doc doc : docs) {
            Scored scored = score(doc);
            statements = statements.plus(scored.statements());
            words = words.plus(scored.words());
            all30 = all30.plus(scored.all30());
            all50 = all50.plus(scored.all50());
        }
        out.printf(Locale.ROOT, "%d documents from %s%n", docs.size(), dir);
        out.println("reported statements with a quotation (quote[].statement against gold Content):");
        print(out, statements);
        out.println("quoted words only (quote[].range against gold Content):");
        print(out, words);
        List<String> errors = new ArrayList<>(statements.errors());
        if (all) {
            out.println(
                    "all reported statements, quoted or not (statements[] against gold Content of speech-act cues):");
            print(out, "≥ 30% of gold:     ", all30);
            print(out, "≥ 50% of longer:   ", all50);
            errors.addAll(all30.errors());
        }
        writeErrors(errors);
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

    private static void print(PrintWriter out, String label, StatementScorer.Result r) {
        out.println("  " + label + r.statements().format());
        out.printf(
                Locale.ROOT,
                "    recall of quoted %.3f (%d of %d), of reported without quotation marks %.3f (%d of %d)%n",
                ratio(r.quotedFound(), r.quotedGold()),
                r.quotedFound(),
                r.quotedGold(),
                ratio(r.reportedFound(), r.reportedGold()),
                r.reportedFound(),
                r.reportedGold());
        out.printf(
                Locale.ROOT,
                "    speaker accuracy: pronouns count %.3f, pronouns must resolve %.3f (%d, %d of %d matched with a"
                        + " gold source)%n",
                ratio(r.lenientRight(), r.speakerTotal()),
                ratio(r.resolvedRight(), r.speakerTotal()),
                r.lenientRight(),
                r.resolvedRight(),
                r.speakerTotal());
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /**
     * One document scored: whole reported statements and the quoted words alone (direct quotes), and every
     * statement against the speech-act relations ({@code --all}; empty without it).
     */
    record Scored(
            QuoteScorer.Result statements,
            QuoteScorer.Result words,
            StatementScorer.Result all30,
            StatementScorer.Result all50) {}

    /**
     * Every Content fragment of the document's relations (joined where only white space separates them) as a
     * gold unit of {@code --all}: counted when a word of its Cue is a
     * speech act ({@link Lexicons#isSpeechAct} on the word's lemmas, as the analysis tags it), with the
     * antecedent of a pronoun Source (the nearest Source before it that is not a pronoun and has a
     * capitalised word).
     */
    /** A capitalised word that is not a determiner: what makes a Source a name ("The Ohio governor" has one). */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile(
            "\\b(?!(?:The|A|An|Another|This|That|These|Those|His|Her|Its|Their|Our|My|Some|Many|One)\\b)\\p{Lu}\\p{L}+");

    static List<StatementScorer.Gold> allGold(BratAttributions.Doc doc, ArticleAnalysis a) {
        String text = doc.text();
        Lexicons lex = Lexicons.shared();
        List<Token> tokens = new ArrayList<>();
        for (SentenceInfo s : a.sentences()) {
            tokens.addAll(s.sentence().tokens());
        }
        List<BratAttributions.Relation> rels = new ArrayList<>(doc.relations());
        List<StatementScorer.Gold> gold = new ArrayList<>();
        for (BratAttributions.Relation r : rels) {
            if (r.content().isEmpty()) {
                continue;
            }
            boolean speech = false;
            StringBuilder cueText = new StringBuilder();
            for (TextRange c : r.cue()) {
                cueText.append(' ').append(c.of(text).toLowerCase(Locale.ROOT));
                for (Token t : tokens) {
                    if (t.range().overlaps(c)) {
                        for (String l : t.lemmas()) {
                            speech |= lex.speechActs.contains(l);
                        }
                    }
                }
            }
            speech |= cueText.toString().contains("according to");
            String sourceText = sourceText(r, text);
            String antecedent = null;
            if (!r.source().isEmpty() && StatementScorer.isPronoun(sourceText)) {
                antecedent = antecedent(rels, r.source().get(0).start(), text);
            }
            // fragment by fragment, as for direct quotes: "“A,” he said. “B.”" is two statements
            for (TextRange c : QuoteScorer.joinAdjacent(r.content(), text)) {
                gold.add(new StatementScorer.Gold(
                        List.of(c), speech, QuoteScorer.hasQuoteMark(c.of(text)), r.source(), sourceText, antecedent));
            }
        }
        return gold;
    }

    private static String sourceText(BratAttributions.Relation r, String text) {
        StringBuilder sb = new StringBuilder();
        for (TextRange s : r.source()) {
            sb.append(sb.length() > 0 ? " " : "").append(s.of(text));
        }
        return sb.toString();
    }

    private static String antecedent(List<BratAttributions.Relation> rels, int before, String text) {
        String best = null;
        int bestStart = -1;
        for (BratAttributions.Relation r : rels) {
            if (r.source().isEmpty() || r.source().get(0).start() >= before) {
                continue;
            }
            String s = sourceText(r, text);
            if (StatementScorer.isPronoun(s) || !NAME_WORD.matcher(s).find()) {
                continue;
            }
            if (r.source().get(0).start() > bestStart) {
                bestStart = r.source().get(0).start();
                best = s;
            }
        }
        return best;
    }

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
        StatementScorer.Result all30 = StatementScorer.Result.empty();
        StatementScorer.Result all50 = StatementScorer.Result.empty();
        if (all) {
            List<StatementScorer.Gold> allGold = allGold(doc, a);
            List<StatementScorer.Predicted> said = new ArrayList<>();
            for (Statement st : a.statements()) {
                Source sp = st.speaker();
                said.add(new StatementScorer.Predicted(
                        st.range(),
                        st.kind().label(),
                        sp == null ? null : sp.range(),
                        sp == null ? null : sp.text(),
                        sp == null ? null : sp.displayName()));
            }
            all30 = StatementScorer.score(doc.name(), text, StatementScorer.Rule.GOLD_30, allGold, said);
            all50 = StatementScorer.score(doc.name(), text, StatementScorer.Rule.LONGER_50, allGold, said);
        }
        return new Scored(
                QuoteScorer.score(doc.name(), text, gold, new ArrayList<>(byStatement.values())),
                QuoteScorer.score(doc.name(), text, gold, quoted),
                all30,
                all50);
    }
}
