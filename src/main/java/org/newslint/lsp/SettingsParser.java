package org.newslint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;

/**
 * Reads the client's configuration ({@code {"newslint": {"rules": {"vague-source": {"enabled": false,
 * "severity": "info"}}, "maxDocumentChars": 500000}}}); anything malformed is skipped with a reason,
 * never fatal.
 */
final class SettingsParser {
    /**
     * The parsed settings and the problems found while reading them. {@code present} is false when
     * the payload carried no newslint section at all (eglot sends {@code {}} after connecting), in
     * which case callers keep what they have rather than fall back to defaults.
     */
    record Parsed(Settings settings, java.util.List<String> problems, boolean present) {
        Parsed(Settings settings, java.util.List<String> problems) {
            this(settings, problems, true);
        }
    }

    private SettingsParser() {}

    static Parsed parse(Object raw, Settings base) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        Settings s = base;
        if (!(raw instanceof JsonElement element) || !element.isJsonObject()) {
            if (raw != null && !(raw instanceof JsonElement e && e.isJsonNull())) {
                problems.add("settings are not a JSON object; ignored");
            }
            return new Parsed(s, problems, false);
        }
        JsonObject root = element.getAsJsonObject();
        if (root.has("newslint") && !root.get("newslint").isJsonObject()) {
            problems.add("the newslint section is not a JSON object; ignored");
            return new Parsed(s, problems, false);
        }
        boolean section = root.has("newslint") && root.get("newslint").isJsonObject();
        if (!section && !root.has("rules") && !root.has("maxDocumentChars")) {
            return new Parsed(s, problems, false);
        }
        JsonObject cfg = section ? root.getAsJsonObject("newslint") : root;
        try {
            if (cfg.has("maxDocumentChars")) {
                int max = cfg.get("maxDocumentChars").getAsInt();
                if (max > 0) {
                    s = new Settings(s.disabledRules(), s.severities(), max);
                } else {
                    problems.add("maxDocumentChars must be positive");
                }
            }
        } catch (RuntimeException e) {
            problems.add("maxDocumentChars is not a number");
        }
        if (cfg.has("rules")) {
            if (!cfg.get("rules").isJsonObject()) {
                problems.add("'rules' must be an object keyed by rule id");
            } else {
                for (Map.Entry<String, JsonElement> e :
                        cfg.getAsJsonObject("rules").entrySet()) {
                    try {
                        JsonElement v = e.getValue();
                        if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
                            s = s.with(e.getKey(), v.getAsBoolean(), null);
                        } else if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                            String str = v.getAsString();
                            s = str.equalsIgnoreCase("off")
                                    ? s.with(e.getKey(), false, null)
                                    : s.with(e.getKey(), true, Severity.parse(str));
                        } else if (v.isJsonObject()) {
                            JsonObject o = v.getAsJsonObject();
                            JsonElement en = o.get("enabled");
                            if (en != null
                                    && !(en.isJsonPrimitive()
                                            && en.getAsJsonPrimitive().isBoolean())) {
                                throw new IllegalArgumentException("'enabled' must be true or false");
                            }
                            Boolean enabled = en == null ? null : en.getAsBoolean();
                            Severity sev = o.has("severity")
                                    ? Severity.parse(o.get("severity").getAsString())
                                    : null;
                            s = s.with(e.getKey(), enabled, sev);
                        } else {
                            problems.add("rule '" + e.getKey() + "': expected true/false, a severity or an object");
                        }
                    } catch (RuntimeException ex) {
                        problems.add("rule '" + e.getKey() + "': " + ex.getMessage());
                    }
                }
            }
        }
        return new Parsed(s, problems);
    }
}
