package org.newslint.rules;

import java.util.List;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Sourcing;

/** The related information of a sourcing finding: the nearest attribution in the paragraph, when there is one. */
final class SourcingRelated {
    private SourcingRelated() {}

    static List<Finding.Related> of(Sourcing sourcing) {
        if (sourcing.nearestAttribution() == null) {
            return List.of();
        }
        String who = sourcing.nearestSource() == null ? "" : " (" + sourcing.nearestSource() + ")";
        return List.of(new Finding.Related(
                sourcing.nearestAttribution(),
                "Nearest attribution in this paragraph" + who + ": does it cover the claim?"));
    }
}
