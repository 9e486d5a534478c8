package org.newslint.rules;

import java.util.List;
import java.util.Locale;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/** Vague subjects: "Some argue", "Many biographers have noted", "Critics say", unless the sentence names a member of the group. */
final class VagueSubjects {
    private final WeaselLexicon lexicon;

    VagueSubjects(WeaselLexicon lexicon) {
        this.lexicon = lexicon;
    }

    // ---- vague subjects: "Some argue", "Many biographers have noted", "Critics say" ----

    WeaselWording.Match vagueSubject(List<Token> toks) {
        for (int v = 0; v < toks.size(); v++) {
            Token verb = toks.get(v);
            if (!verbLike(toks, v) || !WeaselTokens.anyLemma(verb, lexicon.verbs)) {
                continue;
            }
            int[] np = subjectBefore(toks, v);
            if (np == null) {
                continue;
            }
            String group = vagueGroup(toks, np[0], np[1]);
            if (group != null && !namesAMember(toks, v)) {
                return new WeaselWording.Match(
                        WeaselWording.Kind.VAGUE_SUBJECT,
                        new TextRange(toks.get(np[0]).start(), verb.end()),
                        group,
                        null);
            }
        }
        return null;
    }

    /**
     * A verb, or a word the tagger called a noun where only a verb fits: after a plural subject and
     * before "that" or the end of a clause ("Legend claims that", "what many in America claim,").
     */
    static boolean verbLike(List<Token> toks, int v) {
        Token t = toks.get(v);
        if (t.pos().equals("VERB") || t.pos().equals("AUX") && t.lemmas().contains("have")) {
            return true;
        }
        if (!t.pos().equals("NOUN") || v == 0 || v + 1 >= toks.size()) {
            return false;
        }
        Token next = toks.get(v + 1);
        return next.is("that") || next.is(",") || next.is(";");
    }

    /** The subject noun phrase right before a verb (auxiliaries, "not" and lexicon.adverbs between), as [first, last]. */
    int[] subjectBefore(List<Token> toks, int verb) {
        int k = verb - 1;
        while (k >= 0
                && (toks.get(k).pos().equals("AUX")
                        || toks.get(k).pos().equals("ADV")
                        || toks.get(k).pos().equals("PART") && !toks.get(k).is("'s"))) {
            if (toks.get(k).lemmas().contains("be") || toks.get(k).is("to")) {
                return null; // "was never regarded", "to be perceived": the group is not the one speaking
            }
            k--;
        }
        if (k < 0 || k == verb - 1 && toks.get(verb).lower().endsWith("ing")) {
            return null; // "many people asking": a participle, not a finite verb
        }
        if (k > 0 && toks.get(k).is("who")) {
            k--; // "there are scholars who believe", "startled many who thought"
        }
        int last = k;
        while (k >= 0 && inNounPhrase(toks.get(k))) {
            if (isQuantifierWord(toks.get(k).lower())
                    && k > 0
                    && (toks.get(k - 1).pos().equals("CCONJ") || toks.get(k - 1).is(","))) {
                k--; // "… traditions and some suggest": the quantifier opens a new clause
                break;
            }
            k--;
        }
        int first = k + 1;
        while (first <= last
                && WeaselLexicon.NOUN_PHRASE_LINKS.contains(toks.get(first).lower())) {
            first++;
        }
        if (first > last) {
            return null;
        }
        if (k >= 0 && toks.get(k).pos().equals("ADP") && !toks.get(k).is("that")) {
            return null; // "In some cases each participant agrees": the phrase is an adverbial, not the subject
        }
        if (verb + 1 < toks.size() && toks.get(verb + 1).is("about")) {
            return null; // "others are thinking about her": thinking of someone, not holding a view
        }
        return new int[] {first, last};
    }

    /**
     * Whether a source the Attributor found ("some historians" after "according to") is vague by the
     * same test as a subject: a vague group, with a verb of saying or believing, and no member named.
     */
    boolean isVagueSource(List<Token> toks, TextRange source, TextRange cue, String cueLemma) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == cue.end() || toks.get(i).start() == cue.end() + 1) {
                if (toks.get(i).is("about")) {
                    return false; // "some people think about the science": not holding a view
                }
            }
            if (toks.get(i).start() >= source.start() && toks.get(i).end() <= source.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || namesAMember(toks, first)) {
            return false;
        }
        String lemma = cueLemma == null ? "" : cueLemma.toLowerCase(Locale.ROOT);
        boolean sayOrBelieve =
                lexicon.verbs.contains(lemma) || lexicon.referenceVerbs.contains(lemma) || lemma.startsWith("accord");
        return sayOrBelieve
                && (vagueGroup(toks, first, last) != null
                        || lexicon.references.containsKey(
                                        toks.get(headIndex(toks, first, last)).lower())
                                && !toks.get(first).pos().equals("DET")
                                && !VagueReferences.hasNumber(toks, first, last));
    }

    /** A bare quantifier used as a subject: "Some argue", "Others call it". */
    static boolean isQuantifier(String word) {
        return isQuantifierWord(word.toLowerCase(Locale.ROOT))
                || word.equalsIgnoreCase("several")
                || word.equalsIgnoreCase("few")
                || word.equalsIgnoreCase("a few");
    }

    static boolean isQuantifierWord(String w) {
        return w.equals("some") || w.equals("many") || w.equals("most") || w.equals("others");
    }

    boolean inNounPhrase(Token t) {
        if (lexicon.references.containsKey(t.lower()) || lexicon.groups.contains(t.lower())) {
            return true; // "Legend/VERB claims": the tagger's guess at a sentence start
        }
        String pos = t.pos();
        if (pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")) {
            return !t.lower().equals("that")
                    && !t.lower().equals("which")
                    && !t.lower().equals("what");
        }
        if (pos.equals("PRON")) {
            return isQuantifierWord(t.lower())
                    || WeaselLexicon.ANAPHORS.contains(t.lower()) && !t.lower().equals("it")
                    || t.lower().equals("everyone")
                    || t.lower().equals("everybody")
                    || t.lower().equals("nobody");
        }
        return WeaselLexicon.NOUN_PHRASE_LINKS.contains(t.lower());
    }

    /** The vague group the noun phrase [first, last] names ("some", "critics"), or null when it is specific. */
    String vagueGroup(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = toks.get(i);
            if (t.pos().equals("NUM")
                    || !t.text().isEmpty() && Character.isDigit(t.text().charAt(0))
                    || WeaselLexicon.NUMBER_WORDS.contains(t.lower())
                    || WeaselLexicon.ANAPHORS.contains(t.lower())) {
                return null; // "Some 40 people", "many of the 300 passengers", "most of them"
            }
        }
        int afterQuantifier = quantifierEnd(toks, first, last);
        if (lexicon.notGroups.contains(toks.get(headIndex(toks, first, last)).lower())) {
            return null; // "several times threatened", "in some cases": when, not who
        }
        for (int i = afterQuantifier + 1; i <= last; i++) {
            Token t = toks.get(i);
            Token before = toks.get(i - 1);
            boolean linked = before.is("of") || before.is("in");
            if (!linked
                    && (t.pos().equals("DET")
                            || t.isProperNoun() && before.pos().equals("NOUN"))) {
                return null; // two noun lexicon.phrases run together: "some cases each participant", "many people
                // Wikinews observed"
            }
        }
        if (afterQuantifier > first) {
            String quantifier = WeaselTokens.text(toks, first, afterQuantifier - 1);
            boolean bare = afterQuantifier > last;
            if (bare && quantifier.equals("other")) {
                return null;
            }
            return bare ? quantifier : WeaselTokens.text(toks, first, last);
        }
        Token head = toks.get(headIndex(toks, first, last));
        // "the critics" and "these experts" point back to people the article has named; "Buchanan's
        // critics" and "his critics" do not name anyone
        boolean determined = toks.get(first).pos().equals("DET")
                        && !WeaselLexicon.POSSESSIVES.contains(toks.get(first).lower())
                || toks.get(first).isProperNoun()
                        && first < last
                        && !toks.get(first + 1).is("'s")
                || toks.get(first).pos().equals("PRON")
                        && !isQuantifierWord(toks.get(first).lower())
                        && !WeaselLexicon.POSSESSIVES.contains(toks.get(first).lower());
        if (!determined && lexicon.groups.contains(head.lower())) {
            return head.text();
        }
        return null;
    }

    /** Index after a leading quantifier ("some", "a number of"), or {@code first} when there is none. */
    int quantifierEnd(List<Token> toks, int first, int last) {
        for (List<String> q : lexicon.quantifiers) {
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

    /** The head of a noun phrase: its last word before "of" or "in" ("Studies in animals", "critics of the plan"). */
    static int headIndex(List<Token> toks, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            String w = toks.get(i).lower();
            if (w.equals("of") || w.equals("in")) {
                return i - 1;
            }
        }
        return last;
    }

    /** "Critics, including Senator Jane Doe, say …": the sentence names someone in the group. */
    static boolean namesAMember(List<Token> toks, int from) {
        for (int i = 0; i < toks.size(); i++) {
            if (!WeaselLexicon.NAMING_LINKS.contains(toks.get(i).lower())) {
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
