package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Finds attribution cues in a sentence (reporting verbs, nouns and phrases from the lexicon,
 * matched on lemma candidates; verbs of findings; stance verbs) and the source each cue belongs to.
 */
final class CueFinder {
    private final Lexicons lex;
    private final QuoteSpans quotes;
    private final NounPhrases nounPhrases;
    private final Coreference coreference;

    CueFinder(Lexicons lex, QuoteSpans quotes, NounPhrases nounPhrases, Coreference coreference) {
        this.lex = lex;
        this.quotes = quotes;
        this.nounPhrases = nounPhrases;
        this.coreference = coreference;
    }

    // ---------------------------------------------------------------- cues

    List<Attributor.CueHit> cues(List<Token> toks) {
        List<Attributor.CueHit> hits = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (quotes.inQuote(t) || t.isQuoteMark()) {
                continue;
            }
            int phraseLen = matchPhrase(toks, i);
            if (phraseLen > 0) {
                int last = i + phraseLen - 1;
                Cue cue = new Cue(
                        new TextRange(t.start(), toks.get(last).end()),
                        coreference.text(t.start(), toks.get(last).end()),
                        phraseText(toks, i, last));
                Source src;
                if (t.lower().equals("according")) {
                    src = nounPhrases.rightNounPhrase(toks, last + 1);
                } else if (t.pos().equals("ADP")) {
                    src = nounPhrases.sentenceSubject(toks, i);
                } else {
                    src = nounPhrases.leftSource(toks, i);
                }
                hits.add(new Attributor.CueHit(i, last, cue, src));
                i = last;
                continue;
            }
            if (isReportingVerb(toks, i)) {
                Cue cue = new Cue(t.range(), t.text(), lemmaOf(t));
                hits.add(new Attributor.CueHit(i, i, cue, verbSource(toks, i)));
            } else if (t.pos().equals("VERB")
                    && (i + 1 < n && toks.get(i + 1).lower().equals("that") || isFindingVerb(t))) {
                // "The assessment found that …", "a USA TODAY analysis … shows": a document reports;
                // "The Charlotte Observer found that …": so does a named source
                Source src = nounPhrases.leftSource(toks, i);
                int head = subjectHead(toks, i);
                boolean document = head >= 0
                        && (lex.reportingNouns.contains(toks.get(head).lower())
                                || lex.reportingNouns.contains(toks.get(head).lemma()));
                boolean named = src != null
                        && src.entityId() != null
                        && isFindingVerb(t)
                        && i + 1 < n
                        && toks.get(i + 1).lower().equals("that");
                if (src != null && (document || named)) {
                    hits.add(new Attributor.CueHit(i, i, new Cue(t.range(), t.text(), t.lemma()), src));
                }
            }
        }
        return hits;
    }

    static final java.util.Set<String> FINDING_VERBS = java.util.Set.of(
            "find",
            "show",
            "indicate",
            "reveal",
            "conclude",
            "determine",
            "discover",
            "learn",
            "estimate",
            "suggest",
            "project",
            "forecast");

    /** Verbs by which a study, poll or newsroom reports a result. */
    static boolean isFindingVerb(Token t) {
        for (String l : t.lemmas()) {
            if (FINDING_VERBS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last word of the subject noun phrase of the verb at {@code i}, or -1. */
    int subjectHead(List<Token> toks, int i) {
        int k = i - 1;
        while (k >= 0 && (toks.get(k).pos().equals("ADV") || toks.get(k).pos().equals("AUX"))) {
            k--;
        }
        k = NounPhrases.skipParenthetical(toks, k);
        if (k >= 0 && toks.get(k).text().equals(",")) {
            int open = nounPhrases.previousComma(toks, k - 1);
            k = open > 0 ? open - 1 : -1;
        }
        return k;
    }

    /** Cues that attribute a stance rather than words: "Clinton opposed the deal", "the campaign wants a recount". */
    List<Attributor.CueHit> stanceCues(List<Token> toks) {
        List<Attributor.CueHit> hits = new ArrayList<>();
        // only the main verb: "Uptake fell because many adults doubt it" is the writer's causal claim
        int mainVerb = -1;
        for (int i = 0; i < toks.size() && mainVerb < 0; i++) {
            Token t = toks.get(i);
            if (t.pos().equals("VERB") && !quotes.inQuote(t) && !t.lower().endsWith("ing")) {
                mainVerb = i;
            }
        }
        for (int i = mainVerb; i >= 0 && i <= mainVerb; i++) {
            Token t = toks.get(i);
            if (i > 0 && toks.get(i - 1).lower().equals("to")) {
                continue;
            }
            String lemma = null;
            for (String l : t.lemmas()) {
                if (lex.attitudeVerbs.contains(l)) {
                    lemma = l;
                    break;
                }
            }
            if (lemma == null || lex.isReportingVerb(t.lemmas())) {
                continue;
            }
            Source src = verbSource(toks, i);
            if (src != null) {
                hits.add(new Attributor.CueHit(i, i, new Cue(t.range(), t.text(), lemma), src));
            }
        }
        return hits;
    }

    boolean isReportingVerb(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!lex.isReportingVerb(t.lemmas())) {
            return false;
        }
        // the tagger sometimes calls a verb a noun ("Trump asserts that …"): a following "that" settles it
        boolean verbByContext = (t.pos().equals("NOUN") || t.pos().equals("ADJ"))
                && i > 0
                && i + 1 < toks.size()
                && toks.get(i + 1).lower().equals("that")
                && toks.get(i - 1).isNoun()
                && !toks.get(i - 1).pos().equals("DET");
        // "…, The Wall Street Journal reports." and "…, Lindsey Graham Says.": a name, then the verb ending the
        // sentence
        boolean closingVerbAfterName = (t.pos().equals("NOUN") || t.pos().equals("PROPN"))
                && i > 0
                && toks.get(i - 1).isProperNoun()
                && (i + 1 == toks.size()
                        || i + 2 == toks.size()
                                && toks.get(i + 1).isPunctuation()
                                && !toks.get(i + 1).isQuoteMark())
                && trailingAttribution(toks, i);
        if (!t.pos().equals("VERB") && !verbByContext && !closingVerbAfterName) {
            return false;
        }
        // "declined to say" is not a statement
        return i == 0 || !toks.get(i - 1).lower().equals("to");
    }

    /** The name before {@code verb} follows a comma: "…, The Wall Street Journal reports", not "the annual Pentagon reports". */
    static boolean trailingAttribution(List<Token> toks, int verb) {
        int k = verb - 1;
        while (k >= 0 && (toks.get(k).isProperNoun() || toks.get(k).text().equals("'s"))) {
            k--;
        }
        if (k >= 0 && toks.get(k).lower().equals("the")) {
            k--;
        }
        return k >= 0 && toks.get(k).text().equals(",");
    }

    String lemmaOf(Token t) {
        for (String l : t.lemmas()) {
            if (lex.reportingVerbs.contains(l)) {
                return l;
            }
        }
        return t.lemma();
    }

    int matchPhrase(List<Token> toks, int i) {
        for (List<String> phrase : lex.reportingPhrases) {
            if (i + phrase.size() > toks.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < phrase.size() && ok; k++) {
                Token t = toks.get(i + k);
                String w = phrase.get(k);
                ok = t.lower().equals(w)
                        || t.lemmas().contains(w)
                        || (w.equals("a") && t.lower().equals("an"));
            }
            if (ok && phrase.size() >= 2) {
                return phrase.size();
            }
        }
        return 0;
    }

    String phraseText(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(k == from ? lemmaOf(toks.get(k)) : toks.get(k).lower());
        }
        return sb.toString();
    }

    Source verbSource(List<Token> toks, int v) {
        Token verb = toks.get(v);
        int k = v - 1;
        while (k >= 0
                && (toks.get(k).pos().equals("ADV")
                        || toks.get(k).pos().equals("PART")
                                && !toks.get(k).text().equals("'s"))) {
            k--;
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
                    return nounPhrases.rightNounPhrase(toks, b + 1);
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
                Source s = nounPhrases.leftNounPhrase(toks, k);
                if (s != null) {
                    return s;
                }
            }
            return nounPhrases.sentenceSubject(toks, v);
        }
        if (k >= 0
                && (toks.get(k).text().equals(",")
                        || toks.get(k).isQuoteMark()
                        || toks.get(k).text().equals("-"))) {
            boolean afterQuote =
                    toks.get(k).isQuoteMark() || k > 0 && toks.get(k - 1).isQuoteMark();
            // "X, who served as …, said" and "X, the head of Y, said"
            if (!afterQuote && toks.get(k).text().equals(",")) {
                Source before = nounPhrases.beforeAppositive(toks, k);
                if (before != null) {
                    return before;
                }
            }
            // "“…,” said Maria Jensen" and "The ruling was unfair, said Ana Lopez": the source follows the verb
            if (afterQuote || nounPhrases.isNameOrPronounStart(toks, v + 1)) {
                return nounPhrases.rightNounPhrase(toks, v + 1);
            }
            return null;
        }
        if (k < 0) {
            return nounPhrases.rightNounPhrase(toks, v + 1);
        }
        if (toks.get(k).pos().equals("CCONJ")) {
            // "he spoke about it and suggested that …": coordinated verbs share their subject
            for (int p = k - 1; p >= 0; p--) {
                Token t = toks.get(p);
                if (t.isQuoteMark() || quotes.inQuote(t)) {
                    break;
                }
                if (t.pos().equals("VERB") && !t.lower().endsWith("ing")) {
                    return nounPhrases.leftSource(toks, p);
                }
            }
            return null;
        }
        return nounPhrases.leftSource(toks, k + 1);
    }
}
