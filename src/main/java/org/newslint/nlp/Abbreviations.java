package org.newslint.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.newslint.text.WordList;

/**
 * News abbreviations written with full stops, because a full stop after "Gen." or "U.K." must not
 * end a sentence. Titles never end a sentence; other abbreviations end one only before a capital.
 */
public final class Abbreviations {
    /** How an abbreviation behaves at a possible sentence end. */
    public enum Kind {
        TITLE,
        OTHER
    }

    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Abbreviations DEFAULT = new Abbreviations(load());

    private final Map<String, Kind> kinds;

    Abbreviations(Map<String, Kind> kinds) {
        this.kinds = Map.copyOf(kinds);
    }

    public static Abbreviations defaults() {
        return DEFAULT;
    }

    private static Map<String, Kind> load() {
        Map<String, Kind> map = new HashMap<>();
        for (String[] row : WordList.rows("abbreviations.txt")) {
            Kind kind = row.length > 1 && row[1].equalsIgnoreCase("title") ? Kind.TITLE : Kind.OTHER;
            map.put(row[0], kind);
        }
        return map;
    }

    /** The kind of {@code word} (which ends with a full stop), or null when it is not an abbreviation. */
    public Kind kindOf(String word) {
        Kind k = kinds.get(word);
        if (k != null) {
            return k;
        }
        if (INITIALISM.matcher(word).matches()) {
            return Kind.OTHER;
        }
        if (INITIAL.matcher(word).matches()) {
            // a middle initial, as in "Donald J. Trump"
            return Kind.TITLE;
        }
        return null;
    }

    public boolean isAbbreviation(String word) {
        return kindOf(word) != null;
    }
}
