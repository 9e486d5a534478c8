package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Severity;

/**
 * Flags direct quotes that nobody is said to have said. Terms (scare quotes, titles, words used
 * as words) and short partial quotes of one or two words are left alone: they are not statements.
 */
public final class QuoteWithoutSpeaker implements Rule {
    public static final String ID = "quote-without-speaker";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A quotation with no speaker: say who said it.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (Quote q : context.analysis().quotes()) {
            if (q.speaker() != null || !q.closed() || q.kind() == QuoteKind.TERM) {
                continue;
            }
            String content = q.content().of(context.analysis().prose().text()).strip();
            if (q.kind() == QuoteKind.PARTIAL && content.split("\\s+").length <= 2) {
                continue;
            }
            out.add(context.finding(
                    this,
                    q.range(),
                    "Quote without a speaker: who said “" + context.excerpt(q.content(), 40) + "”? Name the speaker."));
        }
        return out;
    }
}
