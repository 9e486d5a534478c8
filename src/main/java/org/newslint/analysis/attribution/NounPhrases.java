package org.newslint.analysis.attribution;

import java.util.List;
import java.util.Set;
import org.newslint.analysis.entities.Acronyms;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;

/**
 * Walks noun phrases over tagged tokens: the phrase before or after a cue, the sentence subject,
 * over appositives ("X, a spokesperson for Y,"), parentheticals and party affiliations ("R-Ky.").
 */
final class NounPhrases {
    static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them", "you");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "me", "us");
    private static final Set<String> NP_ADPOSITIONS = Set.of("of", "for", "with", "at", "from", "in", "on");

    private final EntityFinder.Result entities;
    private final QuoteSpans quotes;
    private final Coreference coreference;

    NounPhrases(EntityFinder.Result entities, QuoteSpans quotes, Coreference coreference) {
        this.entities = entities;
        this.quotes = quotes;
        this.coreference = coreference;
    }

    boolean isNameOrPronounStart(List<Token> toks, int i) {
        if (i >= toks.size()) {
            return false;
        }
        Token t = toks.get(i);
        return t.isProperNoun() || PERSONAL.contains(t.lower()) || t.pos().equals("DET") || t.isCapitalized();
    }

    /** Steps left over a parenthetical such as "(ITF)": returns the index before its "(", or {@code k} unchanged. */
    static int skipParenthetical(List<Token> toks, int k) {
        if (k < 0 || !toks.get(k).text().equals(")")) {
            return k;
        }
        for (int j = k - 1; j >= 0 && k - j < 12; j--) {
            if (toks.get(j).text().equals("(")) {
                return j - 1;
            }
        }
        return k;
    }

    int previousComma(List<Token> toks, int from) {
        for (int k = from; k >= 0; k--) {
            Token t = toks.get(k);
            if (t.text().equals(",")) {
                return k;
            }
            if (t.isQuoteMark() || t.text().equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** The noun phrase ending right before token {@code i}, skipping auxiliaries and adverbs. */
    Source leftSource(List<Token> toks, int i) {
        int k = i - 1;
        while (k >= 0
                && (toks.get(k).pos().equals("ADV")
                        || toks.get(k).pos().equals("AUX")
                        || toks.get(k).pos().equals("PART")
                                && !toks.get(k).text().equals("'s"))) {
            k--;
        }
        k = skipParenthetical(toks, k);
        if (k >= 0 && toks.get(k).text().equals(",")) {
            return beforeAppositive(toks, k);
        }
        return k >= 0 ? leftNounPhrase(toks, k) : null;
    }

    /**
     * {@code comma} closes an appositive or relative clause: "Her deputy, Jonas Pichler, said" → the name
     * between the commas; "Grenell, who served …, said" → the noun phrase before them.
     */
    Source beforeAppositive(List<Token> toks, int comma) {
        int open = previousComma(toks, comma - 1);
        if (open <= 0) {
            return null;
        }
        if (isPartyAffiliation(toks, open + 1, comma)) {
            return leftNounPhrase(toks, skipParenthetical(toks, open - 1)); // "Mitch McConnell, R-Ky., said"
        }
        boolean allName = comma - open > 1;
        for (int x = open + 1; x < comma; x++) {
            Token t = toks.get(x);
            if (!(t.isCapitalized() && (nounish(t) || t.pos().equals("PROPN")))) {
                allName = false;
            }
        }
        if (allName) {
            Source name = leftNounPhrase(toks, comma - 1);
            if (name != null && name.entityId() != null) {
                return name;
            }
        }
        return leftNounPhrase(toks, skipParenthetical(toks, open - 1));
    }

    /** "R-Ky.", "D-N.Y.": a US politician's party and state, written as an appositive after the name. */
    static boolean isPartyAffiliation(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(toks.get(k).text());
        }
        return sb.toString().matches("[DRI]-\\p{Lu}[\\p{L}.]{0,12}");
    }

    /** A noun by its tag, or any word inside a name mention (the tagger calls "Trump" an adjective at times). */
    boolean nounish(Token t) {
        return t.isNoun()
                || entities.mentionCovering(t.start()) != null
                        && Character.isUpperCase(t.text().charAt(0));
    }

    boolean isNounPhraseToken(Token t) {
        String pos = t.pos();
        return nounish(t) || pos.equals("PRON") && PERSONAL.contains(t.lower()) || pos.equals("NUM");
    }

    /** Walks left from {@code end} over one noun phrase: "a spokesperson for the ministry", "North Korean officials". */
    Source leftNounPhrase(List<Token> toks, int end) {
        if (end < 0 || quotes.inQuote(toks.get(end))) {
            return null;
        }
        Token last = toks.get(end);
        if (last.pos().equals("PRON")) {
            // "him", "them", "me", "us" are objects, never the one speaking
            return PERSONAL.contains(last.lower()) && !OBJECT_PRONOUNS.contains(last.lower())
                    ? coreference.makeSource(toks, end, end)
                    : null;
        }
        boolean adjectiveHead = last.pos().equals("ADJ")
                && end > 0
                && (toks.get(end - 1).text().equals("'s")
                        || toks.get(end - 1).pos().equals("DET"));
        if (!(nounish(last) || last.pos().equals("NUM") || Acronyms.isAcronym(last.text()) || adjectiveHead)) {
            return null;
        }
        int start = end;
        boolean closed = false;
        for (int k = end - 1; k >= 0; k--) {
            Token t = toks.get(k);
            String pos = t.pos();
            if (quotes.inQuote(t) || t.isQuoteMark()) {
                break;
            }
            if (closed) {
                if (pos.equals("ADP")
                        && NP_ADPOSITIONS.contains(t.lower())
                        && k > 0
                        && toks.get(k - 1).isNoun()) {
                    closed = false;
                    start = k;
                    continue;
                }
                break;
            }
            if (nounish(t)
                    || pos.equals("ADJ")
                    || pos.equals("NUM")
                    || t.text().equals("'s")
                    || t.text().equals("'")
                    || pos.equals("PRON")
                            && !PERSONAL.contains(t.lower())
                            && !t.lower().equals("who")
                            && !t.lower().equals("that")
                            && !t.lower().equals("which")) {
                start = k;
            } else if (pos.equals("DET")) {
                start = k;
                closed = true;
            } else if (pos.equals("ADP")
                    && NP_ADPOSITIONS.contains(t.lower())
                    && k > 0
                    && toks.get(k - 1).isNoun()) {
                start = k;
            } else if (pos.equals("CCONJ")
                    && t.lower().equals("and")
                    && k > 0
                    && toks.get(k - 1).isProperNoun()
                    && toks.get(k + 1).isProperNoun()) {
                start = k;
            } else {
                break;
            }
        }
        while (start < end
                && (toks.get(start).pos().equals("ADP") || toks.get(start).pos().equals("CCONJ"))) {
            start++;
        }
        return coreference.makeSource(toks, start, end);
    }

    /** The noun phrase starting at {@code start}: "Maria Jensen", "the company", "Governor Paul Renner". */
    Source rightNounPhrase(List<Token> toks, int start) {
        int n = toks.size();
        if (start >= n) {
            return null;
        }
        Token first = toks.get(start);
        if (PERSONAL.contains(first.lower())) {
            return coreference.makeSource(toks, start, start);
        }
        int end = -1;
        boolean sawNoun = false;
        for (int k = start; k < n; k++) {
            Token t = toks.get(k);
            String pos = t.pos();
            if (quotes.inQuote(t) || t.isQuoteMark()) {
                break;
            }
            if (nounish(t) || Acronyms.isAcronym(t.text())) {
                end = k;
                sawNoun = true;
            } else if (pos.equals("DET")
                    || pos.equals("ADJ")
                    || pos.equals("NUM")
                    || t.text().equals("'s")) {
                if (sawNoun && pos.equals("DET")) {
                    break;
                }
                continue;
            } else if (pos.equals("ADP")
                    && (t.lower().equals("of") || t.lower().equals("for"))
                    && sawNoun
                    && k + 1 < n
                    && (toks.get(k + 1).isNoun() || toks.get(k + 1).pos().equals("DET"))) {
                continue;
            } else {
                break;
            }
        }
        return end >= start && sawNoun ? coreference.makeSource(toks, start, end) : null;
    }

    /** The subject of the sentence's first finite verb before {@code before}. */
    Source sentenceSubject(List<Token> toks, int before) {
        for (int k = 0; k < before; k++) {
            Token t = toks.get(k);
            if (quotes.inQuote(t)) {
                continue;
            }
            if ((t.pos().equals("VERB") || t.pos().equals("AUX"))
                    && !t.lower().endsWith("ing")
                    && (k == 0 || !toks.get(k - 1).lower().equals("to"))) {
                Source s = leftSource(toks, k);
                if (s != null) {
                    return s;
                }
                break;
            }
        }
        return null;
    }
}
