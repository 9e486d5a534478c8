package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.text.TextRange;

/**
 * The grouping as it was before {@link EntityGrouper} looked groups up in indexes: every question asked
 * of every group. Kept unchanged as the oracle {@code EntityGrouperTest} compares the indexed grouping
 * with.
 *
 * <p>Groups name mentions into entities: the same name, an acronym and its expansion, a surname and
 * the full name it belongs to ("Kim" → "Kim Jong Un"), "Scientology" and "Church of Scientology";
 * each entity takes the type its mentions vote for and its longest or canonical name.
 */
final class ScanningGrouper {
    private final Lexicons lex;
    /**
     * The groups that hold each key, oldest first: a mention's own name joins the oldest group that
     * has it, found here instead of by asking every group (quadratic in a long document's names).
     */
    private final Map<String, List<Group>> byKey = new HashMap<>();

    private int groupsMade;

    ScanningGrouper(Lexicons lex) {
        this.lex = lex;
    }

    /**
     * Mentions grouped as one entity. What grouping asks of a group per mention (its type, its
     * longest name and the keys of that name's words) is kept until the group next changes.
     */
    private final class Group {
        final int serial = groupsMade++;
        final List<NameMention> mentions = new ArrayList<>();
        final Map<EntityType, Integer> votes = new HashMap<>();
        final Set<String> keys = new LinkedHashSet<>();
        int lastSentence;
        boolean removed;
        /** {@link #longestName()}, kept until the next {@link #add}: grouping asks for it per mention and group. */
        private String longest;

        private EntityType type;
        /** Keys of the longest name's words (split at spaces), of its first word, and of what follows " of ". */
        private List<String> partKeys;

        private String firstWordKey;
        private String lastWord;
        private String afterOfKey;
        private String initials;

        EntityType type() {
            if (type == null) {
                type = computeType();
            }
            return type;
        }

        private EntityType computeType() {
            EntityType best = EntityType.MISC;
            int bestScore = 0;
            for (EntityType t : EntityType.values()) {
                int v = votes.getOrDefault(t, 0);
                if (v > bestScore) {
                    best = t;
                    bestScore = v;
                }
            }
            return best;
        }

        String longestName() {
            if (longest == null) {
                longest = computeLongestName();
                partKeys = null;
            }
            return longest;
        }

        /** The keys of the longest name's words, in order ("Kim Jong Un" → kim, jong, un). */
        List<String> partKeys() {
            String name = longestName();
            if (partKeys == null) {
                partKeys = new ArrayList<>();
                for (String part : name.split(" ")) {
                    partKeys.add(key(part));
                }
                int space = name.indexOf(' ');
                firstWordKey = space < 0 ? null : key(name.substring(0, space));
                lastWord = name.substring(name.lastIndexOf(' ') + 1);
                int of = name.indexOf(" of ");
                afterOfKey = of > 0 ? key(name.substring(of + 4).replaceFirst("^the ", "")) : null;
                initials = Acronyms.acronymOf(name);
            }
            return partKeys;
        }

        /** The key of the longest name's first word, or null for a one-word name. */
        String firstWordKey() {
            partKeys();
            return firstWordKey;
        }

        String lastWord() {
            partKeys();
            return lastWord;
        }

        /** {@link Acronyms#acronymOf} the longest name. */
        String initials() {
            partKeys();
            return initials;
        }

        /** The key of what follows " of " in the longest name ("Church of Scientology" → scientology), or null. */
        String afterOfKey() {
            partKeys();
            return afterOfKey;
        }

        private String computeLongestName() {
            String best = "";
            for (NameMention m : mentions) {
                boolean shouting = m.name().equals(m.name().toUpperCase(Locale.ROOT));
                boolean bestShouting = best.equals(best.toUpperCase(Locale.ROOT));
                // "AARHUS" in a dateline is the same name as "Aarhus", written in capitals
                if (!m.acronym()
                        && (m.name().length() > best.length() && (!shouting || bestShouting)
                                || bestShouting && !shouting && m.name().length() == best.length())) {
                    best = m.name();
                }
            }
            return best.isEmpty() ? mentions.get(0).name() : best;
        }

        void add(NameMention m) {
            mentions.add(m);
            longest = null;
            type = null;
            addKey(key(m.name()));
            if (m.linkedName() != null) {
                addKey(key(m.linkedName()));
            }
            if (m.type() != null) {
                votes.merge(m.type(), m.evidence().weight(), Integer::sum);
            }
            if (m.modelType() != null) {
                votes.merge(m.modelType(), NameMention.MODEL_WEIGHT, Integer::sum);
            }
            lastSentence = Math.max(lastSentence, m.sentenceIndex());
        }

        private void addKey(String key) {
            if (keys.add(key)) {
                List<Group> holders = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                int at = holders.size();
                while (at > 0 && holders.get(at - 1).serial > serial) {
                    at--;
                }
                holders.add(at, this);
            }
        }
    }

    /** The oldest group still standing that holds {@code key}, or null. */
    private Group oldestHolding(String key) {
        List<Group> holders = key == null ? null : byKey.get(key);
        if (holders != null) {
            for (Group g : holders) {
                if (!g.removed) {
                    return g;
                }
            }
        }
        return null;
    }

    private static void remove(List<Group> groups, Group g) {
        groups.remove(g);
        g.removed = true;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'").strip();
    }

    EntityFinder.Result group(List<NameMention> all) {
        List<Group> groups = new ArrayList<>();
        List<NameMention> deferred = new ArrayList<>();
        for (NameMention m : all) {
            if (!m.trusted()) {
                deferred.add(m);
                continue;
            }
            Group g = findGroup(groups, m);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.add(m);
        }
        mergeShortIntoLong(groups);
        mergeAcronyms(groups);
        for (NameMention m : deferred) {
            Group g = findGroup(groups, m);
            if (g != null) {
                g.add(m);
            } else if (m.evidence() == NameMention.Evidence.STRONG && m.type() != EntityType.PERSON) {
                Group ng = new Group();
                ng.add(m);
                groups.add(ng);
            }
        }
        groups.sort((a, b) -> Integer.compare(firstStart(a), firstStart(b)));
        List<Entity> entities = new ArrayList<>();
        TreeMap<Integer, EntityFinder.MentionRef> refs = new TreeMap<>();
        int counter = 0;
        for (Group g : groups) {
            String id = "e" + (++counter);
            EntityType type = g.type();
            String name = canonicalName(g, type);
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> descriptions = new LinkedHashSet<>();
            List<TextRange> ranges = new ArrayList<>();
            g.mentions.sort((a, b) -> a.range().compareTo(b.range()));
            for (NameMention m : g.mentions) {
                if (!m.name().equals(name)) {
                    aliases.add(m.name());
                }
                if (m.linkedName() != null && !m.linkedName().equals(name)) {
                    aliases.add(m.linkedName());
                }
                if (m.description() != null) {
                    for (String d : m.description().split("\u0000")) {
                        descriptions.add(d);
                    }
                }
                ranges.add(m.range());
                refs.put(m.range().start(), new EntityFinder.MentionRef(m.range(), id, type));
            }
            entities.add(new Entity(id, name, type, new ArrayList<>(aliases), new ArrayList<>(descriptions), ranges));
        }
        return new EntityFinder.Result(entities, refs);
    }

    private static int firstStart(Group g) {
        int min = Integer.MAX_VALUE;
        for (NameMention m : g.mentions) {
            min = Math.min(min, m.range().start());
        }
        return min;
    }

    private String canonicalName(Group g, EntityType type) {
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

    private Group findGroup(List<Group> groups, NameMention m) {
        String k = key(m.name());
        String lk = m.linkedName() != null ? key(m.linkedName()) : null;
        Group best = null;
        // the first group (oldest: groups are only ever appended) holding either key
        Group byName = oldestHolding(k);
        Group byLink = oldestHolding(lk);
        if (byName != null || byLink != null) {
            return byLink == null || byName != null && byName.serial < byLink.serial ? byName : byLink;
        }
        if (m.acronym()) {
            String acronym = k.toUpperCase(Locale.ROOT);
            for (Group g : groups) {
                if (Acronyms.matchesInitials(acronym, g.initials())) {
                    return g;
                }
            }
        }
        if (!m.name().contains(" ") && m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION) {
            for (Group g : groups) {
                if (g.type() == EntityType.ORGANIZATION
                        && k.equals(g.firstWordKey())
                        && lex.organizationHeads.contains(g.lastWord())) {
                    return g;
                }
            }
        }
        // "Scientology" joins "Church of Scientology" (but "England" never joins "Bank of England": places are typed
        // first)
        if (!m.name().contains(" ") && m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION) {
            for (Group g : groups) {
                if (g.type() == EntityType.ORGANIZATION && k.equals(g.afterOfKey())) {
                    return g;
                }
            }
        }
        // a lone surname or given name joins the most recent person whose name contains it; failing
        // that, any longer name that contains it ("Chrome" → "Google Chrome", "Phailin" → "Cyclone Phailin").
        // Per-mention types are too noisy to veto this; only gazetteer places and organisations are kept apart.
        boolean knownOther = m.evidence() == NameMention.Evidence.STRONG && m.type() != EntityType.PERSON;
        if (!m.name().contains(" ") && !knownOther) {
            for (int pass = 0; pass < 2 && best == null; pass++) {
                for (Group g : groups) {
                    if (pass == 0 && g.type() != EntityType.PERSON || g.firstWordKey() == null) {
                        continue;
                    }
                    for (String part : g.partKeys()) {
                        if (part.equals(k) && (best == null || g.lastSentence > best.lastSentence)) {
                            best = g;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** "Kim" mentioned before "Kim Jong Un": the short entity joins the long one when that is unambiguous. */
    private void mergeShortIntoLong(List<Group> groups) {
        for (Group shortGroup : new ArrayList<>(groups)) {
            String name = shortGroup.longestName();
            if (name.contains(" ")
                    || shortGroup.type() == EntityType.LOCATION
                    || shortGroup.type() == EntityType.ORGANIZATION
                            && shortGroup.votes.getOrDefault(EntityType.ORGANIZATION, 0) >= 4) {
                continue;
            }
            Group target = null;
            int matches = 0;
            String nameKey = key(name);
            for (Group g : groups) {
                if (g == shortGroup || g.type() != EntityType.PERSON || g.firstWordKey() == null) {
                    continue;
                }
                for (String part : g.partKeys()) {
                    if (part.equals(nameKey)) {
                        target = g;
                        matches++;
                        break;
                    }
                }
            }
            if (matches == 1) {
                for (NameMention m : shortGroup.mentions) {
                    target.add(m);
                }
                remove(groups, shortGroup);
            }
        }
    }

    private void mergeAcronyms(List<Group> groups) {
        for (Group acr : new ArrayList<>(groups)) {
            String name = acr.longestName();
            if (!Acronyms.isAcronym(name) || name.contains(" ")) {
                continue;
            }
            for (Group g : groups) {
                if (g != acr
                        && g.longestName().contains(" ")
                        && Acronyms.matchesInitials(name.replace(".", ""), g.initials())) {
                    for (NameMention m : acr.mentions) {
                        g.add(m);
                    }
                    remove(groups, acr);
                    break;
                }
            }
        }
    }
}
