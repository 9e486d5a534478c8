package org.newslint.analysis.model;

import java.util.Locale;

/** How loudly a finding is reported; ordered from least to most severe so thresholds compare naturally. */
public enum Severity {
    HINT,
    INFORMATION,
    WARNING,
    ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "hint" -> HINT;
            case "info", "information" -> INFORMATION;
            case "warning", "warn" -> WARNING;
            case "error" -> ERROR;
            default -> throw new IllegalArgumentException("unknown severity '" + s + "' (hint, info, warning, error)");
        };
    }
}
