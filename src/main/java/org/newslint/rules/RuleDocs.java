package org.newslint.rules;

import org.newslint.analysis.model.Settings;

/**
 * Where a finding's documentation is, so that every front end links to the same page: the
 * diagnostic's {@code codeDescription}, SARIF's {@code helpUri} and the JSON report's {@code docsUrl}
 * are all {@code <base><rule-id>.md}, the base being the {@code rulesDocumentationUrl} setting or
 * {@link #DEFAULT_BASE} (the project has no published site: its pages in the repository); the
 * JSON report's {@code docs} is the page's path in the repository. Every code the server sends has
 * a page: the registered rules and {@link Checker#LIMIT_RULE_ID}.
 */
public final class RuleDocs {
    /** The base used when the settings name none. */
    public static final String DEFAULT_BASE = "https://github.com/newslint/newslint/blob/main/docs/rules/";

    private RuleDocs() {}

    /** Whether {@code code} has a page under {@code docs/rules/}: a registered rule or the analysis limit. */
    public static boolean documented(String code) {
        return Rules.byId(code) != null || Checker.LIMIT_RULE_ID.equals(code);
    }

    /** The page's path relative to the repository root. */
    public static String path(String code) {
        return "docs/rules/" + code + ".md";
    }

    /** The page's URL under the settings' base (a {@code /} is added to a base that lacks one). */
    public static String url(Settings settings, String code) {
        return url(settings.rulesDocumentationUrl(), code);
    }

    /** The page's URL under {@code base}, or under {@link #DEFAULT_BASE} when {@code base} is null. */
    public static String url(String base, String code) {
        String b = base == null || base.isBlank() ? DEFAULT_BASE : base.strip();
        return (b.endsWith("/") ? b : b + "/") + code + ".md";
    }
}
