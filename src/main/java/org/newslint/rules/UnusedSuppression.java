package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;
import org.newslint.text.SuppressionComments.Directive;

/**
 * Flags a suppression comment that silences nothing (the finding it was written for has gone, or
 * the rule id is misspelt), so stale comments do not pile up and hide the next real finding. It
 * runs after the other rules, on their findings ({@link RuleContext#findings()}).
 */
public final class UnusedSuppression implements Rule {
    public static final String ID = "unused-suppression";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A newslint-disable comment that silences no finding: remove it, or fix the rule id.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.HINT;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Suppressions.Outcome outcome = Suppressions.apply(context.analysis().document(), context.findings());
        List<Finding> out = new ArrayList<>();
        Set<String> known = new java.util.TreeSet<>();
        Rules.ALL.forEach(r -> known.add(r.id()));
        for (Map.Entry<Directive, Set<String>> e : outcome.unused().entrySet()) {
            for (String id : e.getValue()) {
                String message;
                if (id.equals("*")) {
                    message = "This newslint-disable comment silences nothing here; remove it.";
                } else if (!known.contains(id)) {
                    message = "Unknown rule '" + id + "' in this newslint-disable comment (rules: "
                            + String.join(", ", known) + ").";
                } else if (!context.settings().enabled(id)) {
                    message = "'" + id + "' is switched off in the settings; this comment silences nothing.";
                } else {
                    message = "No " + id + " finding here to silence; remove '" + id + "' from this comment.";
                }
                out.add(context.finding(this, e.getKey().range(), message));
            }
        }
        out.sort((a, b) -> a.range().compareTo(b.range()));
        return out;
    }
}
