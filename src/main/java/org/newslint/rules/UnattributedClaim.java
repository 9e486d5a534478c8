package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Severity;
import org.newslint.analysis.model.Sourcing;

/**
 * Warns where an editor checking the story's sourcing would ask "says who?": the sentences the
 * sourcing decision says need a source (a warning; information where it is less sure), with what kind of claim each is and, as related
 * information, the nearest attribution in its paragraph. Without a sourcing model it falls back to
 * the claim rules: figures, superlatives, causal and check-worthy claims are warnings, other
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
            Sourcing sourcing = s.sourcing();
            if (sourcing != null) {
                Severity severity = switch (sourcing.need()) {
                    case NEEDS_SOURCE -> Severity.WARNING;
                    case PROBABLY_NEEDS_SOURCE -> Severity.INFORMATION;
                    default -> null;
                };
                if (severity != null) {
                    out.add(context.finding(
                            this, severity, s.range(), message(sourcing), SourcingRelated.of(sourcing)));
                }
                continue;
            }
            if (!s.claim() || s.attributed()) {
                continue;
            }
            ClaimKind kind = s.claimKind() == null ? ClaimKind.ASSERTION : s.claimKind();
            String message = "Unattributed claim (" + kind.description() + "). " + kind.question();
            out.add(context.finding(this, severityOf(s), s.range(), message));
        }
        return out;
    }

    static String message(Sourcing sourcing) {
        return "Unattributed claim: " + sourcing.description()
                + ". Who says so? Add the source (\"…, X said\", \"according to Y\").";
    }
}
