package org.newslint.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.HouseLists;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;
import org.newslint.rules.Rules;

/**
 * The one reader of newslint's settings object, shared by {@code .newslint.json} and the editor's
 * settings ({@code initializationOptions}, {@code workspace/didChangeConfiguration}), so both mean
 * the same thing: {@code rules} (per rule id: true/false, a severity or "off", or {@code {"enabled",
 * "severity"}}), {@code maxDocumentChars}, the house lists {@code reportingVerbs} and
 * {@code names}, and {@code rulesDocumentationUrl} (the base of the links to the rules' pages). Whatever is malformed or unknown is skipped with a reason, never fatal and never
 * silently accepted.
 */
public final class SettingsJson {
    /** The settings keys this reader knows; a settings object with none of them is not newslint's. */
    public static final Set<String> KEYS =
            Set.of("rules", "maxDocumentChars", "reportingVerbs", "names", "rulesDocumentationUrl");

    private SettingsJson() {}

    /** The settings of {@code cfg} laid over {@code base}; each problem is added to {@code problems}. */
    public static Settings apply(JsonObject cfg, Settings base, List<String> problems) {
        Settings s = base;
        if (cfg.has("maxDocumentChars")) {
            JsonElement v = cfg.get("maxDocumentChars");
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber() && v.getAsDouble() >= 1) {
                s = s.withMaxDocumentChars((int) Math.min(Integer.MAX_VALUE, v.getAsLong()));
            } else {
                problems.add("maxDocumentChars must be a positive number");
            }
        }
        if (cfg.has("rulesDocumentationUrl")) {
            String docsBase = documentationUrl(cfg.get("rulesDocumentationUrl"));
            if (docsBase == null) {
                problems.add("rulesDocumentationUrl must be an absolute http(s) or file URL, such as"
                        + " \"https://example.org/newslint/rules/\"");
            } else {
                s = s.withRulesDocumentationUrl(docsBase);
            }
        }
        if (cfg.has("rules")) {
            if (!cfg.get("rules").isJsonObject()) {
                problems.add("'rules' must be an object keyed by rule id");
            } else {
                for (Map.Entry<String, JsonElement> e :
                        cfg.getAsJsonObject("rules").entrySet()) {
                    s = rule(s, e.getKey(), e.getValue(), problems);
                }
            }
        }
        List<String> verbs = new ArrayList<>(s.house().reportingVerbs());
        if (cfg.has("reportingVerbs")) {
            verbs.addAll(strings(cfg.get("reportingVerbs"), "reportingVerbs", problems));
        }
        List<HouseLists.Name> names = new ArrayList<>(s.house().names());
        if (cfg.has("names")) {
            names.addAll(names(cfg.get("names"), problems));
        }
        if (cfg.has("reportingVerbs") || cfg.has("names")) {
            s = s.withHouse(new HouseLists(Set.copyOf(verbs), names));
        }
        return s;
    }

    /** The URL a {@code rulesDocumentationUrl} value names, or null when it is not an absolute http(s) or file URL. */
    private static String documentationUrl(JsonElement v) {
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            return null;
        }
        String url = v.getAsString().strip();
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean ok =
                    scheme.equals("file") || (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
            return ok ? url : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The rule ids a settings key may name: those of {@link Rules#ALL}. */
    public static Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        Rules.ALL.forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static Settings rule(Settings s, String id, JsonElement v, List<String> problems) {
        if (!ruleIds().contains(id)) {
            problems.add("unknown rule '" + id + "' (rules: " + String.join(", ", ruleIds()) + ")");
            return s;
        }
        try {
            if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean()) {
                return s.with(id, v.getAsBoolean(), null);
            } else if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                String str = v.getAsString();
                return str.equalsIgnoreCase("off") ? s.with(id, false, null) : s.with(id, true, Severity.parse(str));
            } else if (v.isJsonObject()) {
                JsonObject o = v.getAsJsonObject();
                for (String key : o.keySet()) {
                    if (!key.equals("enabled") && !key.equals("severity")) {
                        problems.add("rule '" + id + "': unknown key '" + key + "' (enabled, severity)");
                    }
                }
                Boolean enabled = null;
                if (o.has("enabled")) {
                    JsonElement en = o.get("enabled");
                    if (!en.isJsonPrimitive() || !en.getAsJsonPrimitive().isBoolean()) {
                        problems.add("rule '" + id + "': 'enabled' must be true or false");
                        return s;
                    }
                    enabled = en.getAsBoolean();
                }
                Severity sev =
                        o.has("severity") ? Severity.parse(o.get("severity").getAsString()) : null;
                return s.with(id, enabled, sev);
            }
            problems.add("rule '" + id + "': expected true/false, a severity or an object");
        } catch (RuntimeException ex) {
            problems.add("rule '" + id + "': " + ex.getMessage());
        }
        return s;
    }

    private static List<String> strings(JsonElement v, String what, List<String> problems) {
        List<String> out = new ArrayList<>();
        if (!v.isJsonArray()) {
            problems.add("'" + what + "' must be an array of strings");
            return out;
        }
        for (JsonElement e : v.getAsJsonArray()) {
            if (e.isJsonPrimitive()
                    && e.getAsJsonPrimitive().isString()
                    && !e.getAsString().isBlank()) {
                out.add(e.getAsString().strip());
            } else {
                problems.add("'" + what + "': " + e + " is not a word");
            }
        }
        return out;
    }

    private static List<HouseLists.Name> names(JsonElement v, List<String> problems) {
        List<HouseLists.Name> out = new ArrayList<>();
        if (!v.isJsonArray()) {
            problems.add("'names' must be an array of {\"name\", \"type\", \"aliases\"}");
            return out;
        }
        for (JsonElement e : v.getAsJsonArray()) {
            if (!e.isJsonObject()
                    || !e.getAsJsonObject().has("name")
                    || !e.getAsJsonObject().get("name").isJsonPrimitive()) {
                problems.add("'names': " + e + " has no \"name\"");
                continue;
            }
            JsonObject o = e.getAsJsonObject();
            String name = o.get("name").getAsString().strip();
            String type = o.has("type") && o.get("type").isJsonPrimitive()
                    ? o.get("type").getAsString().toLowerCase(Locale.ROOT)
                    : "";
            EntityType entityType = switch (type) {
                case "person" -> EntityType.PERSON;
                case "organization", "organisation" -> EntityType.ORGANIZATION;
                default -> null;
            };
            if (entityType == null) {
                problems.add("'names': \"" + name + "\" needs \"type\": \"person\" or \"organization\"");
                continue;
            }
            List<String> aliases = o.has("aliases") ? strings(o.get("aliases"), "aliases", problems) : List.of();
            out.add(new HouseLists.Name(name, entityType, aliases));
        }
        return out;
    }
}
