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
 * Groups name mentions into entities: the same name, an acronym and its expansion, a surname and
 * the full name it belongs to ("Kim" → "Kim Jong Un"), "Scientology" and "Church of Scientology";
 * each entity takes the type its mentions vote for and its longest or canonical name.
 */
final class EntityGrouper {
    private final Lexicons lex;
    /**
     * The groups that hold each key, oldest first: a mention's own name joins the oldest group that
     * has it, found here instead of by asking every group (quadratic in a long document's names).
     */
    private final Map<String, List<Group>> byKey = new HashMap<>();
    /*
     * The groups whose longest name has, or once had, a first word, a word, a name after " of ", or
     * initials beginning and ending with two letters, oldest first. Grouping asked every group these
     * questions for every one-word mention (quadratic in a long document's names); now it asks only the
     * groups listed under the mention's key. A group is listed under the keys of every longest name it
     * has had (it is listed again whenever that name changes), so the lists hold every group that
     * matches now; each question is still asked of the group's current name and type, in the order
     * of the groups (the order of their serials: groups are only ever appended), so the answers are
     * those of the scans.
     */
    private final Map<String, List<Group>> byFirstWord = new HashMap<>();
    private final Map<String, List<Group>> byAfterOf = new HashMap<>();
    private final Map<String, List<Group>> byPart = new HashMap<>();
    private final Map<Integer, List<Group>> byInitialEnds = new HashMap<>();

    private int groupsMade;

    EntityGrouper(Lexicons lex) {
        this.lex = lex;
    }

    /**
     * Mentions grouped as one entity. Its longest name, and the keys of that name's words, are kept
     * up to date as mentions join; its type is computed when asked after a change.
     */
    private final class Group {
        final int serial = groupsMade++;
        final List<NameMention> mentions = new ArrayList<>();
        final Map<EntityType, Integer> votes = new HashMap<>();
        final Set<String> keys = new LinkedHashSet<>();
        int lastSentence;
        boolean removed;
        /** The longest name so far as {@link #longestName()} folds it over the mentions ("" before any). */
        private String best = "";
        /** The longest name: {@link #best}, or the first mention's name when every mention is an acronym. */
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

        /**
         * The longest name, preferring a name not in capitals ("AARHUS" in a dateline is the same name
         * as "Aarhus"); acronyms count only when there is nothing else.
         */
        String longestName() {
            return longest;
        }

        /** The keys of the longest name's words, in order ("Kim Jong Un" → kim, jong, un). */
        List<String> partKeys() {
            return partKeys;
        }

        /** The key of the longest name's first word, or null for a one-word name. */
        String firstWordKey() {
            return firstWordKey;
        }

        String lastWord() {
            return lastWord;
        }

        /** {@link Acronyms#acronymOf} the longest name. */
        String initials() {
            return initials;
        }

        /** The key of what follows " of " in the longest name ("Church of Scientology" → scientology), or null. */
        String afterOfKey() {
            return afterOfKey;
        }

        /** One step of the fold over the mentions in order that picks the longest name. */
        private void fold(NameMention m) {
            boolean shouting = m.name().equals(m.name().toUpperCase(Locale.ROOT));
            boolean bestShouting = best.equals(best.toUpperCase(Locale.ROOT));
            // "AARHUS" in a dateline is the same name as "Aarhus", written in capitals
            if (!m.acronym()
                    && (m.name().length() > best.length() && (!shouting || bestShouting)
                            || bestShouting && !shouting && m.name().length() == best.length())) {
                best = m.name();
            }
        }

        private void named(String name) {
            longest = name;
            partKeys = new ArrayList<>();
            for (String part : name.split(" ")) {
                partKeys.add(key(part));
            }
            int space = name.indexOf(' ');
            firstWordKey = space < 0 ? null : key(name.substring(0, space));
            lastWord = name.substring(name.lastIndexOf(' ') + 1);
            int of = name.indexOf(" of ");
            if (of > 0) {
                String after = name.substring(of + 4);
                afterOfKey = key(after.startsWith("the ") ? after.substring(4) : after);
            } else {
                afterOfKey = null;
            }
            initials = Acronyms.acronymOf(name);
            if (firstWordKey != null) {
                list(byFirstWord, firstWordKey, this);
                for (String part : partKeys) {
                    list(byPart, part, this);
                }
            }
            if (afterOfKey != null) {
                list(byAfterOf, afterOfKey, this);
            }
            if (initials.length() >= 2) {
                list(byInitialEnds, ends(initials), this);
            }
        }

        void add(NameMention m) {
            mentions.add(m);
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
            fold(m);
            String name = best.isEmpty() ? mentions.get(0).name() : best;
            if (!name.equals(longest)) {
                named(name);
            }
        }

        private void addKey(String key) {
            if (keys.add(key)) {
                list(byKey, key, this);
            }
        }
    }

    /** Lists {@code g} under {@code key}, in serial order, once. */
    private static <K> void list(Map<K, List<Group>> index, K key, Group g) {
        List<Group> holders = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        int at = holders.size();
        while (at > 0 && holders.get(at - 1).serial > g.serial) {
            at--;
        }
        if (at == 0 || holders.get(at - 1) != g) {
            holders.add(at, g);
        }
    }

    /** The first and last letters of initials or an acronym, as one index key. */
    private static Integer ends(String letters) {
        return (letters.charAt(0) << 16) | letters.charAt(letters.length() - 1);
    }

    private static List<Group> listed(Map<String, List<Group>> index, String key) {
        List<Group> holders = index.get(key);
        return holders == null ? List.of() : holders;
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

    /** Marks a group merged into another; the lists skip it from then on. */
    private static void remove(Group g) {
        g.removed = true;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'").strip();
    }

    /** The grouping of {@code all} mentions (in text order) into entities. */
    EntityFinder.Result group(List<NameMention> all) {
        return group(all, null);
    }

    /**
     * As {@link #group(List)}; with a memory, the groups are those remembered for mentions of the same
     * {@link Key} when there are any (an edit that changed no name), and only the output is rebuilt.
     */
    EntityFinder.Result group(List<NameMention> all, EntityMemory memory) {
        if (memory == null) {
            return output(form(all), all);
        }
        Key key = new Key(all);
        List<Formed> formed = memory.grouping(key);
        if (formed == null) {
            formed = form(all);
            memory.rememberGrouping(key, formed);
        }
        return output(formed, all);
    }

    /**
     * Everything the grouping decisions read of the mentions, in order: names, linked names, rule types and
     * evidence, model types, trust, acronym flags, and each mention's sentence as its rank among the sentences
     * that have mentions (decisions compare sentence indices only with each other: a sentence added or removed
     * elsewhere changes no decision). Not the ranges nor the descriptions, which only the output reads.
     */
    static final class Key {
        private final List<NameMention> mentions;
        private final int[] sentenceRanks;
        private final int hash;

        Key(List<NameMention> mentions) {
            this.mentions = mentions;
            this.sentenceRanks = new int[mentions.size()];
            int rank = -1;
            int lastSentence = Integer.MIN_VALUE;
            boolean inOrder = true;
            for (int i = 0; i < mentions.size(); i++) {
                int si = mentions.get(i).sentenceIndex();
                inOrder &= si >= lastSentence;
                if (i == 0 || si != lastSentence) {
                    rank++;
                    lastSentence = si;
                }
                sentenceRanks[i] = rank;
            }
            if (!inOrder) {
                // never in text order, but then the indices themselves (no non-decreasing ranks equal them)
                for (int i = 0; i < mentions.size(); i++) {
                    sentenceRanks[i] = mentions.get(i).sentenceIndex();
                }
            }
            int h = mentions.size();
            for (int i = 0; i < mentions.size(); i++) {
                NameMention m = mentions.get(i);
                h = 31 * h + m.name().hashCode();
                h = 31 * h + java.util.Objects.hashCode(m.linkedName());
                h = 31 * h + java.util.Objects.hashCode(m.type());
                h = 31 * h + m.evidence().hashCode();
                h = 31 * h + java.util.Objects.hashCode(m.modelType());
                h = 31 * h + (m.trusted() ? 1 : 0) + (m.acronym() ? 2 : 0);
                h = 31 * h + sentenceRanks[i];
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Key k) || k.hash != hash || k.mentions.size() != mentions.size()) {
                return false;
            }
            if (!java.util.Arrays.equals(k.sentenceRanks, sentenceRanks)) {
                return false;
            }
            for (int i = 0; i < mentions.size(); i++) {
                NameMention a = mentions.get(i);
                NameMention b = k.mentions.get(i);
                if (!a.name().equals(b.name())
                        || !java.util.Objects.equals(a.linkedName(), b.linkedName())
                        || a.type() != b.type()
                        || a.evidence() != b.evidence()
                        || a.modelType() != b.modelType()
                        || a.trusted() != b.trusted()
                        || a.acronym() != b.acronym()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * One entity as grouping formed it: its mentions' positions in the list grouped, in the order they
     * joined, its type and canonical name. The groups are kept in the order grouping left them, before
     * they are sorted by first mention.
     */
    record Formed(int[] members, EntityType type, String name) {}

    /** The grouping decisions: which mentions make one entity, with its type and name. */
    private List<Formed> form(List<NameMention> all) {
        java.util.IdentityHashMap<NameMention, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.put(all.get(i), i);
        }
        List<Group> groups = new ArrayList<>();
        List<NameMention> deferred = new ArrayList<>();
        for (NameMention m : all) {
            if (!m.trusted()) {
                deferred.add(m);
                continue;
            }
            Group g = findGroup(m);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.add(m);
        }
        mergeShortIntoLong(groups);
        mergeAcronyms(groups);
        for (NameMention m : deferred) {
            Group g = findGroup(m);
            if (g != null) {
                g.add(m);
            } else if (m.evidence() == NameMention.Evidence.STRONG && m.type() != EntityType.PERSON) {
                Group ng = new Group();
                ng.add(m);
                groups.add(ng);
            }
        }
        List<Formed> formed = new ArrayList<>(groups.size());
        for (Group g : groups) {
            if (g.removed) {
                continue;
            }
            int[] members = new int[g.mentions.size()];
            for (int k = 0; k < members.length; k++) {
                members[k] = position.get(g.mentions.get(k));
            }
            EntityType type = g.type();
            formed.add(new Formed(members, type, canonicalName(g, type)));
        }
        return formed;
    }

    /** The entities of the formed groups, ordered by first mention, each mention in text order. */
    private static EntityFinder.Result output(List<Formed> formed, List<NameMention> all) {
        List<Formed> groups = new ArrayList<>(formed);
        groups.sort((a, b) -> Integer.compare(firstStart(a, all), firstStart(b, all)));
        List<Entity> entities = new ArrayList<>();
        TreeMap<Integer, EntityFinder.MentionRef> refs = new TreeMap<>();
        int counter = 0;
        for (Formed g : groups) {
            String id = "e" + (++counter);
            EntityType type = g.type();
            String name = g.name();
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> descriptions = new LinkedHashSet<>();
            List<TextRange> ranges = new ArrayList<>();
            List<NameMention> mentions = new ArrayList<>(g.members().length);
            for (int i : g.members()) {
                mentions.add(all.get(i));
            }
            mentions.sort((a, b) -> a.range().compareTo(b.range()));
            for (NameMention m : mentions) {
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

    private static int firstStart(Formed g, List<NameMention> all) {
        int min = Integer.MAX_VALUE;
        for (int i : g.members()) {
            min = Math.min(min, all.get(i).range().start());
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

    private Group findGroup(NameMention m) {
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
            List<Group> holders = acronym.length() < 2 ? null : byInitialEnds.get(ends(acronym));
            for (Group g : holders == null ? List.<Group>of() : holders) {
                if (!g.removed && Acronyms.matchesInitials(acronym, g.initials())) {
                    return g;
                }
            }
        }
        if (!m.name().contains(" ") && m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION) {
            for (Group g : listed(byFirstWord, k)) {
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
            for (Group g : listed(byAfterOf, k)) {
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
            List<Group> holders = listed(byPart, k);
            for (int pass = 0; pass < 2 && best == null; pass++) {
                for (Group g : holders) {
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
    private void mergeShortIntoLong(List<Group> groups) {
        for (Group shortGroup : new ArrayList<>(groups)) {
            if (shortGroup.removed) {
                continue;
            }
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
            for (Group g : listed(byPart, nameKey)) {
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
                for (NameMention m : shortGroup.mentions) {
                    target.add(m);
                }
                remove(shortGroup);
            }
        }
    }

    private void mergeAcronyms(List<Group> groups) {
        for (Group acr : new ArrayList<>(groups)) {
            if (acr.removed) {
                continue;
            }
            String name = acr.longestName();
            if (!Acronyms.isAcronym(name) || name.contains(" ")) {
                continue;
            }
            String letters = name.replace(".", "");
            for (Group g : byInitialEnds.getOrDefault(ends(letters), List.of())) {
                if (g != acr
                        && !g.removed
                        && g.longestName().contains(" ")
                        && Acronyms.matchesInitials(letters, g.initials())) {
                    for (NameMention m : acr.mentions) {
                        g.add(m);
                    }
                    remove(acr);
                    break;
                }
            }
        }
    }
}
