package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Severity;
import org.newslint.text.TextRange;

/** Flags quotation marks that open and never close within their paragraph, or close nothing. */
public final class UnbalancedQuote implements Rule {
    public static final String ID = "unbalanced-quote";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A quotation mark with no partner: close the quote or remove the stray mark.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Quote q : context.analysis().quotes()) {
            if (!q.closed()) {
                out.add(context.finding(
                        this,
                        new TextRange(q.range().start(), q.range().start() + 1),
                        "This quotation mark is never closed before the paragraph ends. Close the quote, or, if it "
                                + "continues into the next paragraph, open that paragraph with a quotation mark."));
            }
        }
        for (TextRange stray : context.analysis().strayQuoteMarks()) {
            out.add(context.finding(
                    this,
                    stray,
                    "This closing quotation mark closes no open quote. Remove it or add the opening mark."));
        }
        return out;
    }
}
