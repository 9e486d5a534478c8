package org.newslint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.Settings;
import org.newslint.config.SettingsJson;

/**
 * Reads the client's configuration ({@code {"newslint": {"rules": {"vague-source": {"enabled": false,
 * "severity": "info"}}, "maxDocumentChars": 500000}}}) with the same reader as {@code .newslint.json}
 * ({@link SettingsJson}); anything malformed or unknown is skipped with a reason, never fatal.
 */
final class SettingsParser {
    /**
     * The parsed settings and the problems found while reading them. {@code present} is false when
     * the payload carried no newslint section at all (eglot sends {@code {}} after connecting), in
     * which case callers keep what they have rather than fall back to defaults.
     */
    record Parsed(Settings settings, List<String> problems, boolean present) {
        Parsed(Settings settings, List<String> problems) {
            this(settings, problems, true);
        }
    }

    private SettingsParser() {}

    /** The newslint section of a client payload, or null when it has none. */
    static JsonObject section(Object raw) {
        if (!(raw instanceof JsonElement element) || !element.isJsonObject()) {
            return null;
        }
        JsonObject root = element.getAsJsonObject();
        if (root.has("newslint") && root.get("newslint").isJsonObject()) {
            return root.getAsJsonObject("newslint");
        }
        for (String key : SettingsJson.KEYS) {
            if (root.has(key)) {
                return root;
            }
        }
        return null;
    }

    static Parsed parse(Object raw, Settings base) {
        List<String> problems = new ArrayList<>();
        if (raw instanceof JsonElement element
                && element.isJsonObject()
                && element.getAsJsonObject().has("newslint")
                && !element.getAsJsonObject().get("newslint").isJsonObject()) {
            problems.add("the newslint section is not a JSON object; ignored");
            return new Parsed(base, problems, false);
        }
        JsonObject cfg = section(raw);
        if (cfg == null) {
            if (raw != null && !(raw instanceof JsonElement e && (e.isJsonNull() || e.isJsonObject()))) {
                problems.add("settings are not a JSON object; ignored");
            }
            return new Parsed(base, problems, false);
        }
        return new Parsed(SettingsJson.apply(cfg, base, problems), problems);
    }
}
