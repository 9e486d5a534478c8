package org.newslint.rules;

import java.util.List;
import java.util.Set;
import org.newslint.nlp.Token;

/**
 * Decides whether a noun phrase names a vague group ("some", "many critics", "experts") rather than
 * a counted, determined or named one ("some 40 people", "the critics", "Critics, including Senator
 * …"). Vague subjects, vague agents of passives and the Attributor's sources all go by this one test.
 */
final class VagueGroups {
    private static final Set<String> NUMBER_WORDS = Set.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "dozen",
            "dozens",
            "million",
            "millions",
            "billion");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our");
    /** Words that introduce a named member of a vague group: "Critics, including Senator Jane Doe, say". */
    private static final Set<String> NAMING_LINKS = Set.of("including", "among", "notably", "namely", "led", "such");

    private final WeaselLexicon lex;

    VagueGroups(WeaselLexicon lex) {
        this.lex = lex;
    }

    /** The vague group the noun phrase [first, last] names ("some", "critics"), or null when it is specific. */
    String vagueGroup(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = toks.get(i);
            if (t.pos().equals("NUM")
                    || !t.text().isEmpty() && Character.isDigit(t.text().charAt(0))
                    || NUMBER_WORDS.contains(t.lower())
                    || NounPhrases.ANAPHORS.contains(t.lower())) {
                return null; // "Some 40 people", "many of the 300 passengers", "most of them"
            }
        }
        int afterQuantifier = quantifierEnd(toks, first, last);
        if (lex.notGroups.contains(
                toks.get(NounPhrases.headIndex(toks, first, last)).lower())) {
            return null; // "several times threatened", "in some cases": when, not who
        }
        for (int i = afterQuantifier + 1; i <= last; i++) {
            Token t = toks.get(i);
            Token before = toks.get(i - 1);
            boolean linked = before.is("of") || before.is("in");
            if (!linked
                    && (t.pos().equals("DET")
                            || t.isProperNoun() && before.pos().equals("NOUN"))) {
                return null; // two noun phrases run together: "some cases each participant", "many people Wikinews
                // observed"
            }
        }
        if (afterQuantifier > first) {
            String quantifier = NounPhrases.text(toks, first, afterQuantifier - 1);
            boolean bare = afterQuantifier > last;
            if (bare && quantifier.equals("other")) {
                return null;
            }
            return bare ? quantifier : NounPhrases.text(toks, first, last);
        }
        Token head = toks.get(NounPhrases.headIndex(toks, first, last));
        // "the critics" and "these experts" point back to people the article has named; "Buchanan's
        // critics" and "his critics" do not name anyone
        boolean determined = toks.get(first).pos().equals("DET")
                        && !POSSESSIVES.contains(toks.get(first).lower())
                || toks.get(first).isProperNoun()
                        && first < last
                        && !toks.get(first + 1).is("'s")
                || toks.get(first).pos().equals("PRON")
                        && !NounPhrases.isQuantifierWord(toks.get(first).lower())
                        && !POSSESSIVES.contains(toks.get(first).lower());
        if (!determined && lex.groups.contains(head.lower())) {
            return head.text();
        }
        return null;
    }

    /** Index after a leading quantifier ("some", "a number of"), or {@code first} when there is none. */
    int quantifierEnd(List<Token> toks, int first, int last) {
        for (List<String> q : lex.quantifiers) {
            if (first + q.size() - 1 > last) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < q.size() && match; j++) {
                match = toks.get(first + j).lower().equals(q.get(j));
            }
            if (match) {
                return first + q.size();
            }
        }
        return first;
    }

    /**
     * "Critics, including Senator Jane Doe, say …": the sentence names someone in the group. Any
     * naming word anywhere in the sentence counts; {@code from} is not consulted.
     */
    static boolean namesAMember(List<Token> toks, int from) {
        for (int i = 0; i < toks.size(); i++) {
            if (!NAMING_LINKS.contains(toks.get(i).lower())) {
                continue;
            }
            for (int j = i + 1; j < Math.min(toks.size(), i + 5); j++) {
                if (toks.get(j).isProperNoun() && toks.get(j).isCapitalized()) {
                    return true;
                }
            }
        }
        return false;
    }
}
