package org.newslint.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.cli.Main;
import org.newslint.text.TextRange;
import org.newslint.tools.eval.BratAttributions;
import org.newslint.tools.eval.Prf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint eval attribution DIR}: the sentence-level attribution decision, scored for the
 * unattributed class (the sentences newslint would flag if they are claims), before any claim filter.
 */
@Command(
        name = "attribution",
        description = "Sentence-level precision/recall/F1 of the unattributed class, and the base rate.")
final class EvalAttribution extends Evaluation implements Callable<Integer> {
    @Parameters(
            paramLabel = "DIR",
            description = "A folder with text/ and attributions/ (e.g. ../shared/datasets/polnear/data/dev).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<BratAttributions.Doc> docs = readBrat(dir);
        if (docs == null) {
            return Main.USAGE;
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long sentences = 0;
        long goldUnattributed = 0;
        List<String> errors = new ArrayList<>();
        for (BratAttributions.Doc doc : docs) {
            String text = doc.text();
            ArticleAnalysis a = analyse(doc.name(), text);
            List<TextRange> spans = doc.allSpans();
            for (SentenceInfo s : a.sentences()) {
                boolean goldAttributed = spans.stream().anyMatch(g -> g.overlaps(s.range()));
                boolean predictedUnattributed = !s.attributed();
                sentences++;
                if (!goldAttributed) {
                    goldUnattributed++;
                }
                if (predictedUnattributed && !goldAttributed) {
                    tp++;
                } else if (predictedUnattributed) {
                    fp++;
                    errors.add(doc.name() + "\tfalse-unattributed\t" + sentence(text, s) + "\tgold: "
                            + goldContext(doc, s));
                } else if (!goldAttributed) {
                    fn++;
                    errors.add(doc.name() + "\tmissed-unattributed\t" + sentence(text, s) + "\tby: " + s.attributedBy()
                            + (s.source() != null ? " (" + s.source().text() + ")" : ""));
                }
            }
        }
        Prf prf = new Prf(tp, fp, fn);
        out.printf(Locale.ROOT, "%d documents, %d sentences from %s%n", docs.size(), sentences, dir);
        out.printf(
                Locale.ROOT,
                "base rate (gold unattributed): %.3f%n",
                sentences == 0 ? 0 : (double) goldUnattributed / sentences);
        out.println("unattributed sentences: " + prf.format());
        writeErrors(errors);
        out.flush();
        return 0;
    }

    private static String sentence(String text, SentenceInfo s) {
        String t = s.range().of(text).replaceAll("\\s+", " ");
        return t.length() > 220 ? t.substring(0, 217) + "…" : t;
    }

    private static String goldContext(BratAttributions.Doc doc, SentenceInfo s) {
        StringBuilder sb = new StringBuilder();
        for (BratAttributions.Relation r : doc.relations()) {
            boolean touches = r.source().stream().anyMatch(x -> x.overlaps(s.range()))
                    || r.cue().stream().anyMatch(x -> x.overlaps(s.range()))
                    || r.content().stream().anyMatch(x -> x.overlaps(s.range()));
            if (touches) {
                sb.append("[source=")
                        .append(join(doc.text(), r.source()))
                        .append(" cue=")
                        .append(join(doc.text(), r.cue()))
                        .append("] ");
            }
        }
        return sb.toString().strip();
    }

    private static String join(String text, List<TextRange> ranges) {
        StringBuilder sb = new StringBuilder();
        for (TextRange r : ranges) {
            sb.append(sb.length() > 0 ? " … " : "").append(r.of(text).replaceAll("\\s+", " "));
        }
        return sb.toString();
    }
}
