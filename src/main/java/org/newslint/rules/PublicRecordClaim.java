package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Severity;
import org.newslint.analysis.model.Sourcing;

/**
 * A hint on checkable sentences the sourcing decision takes for public record (who holds an office,
 * results, scheduled events, what happened in public view), which news convention lets stand without
 * a source: worth a glance, never a warning, and a rule of its own so a desk can switch it off.
 */
public final class PublicRecordClaim implements Rule {
    public static final String ID = "public-record-claim";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A checkable claim that reads as public record: fine without a source if it really is.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.HINT;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (SentenceInfo s : context.analysis().sentences()) {
            Sourcing sourcing = s.sourcing();
            if (sourcing != null && sourcing.need() == Sourcing.Need.PUBLIC_RECORD) {
                out.add(context.finding(
                        this,
                        s.range(),
                        "Public record? " + capitalised(sourcing.description())
                                + ": fine if it is on the record or common knowledge; otherwise say who says so.",
                        SourcingRelated.of(sourcing)));
            }
        }
        return out;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
