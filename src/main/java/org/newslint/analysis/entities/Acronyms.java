package org.newslint.analysis.entities;

/** Acronyms and their expansions: "KCNA" is the Korean Central News Agency, "U.S." an acronym too. */
public final class Acronyms {
    /** What separates words for initials: spaces and hyphens ("Trans-Pacific" gives T and P). */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");

    private Acronyms() {}

    public static boolean isAcronym(String w) {
        String letters = w.replace(".", "");
        if (letters.length() < 2 || letters.length() > 7) {
            return false;
        }
        for (int k = 0; k < letters.length(); k++) {
            char c = letters.charAt(k);
            if (!Character.isUpperCase(c) && !(k > 0 && Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an acronym abbreviates a name: its letters are the name's initials in order, starting
     * with the first and ending with the last ("ITF" = International Transport Workers' Federation).
     */
    public static boolean acronymMatches(String acronym, String name) {
        return matchesInitials(acronym, acronymOf(name));
    }

    /** As {@link #acronymMatches}, given the name's {@link #acronymOf initials}. */
    static boolean matchesInitials(String acronym, String initials) {
        if (initials.length() < 2
                || acronym.length() < 2
                || acronym.charAt(0) != initials.charAt(0)
                || acronym.charAt(acronym.length() - 1) != initials.charAt(initials.length() - 1)) {
            return false;
        }
        if (initials.equals(acronym)) {
            return true;
        }
        if (initials.length() - acronym.length() > 1) {
            return false;
        }
        int k = 0;
        for (int x = 0; x < initials.length() && k < acronym.length(); x++) {
            if (initials.charAt(x) == acronym.charAt(k)) {
                k++;
            }
        }
        return k == acronym.length();
    }

    /** Initials of the capitalised words: "Korean Central News Agency" → "KCNA". */
    public static String acronymOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : WORD_BREAKS.split(name)) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                sb.append(part.charAt(0));
            }
        }
        return sb.toString();
    }
}
