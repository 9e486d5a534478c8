package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.EntityType;

/**
 * Groups name mentions into entities: the same name, an acronym and its expansion, a surname and
 * the full name it belongs to ("Kim" → "Kim Jong Un"), "Scientology" and "Church of Scientology";
 * each entity takes the type its mentions vote for and its longest or canonical name.
 */
final class EntityGrouper {
    private final Lexicons lex;
    /** The groups made so far and their indexes. */
    private final GroupIndexes indexes;

    private final NameKeys names;

    EntityGrouper(Lexicons lex) {
        this(lex, new NameKeys());
    }

    /** A grouper that reads names' keys through {@code names} (an editor's, kept between analyses). */
    EntityGrouper(Lexicons lex, NameKeys names) {
        this.lex = lex;
        this.names = names;
        this.indexes = new GroupIndexes(names);
    }

    /** The oldest group still standing that holds {@code key}, or null. */
    private GroupIndexes.Group oldestHolding(String key) {
        List<GroupIndexes.Group> holders = key == null ? null : indexes.byKey.get(key);
        if (holders != null) {
            for (GroupIndexes.Group g : holders) {
                if (!g.removed) {
                    return g;
                }
            }
        }
        return null;
    }

    /** Marks a group merged into another; the lists skip it from then on. */
    private static void remove(GroupIndexes.Group g) {
        g.removed = true;
    }

    private String key(String name) {
        return names.key(name);
    }

    /** The grouping of {@code all} mentions (in text order) into entities. */
    EntityFinder.Result group(List<NameMention> all) {
        return group(all, null);
    }

    /**
     * As {@link #group(List)}; with a memory, the groups are those remembered for mentions of the same
     * {@link Groupings.Key} when there are any (an edit that changed no name), and only the output is rebuilt.
     */
    EntityFinder.Result group(List<NameMention> all, EntityMemory memory) {
        if (memory == null) {
            return EntityOutput.of(form(all), all, null).result();
        }
        return EntityOutput.of(formed(new Groupings.Key(all), all, memory), all, null)
                .result();
    }

    /** The grouping decisions for {@code all} mentions, whose key is {@code key}: remembered ones, or made and remembered. */
    List<Groupings.Formed> formed(Groupings.Key key, List<NameMention> all, EntityMemory memory) {
        List<Groupings.Formed> formed = memory.grouping(key);
        if (formed == null) {
            formed = form(all);
            memory.rememberGrouping(key, formed);
        }
        return formed;
    }

    /** The grouping decisions: which mentions make one entity, with its type and name. */
    private List<Groupings.Formed> form(List<NameMention> all) {
        List<GroupIndexes.Group> groups = new ArrayList<>();
        List<Integer> deferred = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            NameMention m = all.get(i);
            if (!m.trusted()) {
                deferred.add(i);
                continue;
            }
            GroupIndexes.Group g = findGroup(m);
            if (g == null) {
                g = indexes.new Group();
                groups.add(g);
            }
            g.add(m, i);
        }
        mergeShortIntoLong(groups);
        mergeAcronyms(groups);
        for (int i : deferred) {
            NameMention m = all.get(i);
            GroupIndexes.Group g = findGroup(m);
            if (g != null) {
                g.add(m, i);
            } else if (m.evidence() == NameMention.Evidence.STRONG && m.type() != EntityType.PERSON) {
                GroupIndexes.Group ng = indexes.new Group();
                ng.add(m, i);
                groups.add(ng);
            }
        }
        List<Groupings.Formed> formed = new ArrayList<>(groups.size());
        for (GroupIndexes.Group g : groups) {
            if (g.removed) {
                continue;
            }
            int[] members = new int[g.mentions.size()];
            for (int k = 0; k < members.length; k++) {
                members[k] = g.position(k);
            }
            EntityType type = g.type();
            formed.add(new Groupings.Formed(members, type, canonicalName(g, type)));
        }
        return formed;
    }

    private String canonicalName(GroupIndexes.Group g, EntityType type) {
        String longest = g.longestName();
        for (NameMention m : g.mentions) {
            // "U.S." → "United States"; a demonym → its place; an acronym → its expansion
            if (m.linkedName() != null && m.linkedName().length() >= longest.length()) {
                longest = m.linkedName();
            }
        }
        if (type == EntityType.LOCATION) {
            for (NameMention m : g.mentions) {
                if (m.linkedName() != null && lex.isPlace(m.linkedName())) {
                    return m.linkedName();
                }
            }
        }
        return longest;
    }

    private GroupIndexes.Group findGroup(NameMention m) {
        String k = m.nameKey();
        String lk = m.linkedKey();
        GroupIndexes.Group best = null;
        // the first group (oldest: groups are only ever appended) holding either key
        GroupIndexes.Group byName = oldestHolding(k);
        GroupIndexes.Group byLink = oldestHolding(lk);
        if (byName != null || byLink != null) {
            return byLink == null || byName != null && byName.serial < byLink.serial ? byName : byLink;
        }
        if (m.acronym()) {
            String acronym = k.toUpperCase(Locale.ROOT);
            List<GroupIndexes.Group> holders =
                    acronym.length() < 2 ? null : indexes.byInitialEnds.get(GroupIndexes.ends(acronym));
            for (GroupIndexes.Group g : holders == null ? List.<GroupIndexes.Group>of() : holders) {
                if (!g.removed && Acronyms.matchesInitials(acronym, g.initials())) {
                    return g;
                }
            }
        }
        if (!m.name().contains(" ") && m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION) {
            for (GroupIndexes.Group g : GroupIndexes.listed(indexes.byFirstWord, k)) {
                if (!g.removed
                        && g.type() == EntityType.ORGANIZATION
                        && k.equals(g.firstWordKey())
                        && lex.organizationHeads.contains(g.lastWord())) {
                    return g;
                }
            }
        }
        // "Scientology" joins "Church of Scientology" (but "England" never joins "Bank of England": places are typed
        // first)
        if (!m.name().contains(" ") && m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION) {
            for (GroupIndexes.Group g : GroupIndexes.listed(indexes.byAfterOf, k)) {
                if (!g.removed && g.type() == EntityType.ORGANIZATION && k.equals(g.afterOfKey())) {
                    return g;
                }
            }
        }
        // a lone surname or given name joins the most recent person whose name contains it; failing
        // that, any longer name that contains it ("Chrome" → "Google Chrome", "Phailin" → "Cyclone Phailin").
        // Per-mention types are too noisy to veto this; only gazetteer places and organisations are kept apart.
        boolean knownOther = m.evidence() == NameMention.Evidence.STRONG && m.type() != EntityType.PERSON;
        if (!m.name().contains(" ") && !knownOther) {
            List<GroupIndexes.Group> holders = GroupIndexes.listed(indexes.byPart, k);
            for (int pass = 0; pass < 2 && best == null; pass++) {
                for (GroupIndexes.Group g : holders) {
                    if (g.removed || pass == 0 && g.type() != EntityType.PERSON || g.firstWordKey() == null) {
                        continue;
                    }
                    if (g.partKeys().contains(k) && (best == null || g.lastSentence > best.lastSentence)) {
                        best = g;
                    }
                }
            }
        }
        return best;
    }

    /** "Kim" mentioned before "Kim Jong Un": the short entity joins the long one when that is unambiguous. */
    private void mergeShortIntoLong(List<GroupIndexes.Group> groups) {
        for (GroupIndexes.Group shortGroup : new ArrayList<>(groups)) {
            if (shortGroup.removed) {
                continue;
            }
            String name = shortGroup.longestName();
            if (name.contains(" ")
                    || shortGroup.type() == EntityType.LOCATION
                    || shortGroup.type() == EntityType.ORGANIZATION && shortGroup.votes(EntityType.ORGANIZATION) >= 4) {
                continue;
            }
            GroupIndexes.Group target = null;
            int matches = 0;
            String nameKey = key(name);
            for (GroupIndexes.Group g : GroupIndexes.listed(indexes.byPart, nameKey)) {
                if (g == shortGroup
                        || g.removed
                        || g.type() != EntityType.PERSON
                        || g.firstWordKey() == null
                        || !g.partKeys().contains(nameKey)) {
                    continue;
                }
                target = g;
                matches++;
            }
            if (matches == 1) {
                for (int k = 0; k < shortGroup.mentions.size(); k++) {
                    target.add(shortGroup.mentions.get(k), shortGroup.position(k));
                }
                remove(shortGroup);
            }
        }
    }

    private void mergeAcronyms(List<GroupIndexes.Group> groups) {
        for (GroupIndexes.Group acr : new ArrayList<>(groups)) {
            if (acr.removed) {
                continue;
            }
            String name = acr.longestName();
            if (!Acronyms.isAcronym(name) || name.contains(" ")) {
                continue;
            }
            String letters = name.replace(".", "");
            for (GroupIndexes.Group g : indexes.byInitialEnds.getOrDefault(GroupIndexes.ends(letters), List.of())) {
                if (g != acr
                        && !g.removed
                        && g.longestName().contains(" ")
                        && Acronyms.matchesInitials(letters, g.initials())) {
                    for (int k = 0; k < acr.mentions.size(); k++) {
                        g.add(acr.mentions.get(k), acr.position(k));
                    }
                    remove(acr);
                    break;
                }
            }
        }
    }
}
