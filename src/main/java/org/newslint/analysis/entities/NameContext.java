package org.newslint.analysis.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.nlp.Token;

/**
 * What the words around a name say about it: the titles before it ("former President"), a
 * descriptor ("former U.S. diplomat"), an appositive (", the new head of the British Army,") and
 * the text of a token span.
 */
final class NameContext {
    static final Set<String> DESCRIPTOR_MODIFIERS = Set.of(
            "former",
            "new",
            "acting",
            "deputy",
            "interim",
            "then",
            "late",
            "outgoing",
            "incoming",
            "current",
            "veteran",
            "senior",
            "top",
            "chief",
            "longtime");

    private final Lexicons lex;
    private final String text;

    private final Set<String> lowerOrganizationHeads = new java.util.HashSet<>();

    NameContext(Lexicons lex, String text) {
        this.lex = lex;
        this.text = text;
        for (String h : lex.organizationHeads) {
            lowerOrganizationHeads.add(h.toLowerCase(Locale.ROOT));
        }
    }

    String span(List<Token> toks, int from, int to) {
        return text.substring(toks.get(from).start(), toks.get(to).end());
    }

    /**
     * "US President Barack Obama", "Google co-founder Sergey Brin", "Democratic Sen. Claire
     * McCaskill": words before a title that is followed by a name are not part of the person's name
     * (a place, an organisation, a party label); returns where the title starts, or {@code i}.
     */
    int titleAfterPrefix(List<Token> toks, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            int len = titleLength(toks, k, j);
            if (len > 0) {
                return k + len <= j ? k : i;
            }
        }
        return i;
    }

    /** Whether a prefix split off before a title is a known place, demonym or organisation. */
    boolean knownPrefix(List<Token> toks, int i, int j) {
        String prefix = span(toks, i, j);
        return lex.isPlace(prefix) || lex.demonyms.containsKey(prefix) || lex.organizations.containsKey(prefix);
    }

    int titleLength(List<Token> toks, int s, int j) {
        for (int len = Math.min(lex.maxTitleWords, j - s); len >= 1; len--) {
            String candidate = span(toks, s, s + len - 1).toLowerCase(Locale.ROOT);
            if (lex.personTitles.contains(candidate)) {
                return len;
            }
        }
        return 0;
    }

    String leftModifiers(List<Token> toks, int i) {
        int k = i - 1;
        while (k >= 0
                && (DESCRIPTOR_MODIFIERS.contains(toks.get(k).lower())
                        || toks.get(k).text().endsWith("-"))) {
            k--;
        }
        return k + 1 < i ? span(toks, k + 1, i - 1) : "";
    }

    /** "former U.S. diplomat Richard Grenell" → "former U.S. diplomat". */
    String leftDescriptor(List<Token> toks, int i) {
        int k = i - 1;
        if (k < 0 || !lex.roleNouns.contains(toks.get(k).lower()) || toks.get(k).isCapitalized() && k == 0) {
            return null;
        }
        int start = k;
        while (start - 1 >= 0) {
            Token t = toks.get(start - 1);
            boolean modifier = t.pos().equals("ADJ")
                    || t.pos().equals("NOUN")
                    || DESCRIPTOR_MODIFIERS.contains(t.lower())
                    || (t.isProperNoun() && (lex.isPlace(t.text()) || lex.demonyms.containsKey(t.text())));
            if (!modifier || t.isPunctuation()) {
                break;
            }
            start--;
        }
        return span(toks, start, k);
    }

    /** ", the new head of the British Army," or ", who served as …," right after a name. */
    String appositive(List<Token> toks, int j) {
        int n = toks.size();
        if (j + 2 >= n || !toks.get(j + 1).text().equals(",")) {
            return null;
        }
        int start = j + 2;
        Token first = toks.get(start);
        String fw = first.lower();
        boolean relative = fw.equals("who") || fw.equals("which");
        boolean nominal = first.pos().equals("DET")
                || DESCRIPTOR_MODIFIERS.contains(fw)
                || first.pos().equals("ADJ")
                || (first.pos().equals("NOUN") && !first.isCapitalized())
                || lex.roleNouns.contains(fw);
        if (!relative && !nominal) {
            return null;
        }
        int end = start;
        while (end + 1 < n
                && !toks.get(end + 1).text().equals(",")
                && !isSentenceEnd(toks.get(end + 1))
                && !toks.get(end + 1).isQuoteMark()
                && end - start < 16) {
            end++;
        }
        boolean closed = end + 1 >= n || toks.get(end + 1).text().equals(",") || isSentenceEnd(toks.get(end + 1));
        if (!closed) {
            return null;
        }
        if (!relative) {
            // a nominal appositive is a noun phrase: no finite verb inside
            for (int x = start; x <= end; x++) {
                if (toks.get(x).isVerb()
                        && !toks.get(x).text().endsWith("ing")
                        && !toks.get(x).text().endsWith("ed")) {
                    return null;
                }
            }
            String phrase = span(toks, start, end);
            if (!hasRoleNoun(phrase) && organizationNoun(phrase) == null) {
                return null;
            }
        }
        return span(toks, start, end);
    }

    private static boolean isSentenceEnd(Token t) {
        return t.text().equals(".")
                || t.text().equals("!")
                || t.text().equals("?")
                || t.text().equals(";");
    }

    /**
     * The head of a descriptive phrase when it is an organisation noun ("a populist movement
     * founded …" → "movement"), or null when the phrase describes a person ("a party leader", "a
     * fellow at the Lyndale Institute") or nothing: the first role or organisation noun before any
     * preposition or relative word, or the one right after it when they form a compound ("party
     * leader").
     */
    private static final Set<String> PHRASE_ENDS =
            Set.of("at", "of", "in", "for", "with", "from", "on", "by", "to", "that", "who", "which", "whose");

    String organizationNoun(String phrase) {
        String[] w = phrase.toLowerCase(Locale.ROOT).split("[\\s,]+");
        for (int x = 0; x < w.length; x++) {
            if (PHRASE_ENDS.contains(w[x])) {
                // only the first noun phrase's head: "a fellow at the Lyndale Institute" is a person
                return null;
            }
            boolean role = lex.roleNouns.contains(w[x]);
            boolean org = lowerOrganizationHeads.contains(w[x]);
            if (!role && !org) {
                continue;
            }
            if (x + 1 < w.length && (lex.roleNouns.contains(w[x + 1]) || lowerOrganizationHeads.contains(w[x + 1]))) {
                x++;
                role = lex.roleNouns.contains(w[x]);
                org = lowerOrganizationHeads.contains(w[x]) && !role;
            }
            return org && !role ? w[x] : null;
        }
        return null;
    }

    boolean hasRoleNoun(String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (lex.roleNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static String join(String a, String b) {
        return a.isEmpty() ? b : a + " " + b;
    }
}
