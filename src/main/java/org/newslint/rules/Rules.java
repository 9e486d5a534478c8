package org.newslint.rules;

import java.util.List;

/** The one explicit, alphabetical list of rules; adding a rule means adding it here. */
public final class Rules {
    public static final List<Rule> ALL = List.of(
            new PublicRecordClaim(),
            new QuoteWithoutSpeaker(),
            new UnattributedClaim(),
            new UnbalancedQuote(),
            new UnusedSuppression(),
            new VagueSource(),
            new VagueWording());

    private Rules() {}

    public static Rule byId(String id) {
        for (Rule r : ALL) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }
}
