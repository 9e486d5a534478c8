package org.newslint.rules;

import java.util.List;
import java.util.Set;
import org.newslint.nlp.Token;

/**
 * Reads the subject noun phrase in front of a verb of saying, believing or showing, as token
 * indices. The weasel patterns share it because the tagger's guesses at sentence starts ("Legend"
 * tagged a verb, "claims" a noun) have to be read the same way wherever a vague subject can stand.
 */
final class NounPhrases {
    /** Pronouns that point back to a group the article has already named ("most of them said"). */
    static final Set<String> ANAPHORS = Set.of("them", "us", "those", "these", "whom", "which", "it");
    /** Words a subject noun phrase may contain besides determiners, adjectives, nouns and numbers. */
    static final Set<String> NOUN_PHRASE_LINKS = Set.of("of", "in", "and", "or", "'s", "'", "-");

    private final WeaselLexicon lex;

    NounPhrases(WeaselLexicon lex) {
        this.lex = lex;
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

    /** The subject noun phrase right before a verb (auxiliaries, "not" and adverbs between), as [first, last]. */
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
        while (first <= last && NOUN_PHRASE_LINKS.contains(toks.get(first).lower())) {
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

    /** Whether a word can belong to a subject noun phrase. */
    boolean inNounPhrase(Token t) {
        if (lex.references.containsKey(t.lower()) || lex.groups.contains(t.lower())) {
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
                    || ANAPHORS.contains(t.lower()) && !t.lower().equals("it")
                    || t.lower().equals("everyone")
                    || t.lower().equals("everybody")
                    || t.lower().equals("nobody");
        }
        return NOUN_PHRASE_LINKS.contains(t.lower());
    }

    /** The quantifiers that can stand alone as a subject pronoun ("Some argue", "Others say"). */
    static boolean isQuantifierWord(String w) {
        return w.equals("some") || w.equals("many") || w.equals("most") || w.equals("others");
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

    /** A capitalised proper noun after the first word: "A study by Anna Berg" is somebody's study. */
    static boolean hasProperNoun(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (toks.get(i).isProperNoun() && toks.get(i).isCapitalized() && i > first) {
                return true;
            }
        }
        return false;
    }

    /** A number tagged as one: "Two polls show" counts what it cites. */
    static boolean hasNumber(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (toks.get(i).pos().equals("NUM")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word or one of its lemma candidates is in the list: the tagger's single lemma is often wrong. */
    static boolean anyLemma(Token t, Set<String> lemmas) {
        if (lemmas.contains(t.lower()) || lemmas.contains(t.lemma())) {
            return true;
        }
        for (String l : t.lemmas()) {
            if (lemmas.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** The words [first, last] as written, joined by single spaces: the group a message names. */
    static String text(List<Token> toks, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                sb.append(' ');
            }
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }
}
