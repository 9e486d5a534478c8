package org.newslint.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.cli.Main;
import org.newslint.text.TextRange;
import org.newslint.tools.eval.GumDocuments;
import org.newslint.tools.eval.Prf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint eval entities DIR}: how newslint groups named mentions into entities, against
 * GUM's Wikipedia identities, as pairwise precision/recall/F1 over mention pairs both systems found.
 */
@Command(
        name = "entities",
        description = "Pairwise precision/recall/F1 of entity grouping against GUM Wikinews identities.")
final class EvalEntities extends Evaluation implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "e.g. ../shared/datasets/gum-wikinews")
    Path dir;

    /** A gold mention and the predicted entity id of the mention matched to it. */
    private record Found(GumDocuments.GoldMention gold, String entity, String predictedText, EntityType type) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<GumDocuments.Doc> docs;
        try {
            docs = GumDocuments.read(dir);
        } catch (IOException e) {
            spec.commandLine()
                    .getErr()
                    .println("newslint: " + e.getMessage() + " (the shared datasets live in ../shared/datasets)");
            return Main.USAGE;
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long goldMentions = 0;
        long found = 0;
        long typed = 0;
        long typeRight = 0;
        List<String> errors = new ArrayList<>();
        for (GumDocuments.Doc doc : docs) {
            ArticleAnalysis a = analyse(doc.name(), doc.text());
            List<Found> matched = match(doc, a);
            goldMentions += doc.mentions().size();
            found += matched.size();
            for (Found f : matched) {
                EntityType expected = switch (f.gold().etype()) {
                    case "person" -> EntityType.PERSON;
                    case "place" -> EntityType.LOCATION;
                    case "organization" -> EntityType.ORGANIZATION;
                    default -> null;
                };
                if (expected != null) {
                    typed++;
                    if (expected == f.type()) {
                        typeRight++;
                    } else {
                        errors.add(doc.name() + "\twrong-type\t" + f.predictedText() + "\t" + f.type() + " (GUM: "
                                + f.gold().etype() + ")");
                    }
                }
            }
            for (int i = 0; i < matched.size(); i++) {
                for (int j = i + 1; j < matched.size(); j++) {
                    Found x = matched.get(i);
                    Found y = matched.get(j);
                    boolean gold = x.gold().identity().equals(y.gold().identity());
                    boolean predicted = x.entity().equals(y.entity());
                    if (gold && predicted) {
                        tp++;
                    } else if (predicted) {
                        fp++;
                        errors.add(doc.name() + "\twrongly-joined\t" + x.predictedText() + " ("
                                + x.gold().identity() + ")\t" + y.predictedText() + " ("
                                + y.gold().identity() + ")");
                    } else if (gold) {
                        fn++;
                        errors.add(doc.name() + "\tnot-joined\t" + x.predictedText() + "\t" + y.predictedText() + "\t"
                                + x.gold().identity());
                    }
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "%d documents from %s; %d gold named mentions with an identity, %d found by newslint (%.1f%%)%n",
                docs.size(),
                dir,
                goldMentions,
                found,
                goldMentions == 0 ? 0 : 100.0 * found / goldMentions);
        out.println("pairwise grouping: " + new Prf(tp, fp, fn).format());
        out.printf(
                Locale.ROOT,
                "type agreement on found person/place/organisation mentions: %.3f (%d of %d)%n",
                typed == 0 ? 0 : (double) typeRight / typed,
                typeRight,
                typed);
        writeErrors(errors);
        out.flush();
        return 0;
    }

    /** One-to-one: each gold mention takes the predicted mention with the largest overlap (Jaccard ≥ 0.5). */
    private static List<Found> match(GumDocuments.Doc doc, ArticleAnalysis a) {
        List<Found> out = new ArrayList<>();
        java.util.Set<TextRange> used = new java.util.HashSet<>();
        for (GumDocuments.GoldMention g : doc.mentions()) {
            Entity bestEntity = null;
            TextRange best = null;
            double bestJaccard = 0.5;
            for (Entity e : a.entities()) {
                for (TextRange m : e.mentions()) {
                    int inter = m.overlapLength(g.range());
                    if (inter == 0 || used.contains(m)) {
                        continue;
                    }
                    double jaccard = (double) inter / (m.length() + g.range().length() - inter);
                    if (jaccard >= bestJaccard) {
                        bestJaccard = jaccard;
                        best = m;
                        bestEntity = e;
                    }
                }
            }
            if (best != null) {
                used.add(best);
                out.add(new Found(g, bestEntity.id(), best.of(doc.text()), bestEntity.type()));
            }
        }
        return out;
    }
}
