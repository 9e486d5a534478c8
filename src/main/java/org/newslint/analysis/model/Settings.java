package org.newslint.analysis.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * User configuration: rules switched off and severities overridden, keyed by rule id (the same id
 * is the diagnostic code), the size beyond which a document is only partly analysed, the
 * newsroom's house lists, and where the rules' documentation pages are ({@code
 * rulesDocumentationUrl}, null for the default, which {@code rules.RuleDocs} declares: the
 * analysis never reads it, only the front ends' links do).
 */
public record Settings(
        Set<String> disabledRules,
        Map<String, Severity> severities,
        int maxDocumentChars,
        HouseLists house,
        String rulesDocumentationUrl) {
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public Settings {
        disabledRules = Set.copyOf(disabledRules);
        severities = Map.copyOf(severities);
        house = house == null ? HouseLists.NONE : house;
    }

    public Settings(
            Set<String> disabledRules, Map<String, Severity> severities, int maxDocumentChars, HouseLists house) {
        this(disabledRules, severities, maxDocumentChars, house, null);
    }

    public Settings(Set<String> disabledRules, Map<String, Severity> severities, int maxDocumentChars) {
        this(disabledRules, severities, maxDocumentChars, HouseLists.NONE);
    }

    public static Settings defaults() {
        return new Settings(Set.of(), Map.of(), DEFAULT_MAX_CHARS);
    }

    public boolean enabled(String ruleId) {
        return !disabledRules.contains(ruleId);
    }

    public Severity severity(String ruleId, Severity fallback) {
        return severities.getOrDefault(ruleId, fallback);
    }

    /** Builder-style copy used by configuration parsers. */
    public Settings with(String ruleId, Boolean enabled, Severity severity) {
        Set<String> disabled = new HashSet<>(disabledRules);
        Map<String, Severity> sev = new HashMap<>(severities);
        if (enabled != null) {
            if (enabled) {
                disabled.remove(ruleId);
            } else {
                disabled.add(ruleId);
            }
        }
        if (severity != null) {
            sev.put(ruleId, severity);
        }
        return new Settings(disabled, sev, maxDocumentChars, house, rulesDocumentationUrl);
    }

    public Settings withMaxDocumentChars(int max) {
        return new Settings(disabledRules, severities, max, house, rulesDocumentationUrl);
    }

    public Settings withHouse(HouseLists lists) {
        return new Settings(disabledRules, severities, maxDocumentChars, lists, rulesDocumentationUrl);
    }

    /** The base URL of the rules' pages ({@code <base><rule-id>.md}); null for the default. */
    public Settings withRulesDocumentationUrl(String base) {
        return new Settings(disabledRules, severities, maxDocumentChars, house, base);
    }
}
