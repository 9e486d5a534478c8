package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.rules.RuleFixtures.checkMessages;

import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Severity;
import org.newslint.testing.Fixtures;

/**
 * unbalanced-quote over caret fixtures: the opening mark of a quote its paragraph never closes, and
 * a closing mark that closes nothing, each marked on the one character.
 */
class UnbalancedQuoteTest {
    private static void check(String annotated) {
        Fixtures.checkFindings(annotated, UnbalancedQuote.ID);
    }

    @Test
    void openAndStrayMarks() {
        check("""
                Oda Lunde said: "The ferry is late again.
                                ^ unbalanced-quote

                The ferry is late again." Oda Lunde said it twice.
                                        ^ unbalanced-quote

                Leo Hart said they would “reach out to everyone.
                                         ^ unbalanced-quote""");
    }

    @Test
    void balancedQuotesAndApostrophes() {
        check("""
                "The ferry is late again," Oda Lunde said, "and nobody tells us why."
                The skipper's log says the ferry's engine failed.
                The so-called "express" ferry took four hours.
                “The ferry is late,” she said.""");
    }

    @Test
    void messages() {
        checkMessages(UnbalancedQuote.ID, """
                Oda Lunde said: "The ferry is late again.
                                ^ WARNING This quotation mark is never closed before the paragraph ends. Close the quote, or, if it continues into the next paragraph, open that paragraph with a quotation mark.

                The ferry is late again." Oda Lunde said it twice.
                                        ^ WARNING This closing quotation mark closes no open quote. Remove it or add the opening mark.""");
    }

    @Test
    void theRuleIsAWarningByDefault() {
        UnbalancedQuote rule = new UnbalancedQuote();
        assertThat(rule.id()).isEqualTo("unbalanced-quote");
        assertThat(rule.defaultSeverity()).isEqualTo(Severity.WARNING);
        assertThat(rule.description())
                .isEqualTo("A quotation mark with no partner: close the quote or remove the stray mark.");
    }
}
