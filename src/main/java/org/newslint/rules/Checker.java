package org.newslint.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;
import org.newslint.text.Document;
import org.newslint.text.TextRange;

/**
 * Analysis plus rules: the single entry point the server and the CLI call. Each rule runs in its
 * own try/catch so one failing rule cannot take the others down. When the analyzer remembers
 * tagged paragraphs (an editor's checker), the {@link SentenceLocal} rules' judgements are
 * remembered too ({@link SentenceMemo}); a checker for fresh analyses (the CLI, benchmarks) holds no memo.
 */
public final class Checker {
    public static final String LIMIT_RULE_ID = "analysis-limit";
    private static final Logger LOG = Logger.getLogger(Checker.class.getName());

    private final Analyzer analyzer;
    private final List<Rule> rules;
    /** The sentence-local rules' judgements, by rule index; null unless the analyzer caches. */
    private final SentenceMemo memo;

    public Checker(Analyzer analyzer, List<Rule> rules) {
        this.analyzer = analyzer;
        this.rules = List.copyOf(rules);
        this.memo = analyzer.config().cachedParagraphs() ? new SentenceMemo(this.rules.size()) : null;
    }

    public static Checker createDefault() {
        return new Checker(Analyzer.createDefault(), Rules.ALL);
    }

    public ArticleAnalysis check(Document document, Settings settings) {
        return check(document, settings, () -> false);
    }

    public ArticleAnalysis check(Document document, Settings settings, BooleanSupplier cancelled) {
        ArticleAnalysis analysis = analyzer.analyze(document, settings, cancelled);
        RuleContext context = new RuleContext(analysis, settings);
        List<Finding> findings = new ArrayList<>();
        if (analysis.limitNote() != null) {
            int end = Math.min(analysis.document().text().length(), 1);
            findings.add(new Finding(LIMIT_RULE_ID, Severity.INFORMATION, new TextRange(0, end), analysis.limitNote()));
        }
        SentenceMemo.Session remembered = memo == null ? null : memo.session(context);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (rule instanceof UnusedSuppression) {
                continue;
            }
            if (remembered != null && rule instanceof SentenceLocal local) {
                SentenceLocal.Judgements judged = remembered.judgements(i, local);
                run(rule, () -> local.check(context, judged), context, settings, findings);
            } else {
                run(rule, () -> rule.check(context), context, settings, findings);
            }
        }
        if (remembered != null) {
            remembered.finish();
        }
        // suppression comments, then the rule that reports those that silenced nothing
        List<Finding> ruled = List.copyOf(findings);
        findings =
                new ArrayList<>(Suppressions.apply(analysis.document(), ruled).kept());
        RuleContext judged = new RuleContext(analysis, settings, ruled);
        for (Rule rule : rules) {
            if (rule instanceof UnusedSuppression) {
                run(rule, () -> rule.check(judged), judged, settings, findings);
            }
        }
        findings.sort(Comparator.comparing(Finding::range).thenComparing(Finding::rule));
        return analysis.withFindings(findings);
    }

    /** How many sentence judgements came from memory (for tests), or -1 without a memo. */
    long rememberedJudgements() {
        return memo == null ? -1 : memo.hits();
    }

    private static void run(
            Rule rule, Supplier<List<Finding>> check, RuleContext context, Settings settings, List<Finding> findings) {
        if (!settings.enabled(rule.id())) {
            return;
        }
        try {
            findings.addAll(check.get());
        } catch (RuntimeException | StackOverflowError e) {
            // one line naming the rule (stack trace only with NEWSLINT_LOG=fine); the other rules' findings stand
            LOG.log(
                    Level.WARNING,
                    "rule " + rule.id() + " failed on "
                            + context.analysis().document().uri(),
                    e);
        }
    }
}
