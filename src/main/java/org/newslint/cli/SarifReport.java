package org.newslint.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;
import org.newslint.rules.Rule;
import org.newslint.rules.RuleDocs;
import org.newslint.rules.Rules;
import org.newslint.text.LineIndex;

/**
 * {@code check --format sarif}: the findings as one SARIF 2.1.0 log, the format code-scanning
 * services (GitHub, GitLab, Azure DevOps) and editors' problem viewers read, so a newsroom's CI can
 * show newslint's findings where it shows every other check's. Each rule is described once, with
 * its documentation page as {@code helpUri} (under the first checked file's
 * {@code rulesDocumentationUrl}: a log describes each rule once); regions are 1-based lines and
 * UTF-16 columns, as SARIF's default.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {}

    /** One checked file: the path as shown to people, its analysis and its rulesDocumentationUrl (null: default). */
    record Checked(String path, ArticleAnalysis analysis, String docsBase) {}

    static JsonObject of(List<Checked> files, String version) {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "newslint");
        driver.addProperty("version", version);
        String docsBase = files.isEmpty() ? null : files.get(0).docsBase();
        JsonArray rules = new JsonArray();
        for (Rule r : Rules.ALL) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", r.id());
            JsonObject text = new JsonObject();
            text.addProperty("text", r.description());
            rule.add("shortDescription", text);
            JsonObject help = new JsonObject();
            help.addProperty("text", RuleDocs.path(r.id()) + " in the newslint repository");
            rule.add("help", help);
            rule.addProperty("helpUri", RuleDocs.url(docsBase, r.id()));
            JsonObject config = new JsonObject();
            config.addProperty("level", level(r.defaultSeverity()));
            rule.add("defaultConfiguration", config);
            rules.add(rule);
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        JsonArray results = new JsonArray();
        for (Checked file : files) {
            LineIndex lines = file.analysis().document().lineIndex();
            for (Finding f : file.analysis().findings()) {
                results.add(result(file.path(), lines, f));
            }
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        log.add("runs", runs);
        return log;
    }

    private static JsonObject result(String path, LineIndex lines, Finding f) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", f.rule());
        result.addProperty("level", level(f.severity()));
        JsonObject message = new JsonObject();
        message.addProperty("text", f.message());
        result.add("message", message);
        LineIndex.Position start = lines.position(f.range().start());
        LineIndex.Position end = lines.position(f.range().end());
        JsonObject region = new JsonObject();
        region.addProperty("startLine", start.line() + 1);
        region.addProperty("startColumn", start.column() + 1);
        region.addProperty("endLine", end.line() + 1);
        region.addProperty("endColumn", end.column() + 1);
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", path.replace('\\', '/'));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        return result;
    }

    /** SARIF has three levels and "note"; hints and information are both notes. */
    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
        };
    }
}
