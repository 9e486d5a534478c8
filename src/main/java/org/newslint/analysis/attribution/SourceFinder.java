package org.newslint.analysis.attribution;

import java.util.List;
import java.util.Set;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;

/**
 * Finds the source a cue belongs to from where it stands in the sentence: the subject to its left
 * ("X said", "X, who …, said", "X, the head of Y, said"), the name after it ("“…,” said X"), the
 * agent of a passive ("was told by X"), the sentence subject for a participle clause (", asserting
 * that …"). The noun phrase itself is walked by {@link NounPhrases}.
 */
final class SourceFinder {
    /** "D-Mass.", "R-Texas": a party letter and a state, compiled once ({@code String.matches} compiles per call). */
    private static final java.util.regex.Pattern PARTY_AND_STATE =
            java.util.regex.Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]{0,12}");

    private final QuoteSpans quotes;
    private final NounPhrases nounPhrases;
    private final TimeExpressions times;

    SourceFinder(QuoteSpans quotes, NounPhrases nounPhrases, TimeExpressions times) {
        this.quotes = quotes;
        this.nounPhrases = nounPhrases;
        this.times = times;
    }

    /** The source of the verb at {@code v}, or null when the sentence names none ("it is believed"). */
    Source ofVerb(List<Token> toks, int v) {
        Token verb = toks.get(v);
        int k = v - 1;
        while (true) {
            while (k >= 0
                    && (isAdverb(toks, k)
                            || toks.get(k).pos().equals("PART")
                                    && !toks.get(k).text().equals("'s"))) {
                k--;
            }
            // "“…,” two hours later said Mayor Ana Berg": a time before the verb hides no subject
            int time = times.startOfAdverbialEndingAt(toks, k);
            if (time < 0 || time == 0 || !isQuoteOrComma(toks.get(time - 1))) {
                break;
            }
            k = time - 1;
        }
        boolean passive = false;
        int aux = k;
        while (aux >= 0
                && (toks.get(aux).pos().equals("AUX") || toks.get(aux).pos().equals("ADV"))) {
            if (toks.get(aux).lemmas().contains("be") || toks.get(aux).lower().equals("get")) {
                passive = true;
            }
            aux--;
        }
        String w = verb.lower();
        boolean participleForm =
                w.endsWith("ed") || w.endsWith("en") || w.equals("said") || w.equals("told") || w.equals("written");
        if (passive && participleForm) {
            for (int b = v + 1; b < Math.min(toks.size(), v + 5); b++) {
                if (toks.get(b).lower().equals("by")) {
                    return nounPhrases.startingAt(toks, b + 1);
                }
            }
            return null;
        }
        boolean progressive = passive; // "was saying": the subject is still to the left
        k = aux;
        if (w.endsWith("ing") && !progressive) {
            // a participle clause: ", asserting that …" belongs to the sentence subject;
            // "with officials praising …" to the noun phrase right before it
            if (k >= 0 && nounPhrases.isNounPhraseToken(toks.get(k))) {
                Source s = nounPhrases.endingAt(toks, k);
                if (s != null) {
                    return s;
                }
            }
            return sentenceSubject(toks, v);
        }
        if (k >= 0
                && (toks.get(k).text().equals(",")
                        || toks.get(k).isQuoteMark()
                        || toks.get(k).text().equals("-"))) {
            boolean afterQuote =
                    toks.get(k).isQuoteMark() || k > 0 && toks.get(k - 1).isQuoteMark();
            // "X, who served as …, said" and "X, the head of Y, said"
            if (!afterQuote && toks.get(k).text().equals(",")) {
                Source before = beforeAppositive(toks, k);
                if (before != null) {
                    return before;
                }
            }
            // "“…,” said Maria Jensen" and "The ruling was unfair, said Ana Lopez": the source follows the verb
            if (afterQuote || isNameOrPronounStart(toks, v + 1)) {
                return nounPhrases.startingAt(toks, v + 1);
            }
            return null;
        }
        if (k < 0) {
            return nounPhrases.startingAt(toks, v + 1);
        }
        if (toks.get(k).pos().equals("CCONJ")) {
            // "he spoke about it and suggested that …": coordinated verbs share their subject
            for (int p = k - 1; p >= 0; p--) {
                Token t = toks.get(p);
                if (t.isQuoteMark() || quotes.inQuote(t)) {
                    break;
                }
                if (t.pos().equals("VERB") && !t.lower().endsWith("ing")) {
                    return before(toks, p);
                }
            }
            return null;
        }
        return before(toks, k + 1);
    }

    private static boolean isQuoteOrComma(Token t) {
        return t.isQuoteMark() || t.text().equals(",");
    }

    /** An adverb to step over, unless it is "daily" in "the daily wrote" (an outlet, tagged an adverb at times). */
    private boolean isAdverb(List<Token> toks, int k) {
        return toks.get(k).pos().equals("ADV") && !nounPhrases.isOutletNounAfterDeterminer(toks, k);
    }

    private static boolean isNameOrPronounStart(List<Token> toks, int i) {
        if (i >= toks.size()) {
            return false;
        }
        Token t = toks.get(i);
        return t.isProperNoun()
                || Coreference.PERSONAL.contains(t.lower())
                || t.pos().equals("DET")
                || t.isCapitalized();
    }

    /**
     * The noun phrase ending right before token {@code i}, skipping auxiliaries, adverbs and times:
     * "The agency less than two weeks ago said", "Feinstein last week said", "Rist at the time said".
     */
    Source before(List<Token> toks, int i) {
        int k = i - 1;
        while (true) {
            while (k >= 0
                    && (isAdverb(toks, k)
                            || toks.get(k).pos().equals("AUX")
                            || toks.get(k).pos().equals("PART")
                                    && !toks.get(k).text().equals("'s"))) {
                k--;
            }
            int time = times.startOfAdverbialEndingAt(toks, k);
            if (time < 0) {
                break;
            }
            k = time - 1;
        }
        k = NounPhrases.skipParenthetical(toks, k);
        if (k >= 0 && toks.get(k).text().equals(",")) {
            return beforeAppositive(toks, k);
        }
        return k >= 0 ? nounPhrases.endingAt(toks, k) : null;
    }

    /**
     * {@code comma} closes an appositive or relative clause: "Her deputy, Jonas Pichler, said" → the name
     * between the commas; "Grenell, who served …, said" → the noun phrase before them.
     */
    private Source beforeAppositive(List<Token> toks, int comma) {
        int open = NounPhrases.previousComma(toks, comma - 1);
        if (open <= 0) {
            return null;
        }
        if (isPartyAffiliation(toks, open + 1, comma)) {
            return nounPhrases.endingAt(
                    toks, NounPhrases.skipParenthetical(toks, open - 1)); // "Mitch McConnell, R-Ky., said"
        }
        if (nounPhrases.isAgeOrPlace(toks, open + 1, comma)) {
            // "Cory Vance, 22, of Lyndale, Ohio, said": the age and home town belong to the person before them
            int first = open;
            int previous = NounPhrases.previousComma(toks, first - 1);
            while (previous > 0 && nounPhrases.isAgeOrPlace(toks, previous + 1, first)) {
                first = previous;
                previous = NounPhrases.previousComma(toks, first - 1);
            }
            Source person = nounPhrases.endingAt(toks, NounPhrases.skipParenthetical(toks, first - 1));
            if (person != null && !nounPhrases.isPlace(person)) {
                return person;
            }
        }
        boolean allName = comma - open > 1;
        for (int x = open + 1; x < comma; x++) {
            Token t = toks.get(x);
            if (!(t.isCapitalized() && (nounPhrases.nounish(t) || t.pos().equals("PROPN")))) {
                allName = false;
            }
        }
        if (allName) {
            Source name = nounPhrases.endingAt(toks, comma - 1);
            if (name != null && name.entityId() != null) {
                return name;
            }
        }
        return nounPhrases.endingAt(toks, NounPhrases.skipParenthetical(toks, open - 1));
    }

    /** "R-Ky.", "D-N.Y.": a US politician's party and state, written as an appositive after the name. */
    private static boolean isPartyAffiliation(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(toks.get(k).text());
        }
        return PARTY_AND_STATE.matcher(sb).matches();
    }

    /**
     * The subject of the sentence's first finite verb before {@code before}, passing over the verbs of a
     * relative clause ("Quill, who has feuded with the council, criticized …" → Quill).
     */
    Source sentenceSubject(List<Token> toks, int before) {
        for (int k = 0; k < before; k++) {
            Token t = toks.get(k);
            if (quotes.inQuote(t)) {
                continue;
            }
            if ((t.pos().equals("VERB") || t.pos().equals("AUX"))
                    && !t.lower().endsWith("ing")
                    && (k == 0 || !toks.get(k - 1).lower().equals("to"))) {
                Source s = before(toks, k);
                if (s != null) {
                    return s;
                }
                if (!afterRelativePronoun(toks, k)) {
                    break;
                }
                // "Quill, who has feuded with the council, criticized …": the relative clause's verb has no subject
                // here
            }
        }
        return null;
    }

    /** "who has feuded", "which said": the verb at {@code v} follows "who", "which" or "that" (over auxiliaries and adverbs). */
    private static boolean afterRelativePronoun(List<Token> toks, int v) {
        int k = v - 1;
        while (k >= 0 && (toks.get(k).pos().equals("ADV") || toks.get(k).pos().equals("AUX"))) {
            k--;
        }
        return k >= 0 && Set.of("who", "which", "that").contains(toks.get(k).lower());
    }

    /** Index of the last word of the subject noun phrase of the verb at {@code i}, or -1. */
    static int subjectHead(List<Token> toks, int i) {
        int k = i - 1;
        while (k >= 0 && (toks.get(k).pos().equals("ADV") || toks.get(k).pos().equals("AUX"))) {
            k--;
        }
        k = NounPhrases.skipParenthetical(toks, k);
        if (k >= 0 && toks.get(k).text().equals(",")) {
            int open = NounPhrases.previousComma(toks, k - 1);
            k = open > 0 ? open - 1 : -1;
        }
        return k;
    }
}
