package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Severity;

/**
 * Flags sentences that assert something checkable and cite no source; figures, superlatives, causal
 * claims and the assertions the check-worthiness model ranks high are warnings, other factual
 * assertions information.
 */
public final class UnattributedClaim implements Rule {
    public static final String ID = "unattributed-claim";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A factual claim with no source: add who says so (\"X said\", \"according to Y\").";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    static Severity severityOf(SentenceInfo s) {
        return s.checkWorthy() || s.claimKind() != ClaimKind.ASSERTION ? Severity.WARNING : Severity.INFORMATION;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (SentenceInfo s : context.analysis().sentences()) {
            if (!s.claim() || s.attributed()) {
                continue;
            }
            ClaimKind kind = s.claimKind() == null ? ClaimKind.ASSERTION : s.claimKind();
            String message = "Unattributed claim (" + kind.description() + "). " + kind.question();
            out.add(context.finding(this, severityOf(s), s.range(), message));
        }
        return out;
    }
}
