package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What grouping reads of a name string, worked out once per name instead of once per mention (and, on the
 * editor path, once per session instead of once per regrouping): its {@link GroupIndexes#key key} and, for a
 * group's longest name, its {@link Parts}. Both are pure functions of the string, so a remembered answer is the
 * answer.
 *
 * <p>Thread-safe (an {@link EntityMemory} serves analyses of several documents); bounded: emptied when it holds
 * more than {@value #MOST} names.
 */
final class NameKeys {
    private static final int MOST = 1 << 16;

    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, Parts> parts = new ConcurrentHashMap<>();

    /**
     * The parts of a name that the group indexes list it under.
     *
     * @param partKeys the keys of its words split at spaces ("Kim Jong Un" → kim, jong, un)
     * @param firstWordKey the key of its first word, or null for a one-word name
     * @param lastWord its last word as written
     * @param afterOfKey the key of what follows " of " (and a "the " after it), or null
     * @param initials {@link Acronyms#acronymOf} the name
     */
    record Parts(List<String> partKeys, String firstWordKey, String lastWord, String afterOfKey, String initials) {}

    String key(String name) {
        String key = keys.get(name);
        if (key == null) {
            key = GroupIndexes.key(name);
            keys.put(name, key);
            bound(keys);
        }
        return key;
    }

    Parts parts(String name) {
        Parts p = parts.get(name);
        if (p == null) {
            p = partsOf(name);
            parts.put(name, p);
            bound(parts);
        }
        return p;
    }

    private Parts partsOf(String name) {
        List<String> partKeys = new ArrayList<>();
        for (String part : name.split(" ")) {
            partKeys.add(key(part));
        }
        int space = name.indexOf(' ');
        String firstWordKey = space < 0 ? null : key(name.substring(0, space));
        String lastWord = name.substring(name.lastIndexOf(' ') + 1);
        int of = name.indexOf(" of ");
        String afterOfKey = null;
        if (of > 0) {
            String after = name.substring(of + 4);
            afterOfKey = key(after.startsWith("the ") ? after.substring(4) : after);
        }
        return new Parts(List.copyOf(partKeys), firstWordKey, lastWord, afterOfKey, Acronyms.acronymOf(name));
    }

    private static void bound(Map<String, ?> map) {
        if (map.size() > MOST) {
            map.clear();
        }
    }
}
