package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.analysis.model.EntityType;

/**
 * The groups of one grouping ({@link EntityGrouper}) and the indexes that find them: each {@link Group}
 * lists itself under the keys of its names as they change.
 */
final class GroupIndexes {
    /**
     * The groups that hold each key, oldest first: a mention's own name joins the oldest group that
     * has it, found here instead of by asking every group (quadratic in a long document's names).
     */
    final Map<String, List<Group>> byKey = new HashMap<>();
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
    final Map<String, List<Group>> byFirstWord = new HashMap<>();
    final Map<String, List<Group>> byAfterOf = new HashMap<>();
    final Map<String, List<Group>> byPart = new HashMap<>();
    final Map<Integer, List<Group>> byInitialEnds = new HashMap<>();

    private int groupsMade;
    private final NameKeys names;

    GroupIndexes(NameKeys names) {
        this.names = names;
    }

    /**
     * Mentions grouped as one entity. Its longest name, and the keys of that name's words, are kept
     * up to date as mentions join; its type is computed when asked after a change.
     */
    final class Group {
        final int serial = groupsMade++;
        final List<NameMention> mentions = new ArrayList<>();
        /** Each mention's position in the list grouped, in the order of {@link #mentions}. */
        private int[] positions = new int[2];
        /** The votes for each type, by {@link EntityType#ordinal()}. */
        private final int[] votes = new int[EntityType.values().length];

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
                int v = votes[t.ordinal()];
                if (v > bestScore) {
                    best = t;
                    bestScore = v;
                }
            }
            return best;
        }

        int votes(EntityType t) {
            return votes[t.ordinal()];
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
            boolean shouting = inCapitals(m.name());
            boolean bestShouting = inCapitals(best);
            // "AARHUS" in a dateline is the same name as "Aarhus", written in capitals
            if (!m.acronym()
                    && (m.name().length() > best.length() && (!shouting || bestShouting)
                            || bestShouting && !shouting && m.name().length() == best.length())) {
                best = m.name();
            }
        }

        private void named(String name) {
            longest = name;
            NameKeys.Parts parts = names.parts(name);
            partKeys = parts.partKeys();
            firstWordKey = parts.firstWordKey();
            lastWord = parts.lastWord();
            afterOfKey = parts.afterOfKey();
            initials = parts.initials();
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

        /** The position in the list grouped of the {@code k}th mention that joined. */
        int position(int k) {
            return positions[k];
        }

        /** Adds the mention at {@code position} of the list grouped. */
        void add(NameMention m, int position) {
            if (mentions.size() == positions.length) {
                positions = java.util.Arrays.copyOf(positions, 2 * positions.length);
            }
            positions[mentions.size()] = position;
            mentions.add(m);
            type = null;
            addKey(m.nameKey());
            if (m.linkedKey() != null) {
                addKey(m.linkedKey());
            }
            if (m.type() != null) {
                votes[m.type().ordinal()] += m.evidence().weight();
            }
            if (m.modelType() != null) {
                votes[m.modelType().ordinal()] += NameMention.MODEL_WEIGHT;
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
    static <K> void list(Map<K, List<Group>> index, K key, Group g) {
        List<Group> holders = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        int at = holders.size();
        while (at > 0 && holders.get(at - 1).serial > g.serial) {
            at--;
        }
        if (at == 0 || holders.get(at - 1) != g) {
            holders.add(at, g);
        }
    }

    /**
     * The first and last letters of initials or an acronym, as one index key (both letters, multiplied by an odd
     * number: one key per pair still, but spread over the hash table's low bits, where capital letters alone
     * would crowd a few buckets).
     */
    static Integer ends(String letters) {
        return ((letters.charAt(0) << 16) | letters.charAt(letters.length() - 1)) * 0x9E3779B1;
    }

    /** Whether {@code s} equals its upper case ({@code s.toUpperCase(Locale.ROOT)}), without making it for ASCII. */
    static boolean inCapitals(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return s.equals(s.toUpperCase(Locale.ROOT));
            }
            if (c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    static List<Group> listed(Map<String, List<Group>> index, String key) {
        List<Group> holders = index.get(key);
        return holders == null ? List.of() : holders;
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'").strip();
    }
}
