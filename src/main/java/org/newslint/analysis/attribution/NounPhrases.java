package org.newslint.analysis.attribution;

import java.util.List;
import java.util.Set;
import org.newslint.analysis.entities.Acronyms;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;

/**
 * Walks over one noun phrase from a known end or start: the shape every source takes ("a
 * spokesperson for the ministry", "North Korean officials", "Governor Paul Renner"). Tags alone are
 * not enough, as the tagger calls words of names adjectives at times, so the entities' mentions count too.
 */
final class NounPhrases {
    /** "him", "them", "me", "us" are objects, never the one speaking. */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "me", "us");
    /** Pronouns that open a clause and so end a noun phrase on their left: "what Mayor Ana Berg called". */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which", "what", "whom", "whose");
    /** Possessive determiners that open a noun phrase ("her" too, before a noun). */
    private static final Set<String> POSSESSIVES = Set.of("his", "its", "their", "our", "my", "your");
    /** Prepositions that continue a noun phrase leftwards: "a spokesperson for the ministry". */
    private static final Set<String> NP_ADPOSITIONS = Set.of("of", "for", "with", "at", "from", "in", "on");

    private final Lexicons lex;
    private final QuoteSpans quotes;
    private final Coreference coreference;
    private final TimeExpressions times;
    /** Where mentions are looked up. */
    private final Reads reads;

    NounPhrases(Lexicons lex, Reads reads, QuoteSpans quotes, Coreference coreference, TimeExpressions times) {
        this.lex = lex;
        this.reads = reads;
        this.quotes = quotes;
        this.coreference = coreference;
        this.times = times;
    }

    /** "daily" in "the daily" (tagged an adjective or adverb at times): a noun that refers to a news outlet. */
    boolean isOutletNounAfterDeterminer(List<Token> toks, int k) {
        return k > 0
                && k < toks.size()
                && lex.outletNouns.contains(toks.get(k).lower())
                && toks.get(k - 1).pos().equals("DET");
    }

    /** Whether a source resolves to a place ("Ohio", "Lyndale"). */
    boolean isPlace(Source s) {
        return coreference.typeOf(s) == EntityType.LOCATION;
    }

    /**
     * "22", "of Lyndale", "Ohio": what news copy sets off with commas after a person's name, their age
     * or where they come from (tokens {@code from} to {@code to}, exclusive), never the one speaking.
     */
    boolean isAgeOrPlace(List<Token> toks, int from, int to) {
        if (to - from == 1 && toks.get(from).pos().equals("NUM")) {
            return true;
        }
        int k = from;
        if (k < to && Set.of("of", "from", "in").contains(toks.get(k).lower())) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        for (int j = k; j < to; j++) {
            if (!toks.get(j).isCapitalized()) {
                return false;
            }
        }
        EntityFinder.MentionRef ref = reads.covering(toks.get(to - 1).start());
        return ref != null && ref.type() == EntityType.LOCATION;
    }

    /** A noun by its tag, or any word inside a name mention (the tagger calls "Trump" an adjective at times). */
    boolean nounish(Token t) {
        return t.isNoun()
                || reads.covering(t.start()) != null
                        && Character.isUpperCase(t.text().charAt(0));
    }

    /** A word that can end a noun phrase: a noun, a personal pronoun or a number. */
    boolean isNounPhraseToken(Token t) {
        String pos = t.pos();
        return nounish(t) || pos.equals("PRON") && Coreference.PERSONAL.contains(t.lower()) || pos.equals("NUM");
    }

    /** Walks left from {@code end} over one noun phrase: "a spokesperson for the ministry", "North Korean officials". */
    Source endingAt(List<Token> toks, int end) {
        if (end < 0 || quotes.inQuote(toks.get(end))) {
            return null;
        }
        Token last = toks.get(end);
        if (times.isTimeHead(last)) {
            return null; // "last week", "the time": a time, never a source
        }
        if (last.pos().equals("PRON")) {
            return Coreference.PERSONAL.contains(last.lower()) && !OBJECT_PRONOUNS.contains(last.lower())
                    ? coreference.source(toks, end, end)
                    : null;
        }
        boolean adjectiveHead = last.pos().equals("ADJ")
                && end > 0
                && (toks.get(end - 1).text().equals("'s")
                        || toks.get(end - 1).pos().equals("DET"));
        if (!(nounish(last)
                || last.pos().equals("NUM")
                || Acronyms.isAcronym(last.text())
                || adjectiveHead
                || isOutletNounAfterDeterminer(toks, end))) {
            return null;
        }
        int start = end;
        boolean closed = false;
        for (int k = end - 1; k >= 0; k--) {
            Token t = toks.get(k);
            String pos = t.pos();
            if (quotes.inQuote(t) || t.isQuoteMark() || times.isTimeHead(t)) {
                break; // "On Monday North Korean officials": the day is not part of who they are
            }
            if (closed) {
                // a determiner closes the phrase unless a preposition joins it to a noun before: "the head of the
                // agency"
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
                            && !Coreference.PERSONAL.contains(t.lower())
                            && !RELATIVES.contains(t.lower())) {
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
                    && (toks.get(k - 1).isProperNoun() && toks.get(k + 1).isProperNoun()
                            || namesAnOrganisationBeforeATitle(toks, k, end))) {
                start = k;
            } else {
                break;
            }
        }
        while (start < end
                && (toks.get(start).pos().equals("ADP") || toks.get(start).pos().equals("CCONJ"))) {
            start++;
        }
        return coreference.source(toks, start, end);
    }

    /** The noun phrase starting at {@code start}: "Maria Jensen", "the company", "Governor Paul Renner". */
    Source startingAt(List<Token> toks, int start) {
        int n = toks.size();
        if (start >= n) {
            return null;
        }
        Token first = toks.get(start);
        // "added his campaign manager Jeff Weaver", "said her lawyer": a possessive opens the phrase
        boolean possessive = POSSESSIVES.contains(first.lower())
                || first.lower().equals("her")
                        && start + 1 < n
                        && (nounish(toks.get(start + 1))
                                || toks.get(start + 1).pos().equals("ADJ"));
        if (!possessive && Coreference.PERSONAL.contains(first.lower())) {
            return coreference.source(toks, start, start);
        }
        int end = -1;
        boolean sawNoun = false;
        for (int k = possessive ? start + 1 : start; k < n; k++) {
            Token t = toks.get(k);
            String pos = t.pos();
            if (quotes.inQuote(t) || t.isQuoteMark()) {
                break;
            }
            if (nounish(t) || Acronyms.isAcronym(t.text()) || isOutletNounAfterDeterminer(toks, k)) {
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
            } else if (t.lower().equals("and") && sawNoun && namesAnOrganisationBeforeATitle(toks, k, n - 1)) {
                continue; // "says Heart and Stroke senior manager Erin Kim"
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
        if (end < start || !sawNoun || times.isTimeHead(toks.get(end))) {
            return null; // "said Tuesday", "said the days when …": a time, never a source
        }
        return coreference.source(toks, start, end);
    }

    /**
     * Whether the "and" at {@code k} joins the words of an organisation's name that stands before a
     * title ("Heart and Stroke senior manager Erin Kim", "Procter and Gamble chief executive …"): capitalised
     * words on both sides, then, within the phrase up to {@code limit}, a lowercase title or role noun
     * followed by a capitalised name. Not "Clinton and Sanders", two people.
     */
    private boolean namesAnOrganisationBeforeATitle(List<Token> toks, int k, int limit) {
        if (k == 0
                || k + 1 >= toks.size()
                || !toks.get(k - 1).isCapitalized()
                || !toks.get(k + 1).isCapitalized()) {
            return false;
        }
        boolean title = false;
        for (int j = k + 2; j <= Math.min(limit, k + 8) && j < toks.size(); j++) {
            Token t = toks.get(j);
            String w = t.lower();
            if (!t.isCapitalized() && (lex.personTitles.contains(w) || lex.roleNouns.contains(w))) {
                title = true;
            } else if (title && t.isCapitalized()) {
                return true;
            } else if (!t.isCapitalized() && !t.pos().equals("ADJ") && !t.isNoun()) {
                return false;
            }
        }
        return false;
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

    /** The nearest comma at or before {@code from} within the same clause (no quotation mark or full stop between), or -1. */
    static int previousComma(List<Token> toks, int from) {
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
}
