package org.newslint.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;
import org.newslint.config.ProjectConfig;
import org.newslint.config.SettingsJson;
import org.newslint.rules.Checker;
import org.newslint.text.LineIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslint check}: the findings of each article, compiler-style, as JSON or as SARIF, with
 * each file's {@code .newslint.json}, per-rule severities from the command line, and a baseline of
 * accepted findings for a desk adopting newslint on an existing archive.
 */
@Command(name = "check", description = "Report findings, compiler-style (path:line:col: severity: message [rule]).")
final class CheckCommand extends Main.Common implements Callable<Integer> {
    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text, json (always an array of {path, findings}) or sarif (SARIF 2.1.0, for code scanning;"
                    + " default: ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--fail-on",
            defaultValue = "warning",
            description =
                    "Exit 1 when a finding is at least this severe: hint, info, warning, error, never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(
            names = "--severity",
            paramLabel = "RULE=LEVEL",
            description =
                    "A rule's severity (hint, info, warning, error) or off; repeatable. Overrides .newslint.json.")
    List<String> severityOptions = List.of();

    @Option(
            names = {"-q", "--quiet"},
            description = "Print findings only: no summary line, no notices (errors are still printed).")
    boolean quiet;

    @Option(
            names = "--color",
            defaultValue = "auto",
            paramLabel = "WHEN",
            description = "Colour the text report: auto (a terminal, and NO_COLOR unset), always, never.")
    String color;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (see --write-baseline).")
    Path baselineFile;

    @Option(
            names = "--write-baseline",
            paramLabel = "FILE",
            description = "Write every finding to this baseline file (path, rule, sentence) and exit 0.")
    Path writeBaselineFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private record Override(String rule, Boolean enabled, Severity severity) {}

    @java.lang.Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = null;
        if (!failOn.equalsIgnoreCase("never")) {
            try {
                threshold = Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                err.println("newslint: --fail-on: " + e.getMessage());
                return Main.USAGE;
            }
        }
        if (!format.equals("text") && !format.equals("json") && !format.equals("sarif")) {
            err.println("newslint: --format must be text, json or sarif, not '" + format + "'");
            return Main.USAGE;
        }
        List<Override> overrides = new ArrayList<>();
        for (String option : severityOptions) {
            Override o = parseSeverity(option, err);
            if (o == null) {
                return Main.USAGE;
            }
            overrides.add(o);
        }
        Boolean colour = colour(color, err);
        if (colour == null) {
            return Main.USAGE;
        }
        Baseline baseline = null;
        if (baselineFile != null) {
            try {
                baseline = Baseline.read(baselineFile);
            } catch (IOException e) {
                err.println("newslint: --baseline " + baselineFile + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        Baseline written = writeBaselineFile == null ? null : Baseline.empty(writeBaselineFile);
        Inputs.Gathered gathered =
                quiet ? Inputs.gather(files, Main.stdin(), encoding) : Main.gather(files, err, encoding);
        if (quiet) {
            gathered.errors().forEach(e -> err.println("newslint: " + e));
        }
        Checker checker = Checker.createDefault();
        boolean failed = false;
        JsonArray json = new JsonArray();
        List<SarifReport.Checked> checked = new ArrayList<>();
        int total = 0;
        int known = 0;
        int files = 0;
        for (Inputs.Input in : gathered.inputs()) {
            ProjectConfig project = projectConfig(in, err);
            if (project != null && project.ignores(pathOf(in))) {
                continue;
            }
            files++;
            Settings settings = settings(project);
            for (Override o : overrides) {
                settings = settings.with(o.rule(), o.enabled(), o.severity());
            }
            ArticleAnalysis a = checker.check(in.document(), settings);
            if (written != null) {
                written.add(written.pathOf(in), a);
            }
            if (baseline != null) {
                List<Finding> fresh = baseline.newFindings(baseline.pathOf(in), a);
                known += a.findings().size() - fresh.size();
                a = a.withFindings(fresh);
            }
            checked.add(new SarifReport.Checked(in.displayPath(), a, settings.rulesDocumentationUrl()));
            LineIndex lines = a.document().lineIndex();
            for (Finding f : a.findings()) {
                total++;
                if (threshold != null && f.severity().compareTo(threshold) >= 0) {
                    failed = true;
                }
                if (format.equals("text") && written == null) {
                    LineIndex.Position p = lines.position(f.range().start());
                    out.println(TextLine.of(in.displayPath(), p.line() + 1, p.column() + 1, f, colour));
                }
            }
            JsonObject slim = new JsonObject();
            slim.addProperty("path", in.displayPath());
            slim.add("findings", JsonReport.findings(a, settings.rulesDocumentationUrl()));
            json.add(slim);
        }
        if (written != null) {
            try {
                written.write(writeBaselineFile);
            } catch (IOException e) {
                err.println("newslint: --write-baseline " + writeBaselineFile + ": cannot be written (" + e.getMessage()
                        + ")");
                return Main.USAGE;
            }
            if (!quiet) {
                err.printf("wrote %d finding%s to %s%n", total, total == 1 ? "" : "s", writeBaselineFile);
            }
            return !gathered.errors().isEmpty() || configProblems ? Main.USAGE : 0;
        }
        var gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        if (format.equals("json")) {
            out.println(gson.toJson(json));
        } else if (format.equals("sarif")) {
            String version = Main.class.getPackage().getImplementationVersion();
            out.println(gson.toJson(SarifReport.of(checked, version == null ? "dev" : version)));
        } else if (!quiet) {
            err.printf(
                    "%d finding%s in %d file%s%s%n",
                    total,
                    total == 1 ? "" : "s",
                    files,
                    files == 1 ? "" : "s",
                    baseline == null ? "" : " (" + known + " in the baseline not shown)");
        }
        out.flush();
        return !gathered.errors().isEmpty() || configProblems ? Main.USAGE : failed ? Main.FINDINGS : 0;
    }

    /** "vague-source=info", "vague-wording=off"; null (with a message) when malformed. */
    private static Override parseSeverity(String option, PrintWriter err) {
        int eq = option.indexOf('=');
        String rule = eq < 0 ? option : option.substring(0, eq).strip();
        if (eq < 0 || !SettingsJson.ruleIds().contains(rule)) {
            err.println("newslint: --severity " + option + ": expected RULE=LEVEL with RULE one of "
                    + String.join(", ", SettingsJson.ruleIds()));
            return null;
        }
        String level = option.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
        if (level.equals("off")) {
            return new Override(rule, false, null);
        }
        try {
            return new Override(rule, true, Severity.parse(level));
        } catch (IllegalArgumentException e) {
            err.println("newslint: --severity " + option + ": " + e.getMessage() + " or off");
            return null;
        }
    }

    /** Whether to colour: null (with a message) for a value other than auto, always, never. */
    static Boolean colour(String when, PrintWriter err) {
        return switch (when.toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" ->
                System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
            default -> {
                err.println("newslint: --color must be auto, always or never, not '" + when + "'");
                yield null;
            }
        };
    }

    /** One line of the text report, optionally with ANSI colours on the severity and the rule id. */
    static final class TextLine {
        private TextLine() {}

        static String of(String path, int line, int column, Finding f, boolean colour) {
            String severity = f.severity().label();
            String rule = "[" + f.rule() + "]";
            if (colour) {
                String code = switch (f.severity()) {
                    case ERROR -> "31";
                    case WARNING -> "33";
                    case INFORMATION -> "34";
                    case HINT -> "36";
                };
                severity = "\u001b[1;" + code + "m" + severity + "\u001b[0m";
                rule = "\u001b[2m" + rule + "\u001b[0m";
            }
            return path + ":" + line + ":" + column + ": " + severity + ": " + f.message() + " " + rule;
        }
    }
}
