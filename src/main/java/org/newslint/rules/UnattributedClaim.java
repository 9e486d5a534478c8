package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.ClaimKind;
import org.newslint.analysis.Finding;
import org.newslint.analysis.SentenceInfo;
import org.newslint.analysis.Severity;

/** Flags sentences that assert something checkable and cite no source; figures and superlatives rank highest. */
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

    static Severity severityOf(ClaimKind kind) {
        return kind == ClaimKind.ASSERTION ? Severity.INFORMATION : Severity.WARNING;
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
            out.add(context.finding(this, severityOf(kind), s.range(), message));
        }
        return out;
    }
}
