package org.newslint.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;
import org.newslint.cli.Main;
import org.newslint.nlp.sourcing.SourcingModel;
import org.newslint.rules.PublicRecordClaim;
import org.newslint.rules.UnattributedClaim;
import org.newslint.text.TextRange;
import org.newslint.tools.eval.Prf;
import org.newslint.tools.eval.SourcingLabels;
import org.newslint.tools.eval.SourcingLabels.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newslint eval sourcing DIR}: the headline diagnostic scored the way {@code
 * datasets/sourcing/GUIDELINES.md} says. A unit counts as flagged at a severity when {@code
 * unattributed-claim} findings of at least that severity cover at least half of its non-blank
 * characters; the positive class is {@code S} (strict) or {@code S|K} (lenient). "Any severity"
 * also counts the {@code public-record-claim} hints, the same decision's lower tier, so moving a
 * sentence there hides nothing.
 */
@Command(
        name = "sourcing",
        description =
                "Precision/recall/F1 of unattributed-claim against sourcing labels (S/K/A/N), and flags by label.")
final class EvalSourcing extends Evaluation implements Callable<Integer> {
    @Parameters(
            paramLabel = "DIR",
            description =
                    "A folder with units/ and labels/ (and text/ unless --texts), e.g. ../shared/datasets/sourcing/dev.")
    Path dir;

    @Option(
            names = "--texts",
            paramLabel = "DIR",
            description = "Where the article texts are, for label sets kept without them (e.g. data/sourcing/train).")
    Path texts;

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description =
                    "A freshly trained sourcing model (the folder train sourcing --out wrote); default the shipped one.")
    Path model;

    @Option(
            names = "--rules-only",
            description = "Decide by the claim rules alone, without the sourcing model (the old behaviour).")
    boolean rulesOnly;

    @Override
    Supplier<SourcingModel> sourcingModel() {
        if (rulesOnly) {
            return null;
        }
        if (model == null) {
            return SourcingModel::sharedOrNull;
        }
        SourcingModel loaded;
        try {
            loaded = SourcingModel.load(model);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return () -> loaded;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<SourcingLabels.Doc> docs;
        try {
            docs = SourcingLabels.read(dir, texts);
        } catch (IOException | RuntimeException e) {
            spec.commandLine()
                    .getErr()
                    .println("newslint: " + e.getMessage()
                            + " (the shared datasets live in ../shared/datasets next to the project root)");
            return Main.USAGE;
        }
        Prf.Counter warningS = new Prf.Counter();
        Prf.Counter warningSK = new Prf.Counter();
        Prf.Counter anyS = new Prf.Counter();
        Prf.Counter anySK = new Prf.Counter();
        Map<Label, int[]> byLabel = new EnumMap<>(Label.class);
        List<String> errors = new ArrayList<>();
        int units = 0;
        for (SourcingLabels.Doc doc : docs) {
            ArticleAnalysis a = analyse(doc.name(), doc.text());
            for (SourcingLabels.Unit u : doc.units()) {
                units++;
                boolean warned = flagged(doc.text(), u.range(), a.findings(), Severity.WARNING, true);
                // at any severity, the public-record hints are part of the sourcing diagnostic too
                boolean any = flagged(doc.text(), u.range(), a.findings(), Severity.HINT, true)
                        || flagged(doc.text(), u.range(), publicRecordHints(a.findings()), Severity.HINT, false);
                boolean anyRule = flagged(doc.text(), u.range(), a.findings(), Severity.HINT, false);
                boolean s = u.label() == Label.S;
                boolean sk = s || u.label() == Label.K;
                warningS.add(s, warned);
                warningSK.add(sk, warned);
                anyS.add(s, any);
                anySK.add(sk, any);
                int[] row = byLabel.computeIfAbsent(u.label(), l -> new int[4]);
                row[0]++;
                row[1] += warned ? 1 : 0;
                row[2] += any ? 1 : 0;
                row[3] += anyRule ? 1 : 0;
                String kind = s && !warned
                        ? "missed-S"
                        : !s && warned ? "warned-" + u.label() : !sk && any ? "flagged-" + u.label() : null;
                if (kind != null) {
                    errors.add(doc.name() + "\t" + u.n() + "\t" + kind + "\t" + severityOf(u.range(), a.findings())
                            + "\t" + oneLine(u.range().of(doc.text())) + "\tnote: " + u.note());
                }
            }
        }
        out.printf(Locale.ROOT, "%d documents, %d units from %s%n", docs.size(), units, dir);
        out.println("warning / S    : " + warningS.prf().format());
        out.println("warning / S|K  : " + warningSK.prf().format());
        out.println("any / S        : " + anyS.prf().format());
        out.println("any / S|K      : " + anySK.prf().format());
        out.println("flags by label (units, flagged at warning, flagged at any severity, any rule's finding):");
        for (Map.Entry<Label, int[]> e : byLabel.entrySet()) {
            int[] r = e.getValue();
            out.printf(
                    Locale.ROOT,
                    "  %s %5d  warning %4d (%.3f)  any %4d (%.3f)  any rule %4d (%.3f)%n",
                    e.getKey(),
                    r[0],
                    r[1],
                    share(r[1], r[0]),
                    r[2],
                    share(r[2], r[0]),
                    r[3],
                    share(r[3], r[0]));
        }
        int[] a = byLabel.getOrDefault(Label.A, new int[4]);
        int[] n = byLabel.getOrDefault(Label.N, new int[4]);
        out.printf(
                Locale.ROOT,
                "A and N units flagged at any severity: %.3f (any rule: %.3f)%n",
                share(a[2] + n[2], a[0] + n[0]),
                share(a[3] + n[3], a[0] + n[0]));
        writeErrors(errors);
        out.flush();
        return 0;
    }

    /**
     * Whether findings (of {@code unattributed-claim} only, or of every rule) of at least {@code
     * minimum} cover at least half of the unit's non-blank characters.
     */
    static boolean flagged(
            String text, TextRange unit, List<Finding> findings, Severity minimum, boolean unattributedOnly) {
        int nonBlank = 0;
        int covered = 0;
        for (int i = unit.start(); i < Math.min(unit.end(), text.length()); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            nonBlank++;
            for (Finding f : findings) {
                if ((!unattributedOnly || f.rule().equals(UnattributedClaim.ID))
                        && f.severity().compareTo(minimum) >= 0
                        && f.range().contains(i)) {
                    covered++;
                    break;
                }
            }
        }
        return nonBlank > 0 && 2 * covered >= nonBlank;
    }

    private static List<Finding> publicRecordHints(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.rule().equals(PublicRecordClaim.ID))
                .toList();
    }

    private static String severityOf(TextRange unit, List<Finding> findings) {
        Severity most = null;
        for (Finding f : findings) {
            if (f.rule().equals(UnattributedClaim.ID)
                    && f.range().overlaps(unit)
                    && (most == null || f.severity().compareTo(most) > 0)) {
                most = f.severity();
            }
        }
        return most == null ? "none" : most.label();
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 240 ? t.substring(0, 237) + "…" : t;
    }
}
