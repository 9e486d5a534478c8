package org.newslint.rules;

import java.util.Arrays;
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
 * One per analysis and thread: it builds what the rules share on first use (the quotations sorted
 * for {@link #insideQuote}, each sentence's {@link LocalSentence}).
 */
public final class RuleContext {
    private final ArticleAnalysis analysis;
    private final Settings settings;
    private final List<Finding> findings;
    /** The quotations' starts in ascending order, and per position the furthest end of the quotations up to it. */
    private int[] quoteStarts;

    private int[] quoteReach;
    private LocalSentence[] sentences;

    public RuleContext(ArticleAnalysis analysis, Settings settings, List<Finding> findings) {
        this.analysis = analysis;
        this.settings = settings;
        this.findings = List.copyOf(findings);
    }

    public RuleContext(ArticleAnalysis analysis, Settings settings) {
        this(analysis, settings, List.of());
    }

    public ArticleAnalysis analysis() {
        return analysis;
    }

    public Settings settings() {
        return settings;
    }

    public List<Finding> findings() {
        return findings;
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

    /**
     * Whether a range lies inside a quotation: the quoted speaker's words, not the writer's. Some
     * quotation contains it exactly when, among the quotations starting at or before it, the one
     * reaching furthest ends at or after it: a binary search, not a scan of every quotation.
     */
    public boolean insideQuote(TextRange range) {
        if (quoteStarts == null) {
            indexQuotes();
        }
        int lo = 0;
        int hi = quoteStarts.length - 1;
        int last = -1; // the last quotation starting at or before the range
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quoteStarts[mid] <= range.start()) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return last >= 0 && quoteReach[last] >= range.end();
    }

    private void indexQuotes() {
        List<Quote> quotes = analysis.quotes();
        long[] byStart = new long[quotes.size()];
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = ((long) quotes.get(i).range().start() << 32)
                    | quotes.get(i).range().end();
        }
        Arrays.sort(byStart);
        int[] starts = new int[byStart.length];
        int[] reach = new int[byStart.length];
        int furthest = -1;
        for (int i = 0; i < byStart.length; i++) {
            starts[i] = (int) (byStart[i] >>> 32);
            furthest = Math.max(furthest, (int) byStart[i]);
            reach[i] = furthest;
        }
        quoteReach = reach;
        quoteStarts = starts;
    }

    /** The original text of a range, on one line, shortened for messages. */
    public String excerpt(TextRange range, int max) {
        return oneLine(range.of(analysis.document().text()), max);
    }

    /** Text on one line (runs of white space as one space), shortened to {@code max} characters with "…". */
    static String oneLine(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    /** What a {@link SentenceLocal} rule may read of the analysis's sentence {@code i} (made once per analysis). */
    LocalSentence sentence(int i) {
        if (sentences == null) {
            sentences = new LocalSentence[analysis.sentences().size()];
        }
        LocalSentence s = sentences[i];
        if (s == null) {
            s = LocalSentence.of(
                    analysis.sentences().get(i), analysis.document().text());
            sentences[i] = s;
        }
        return s;
    }
}
