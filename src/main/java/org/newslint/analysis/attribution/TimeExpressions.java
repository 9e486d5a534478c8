package org.newslint.analysis.attribution;

import java.util.List;
import java.util.Set;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.EntityType;
import org.newslint.nlp.Token;

/**
 * Recognises time expressions ("on Saturday", "less than two weeks ago", "at the time", "later
 * Thursday") so that no source is ever one: news copy puts them between a subject and its verb
 * ("Feinstein last week said"), and a noun phrase walker left alone takes "last week" for the subject.
 */
final class TimeExpressions {
    /** A year or a decade ("1998", "2020", "1990s", "90's"), compiled once ({@code String.matches} compiles per call). */
    private static final java.util.regex.Pattern YEAR_OR_DECADE =
            java.util.regex.Pattern.compile("(1[89]|20)\\d\\d|(1[89]|20)?\\d0'?s");

    /** Words that lead into or modify a time within its adverbial: "less than two weeks", "earlier this week". */
    private static final Set<String> MODIFIERS = Set.of(
            ("on at in during for since by until over within after before than through throughout less more about"
                            + " around nearly almost just only some the a an this that these those last next each every"
                            + " same few several early earlier late later past previous recent coming following all"
                            + " whole entire ago")
                    .split(" "));
    /** How many words one time adverbial may span: "less than two weeks ago" is five. */
    private static final int MAX_WORDS = 7;

    private final Lexicons lex;
    /** Where mentions are looked up. */
    private final Reads reads;

    TimeExpressions(Lexicons lex, Reads reads) {
        this.lex = lex;
        this.reads = reads;
    }

    /** "weeks", "Tuesday", "March", "2006": a word that names a time (a month that is part of a name does not). */
    boolean isTimeHead(Token t) {
        String w = t.text();
        if (lex.timeWords.contains(w)) {
            return true; // only as written in lower case: "The Times" and "Time" are outlets
        }
        if (lex.calendarWords.contains(w) && !w.equals("Later") && !w.equals("Earlier")) {
            EntityFinder.MentionRef ref = reads.covering(t.start());
            return ref == null || ref.type() != EntityType.PERSON && ref.type() != EntityType.ORGANIZATION;
        }
        return t.pos().equals("NUM") && YEAR_OR_DECADE.matcher(w).matches();
    }

    /**
     * The index of the first word of the time adverbial that ends at {@code end} ("less than two weeks"
     * ending at "weeks"), or -1 when the word at {@code end} names no time.
     */
    int startOfAdverbialEndingAt(List<Token> toks, int end) {
        if (end < 0 || end >= toks.size() || !isTimeHead(toks.get(end))) {
            return -1;
        }
        int start = end;
        for (int k = end - 1; k >= 0 && end - k < MAX_WORDS; k--) {
            Token t = toks.get(k);
            if (isTimeHead(t) || t.pos().equals("NUM") || MODIFIERS.contains(t.lower())) {
                start = k;
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * The index after the time adverbial that starts at {@code start} ("on Friday described" from "on"),
     * or {@code start} itself when no time starts there.
     */
    int endOfAdverbialStartingAt(List<Token> toks, int start) {
        int lastHead = -1;
        for (int k = start; k < toks.size() && k - start < MAX_WORDS; k++) {
            Token t = toks.get(k);
            if (isTimeHead(t)) {
                lastHead = k;
            } else if (!(t.pos().equals("NUM") || MODIFIERS.contains(t.lower()))) {
                break;
            }
        }
        if (lastHead < 0) {
            return start;
        }
        int end = lastHead + 1;
        while (end < toks.size()
                && Set.of("ago", "later", "earlier").contains(toks.get(end).lower())) {
            end++;
        }
        return end;
    }
}
