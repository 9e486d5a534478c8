package org.newslint.rules;

import java.util.List;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;
import org.newslint.text.TextRange;

/**
 * What a rule sees: the finished analysis and the user's settings; a rule that judges the others'
 * work ({@link UnusedSuppression}) also sees their findings, before suppression comments apply.
 */
public record RuleContext(ArticleAnalysis analysis, Settings settings, List<Finding> findings) {
    public RuleContext {
        findings = List.copyOf(findings);
    }

    public RuleContext(ArticleAnalysis analysis, Settings settings) {
        this(analysis, settings, List.of());
    }

    public Finding finding(Rule rule, Severity severity, TextRange range, String message) {
        return finding(rule, severity, range, message, List.of());
    }

    /** A finding with related places in the document; the user's severity for the rule wins. */
    public Finding finding(
            Rule rule, Severity severity, TextRange range, String message, List<Finding.Related> related) {
        Severity effective =
                settings.severities().containsKey(rule.id()) ? settings.severity(rule.id(), severity) : severity;
        return new Finding(rule.id(), effective, range, message, related);
    }

    public Finding finding(Rule rule, TextRange range, String message) {
        return finding(rule, rule.defaultSeverity(), range, message);
    }

    public Finding finding(Rule rule, TextRange range, String message, List<Finding.Related> related) {
        return finding(rule, rule.defaultSeverity(), range, message, related);
    }

    /** Whether a range lies inside a quotation: the quoted speaker's words, not the writer's. */
    public boolean insideQuote(TextRange range) {
        for (Quote q : analysis.quotes()) {
            if (q.range().start() <= range.start() && range.end() <= q.range().end()) {
                return true;
            }
        }
        return false;
    }

    /** The original text of a range, on one line, shortened for messages. */
    public String excerpt(TextRange range, int max) {
        String s = range.of(analysis.document().text()).replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }
}
