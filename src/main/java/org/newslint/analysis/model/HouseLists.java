package org.newslint.analysis.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A newsroom's own word lists (from {@code .newslint.json}), added to the shipped lexicons for the
 * documents they apply to: extra reporting verbs ("tweet", "concede" as a desk uses them), and the
 * people and organisations the desk writes about often, with the other names copy gives them.
 */
public record HouseLists(Set<String> reportingVerbs, List<Name> names) {
    public static final HouseLists NONE = new HouseLists(Set.of(), List.of());

    public HouseLists {
        Set<String> verbs = new TreeSet<>();
        for (String v : reportingVerbs) {
            verbs.add(v.strip().toLowerCase(Locale.ROOT));
        }
        reportingVerbs = Set.copyOf(verbs);
        names = List.copyOf(names);
    }

    /** A person or organisation by its full name, and the other names it goes by ("WHO", "Tedros"). */
    public record Name(String name, EntityType type, List<String> aliases) {
        public Name {
            if (type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
                throw new IllegalArgumentException("a house name is a person or an organisation, not " + type);
            }
            aliases = List.copyOf(aliases);
        }
    }

    public boolean isEmpty() {
        return reportingVerbs.isEmpty() && names.isEmpty();
    }
}
