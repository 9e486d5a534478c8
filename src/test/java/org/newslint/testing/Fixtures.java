package org.newslint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Settings;
import org.newslint.rules.Checker;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;

/**
 * The one place feature tests go through: analyse fixture text, and compare findings written as
 * caret lines under the text ({@code ^^^ rule-id}), the convention of DESIGN.md §4.
 */
public final class Fixtures {
    private static final Checker CHECKER = Checker.createDefault();
    /** The statement rules alone: the quote model may still turn a statement into a term afterwards (QuoteTermsTest). */
    private static final Checker WITHOUT_QUOTE_MODEL =
            new Checker(Analyzer.Config.builder().quoteModel(null).analyzer(), org.newslint.rules.Rules.ALL);

    /** The claim rules alone, without the sourcing model: unattributed-claim's fallback. */
    private static final Checker RULES_ONLY =
            new Checker(Analyzer.Config.builder().sourcingModel(null).analyzer(), org.newslint.rules.Rules.ALL);

    private Fixtures() {}

    public static ArticleAnalysis analyze(String text) {
        return analyze(CHECKER, text);
    }

    /** The analysis without the sourcing model, where unattributed-claim follows the claim rules. */
    public static ArticleAnalysis analyzeByRules(String text) {
        return analyze(RULES_ONLY, text);
    }

    private static ArticleAnalysis analyze(Checker checker, String text) {
        return checker.check(
                new Document("file:///fixture.txt", 1, text, DocumentFormat.PLAIN_TEXT), Settings.defaults());
    }

    public static ArticleAnalysis analyzeMarkdown(String text) {
        return CHECKER.check(new Document("file:///fixture.md", 1, text, DocumentFormat.MARKDOWN), Settings.defaults());
    }

    /**
     * {@code annotated} is article text in which a line made of spaces, carets and a rule id marks
     * the expected finding on the text line above it (carets from its first to its last column).
     * Only rules named in the annotations are compared, plus {@code alsoCompare}.
     */
    public static void checkFindings(String annotated, String... alsoCompare) {
        checkFindings(CHECKER, annotated, alsoCompare);
    }

    /** {@link #checkFindings} without the sourcing model: unattributed-claim by the claim rules alone. */
    public static void checkFindingsByRules(String annotated, String... alsoCompare) {
        checkFindings(RULES_ONLY, annotated, alsoCompare);
    }

    private static void checkFindings(Checker checker, String annotated, String... alsoCompare) {
        List<String> textLines = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        TreeSet<String> rules = new TreeSet<>(List.of(alsoCompare));
        int offset = 0;
        int previousLineStart = 0;
        for (String line : annotated.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("^")) {
                int from = line.indexOf('^');
                int to = line.lastIndexOf('^') + 1;
                String rule = line.substring(to).strip();
                rules.add(rule);
                expected.add(rule + " " + (previousLineStart + from) + ".." + (previousLineStart + to));
                continue;
            }
            textLines.add(line);
            previousLineStart = offset;
            offset += line.length() + 1;
        }
        String text = String.join("\n", textLines);
        ArticleAnalysis a = analyze(checker, text);
        List<String> actual = new ArrayList<>();
        for (Finding f : a.findings()) {
            if (rules.contains(f.rule())) {
                actual.add(f.rule() + " " + f.range().start() + ".." + f.range().end());
            }
        }
        assertThat(actual)
                .as("findings in:\n" + text + "\nall: " + a.findings())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Asserts the quote containing {@code fragment} was found and attributed to a speaker containing {@code speaker} (null: none). */
    public static Quote checkQuote(String text, String fragment, String speaker) {
        ArticleAnalysis a = analyze(text);
        Quote q = a.quotes().stream()
                .filter(x -> x.range().of(text).contains(fragment))
                .findFirst()
                .orElse(null);
        assertThat(q)
                .as("a quote containing '" + fragment + "' in: " + text + " (quotes: " + a.quotes() + ")")
                .isNotNull();
        if (speaker == null) {
            assertThat(q.speaker()).as("speaker of '" + fragment + "'").isNull();
        } else {
            assertThat(q.speaker()).as("speaker of '" + fragment + "'").isNotNull();
            assertThat(q.speaker().text() + " / " + q.speaker().displayName()).contains(speaker);
        }
        return q;
    }

    /**
     * Asserts the quote containing {@code fragment} belongs to the reported statement written exactly
     * {@code statement} (null: to none, as a term or scare quote nobody is said to have said), as
     * the statement rules decide before the quote model is asked.
     */
    public static Quote checkStatement(String text, String fragment, String statement) {
        ArticleAnalysis a = WITHOUT_QUOTE_MODEL.check(
                new Document("file:///fixture.txt", 1, text, DocumentFormat.PLAIN_TEXT), Settings.defaults());
        Quote q = a.quotes().stream()
                .filter(x -> x.range().of(text).contains(fragment))
                .findFirst()
                .orElse(null);
        assertThat(q)
                .as("a quote containing '" + fragment + "' in: " + text + " (quotes: " + a.quotes() + ")")
                .isNotNull();
        if (statement == null) {
            assertThat(q.statement()).as("statement of '" + fragment + "'").isNull();
        } else {
            assertThat(q.statement()).as("statement of '" + fragment + "'").isNotNull();
            assertThat(q.statement().of(text))
                    .as("statement of '" + fragment + "' in: " + text)
                    .isEqualTo(statement);
        }
        return q;
    }

    /** The entity with a mention whose text is exactly {@code mention}. */
    public static Entity entity(ArticleAnalysis a, String mention) {
        String text = a.document().text();
        return a.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.of(text).equals(mention)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity mentioned as '" + mention + "' in " + a.entities()));
    }
}
