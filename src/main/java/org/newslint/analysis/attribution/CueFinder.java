package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslint.analysis.attribution.Attributor.CueHit;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Finds the words that attribute a sentence and pairs each with its source: reporting phrases
 * ("according to"), reporting verbs ("said", matched on any of a word's lemmas), verbs by which a
 * document or newsroom reports a finding ("the audit found that"), and verbs of stance ("Kovac
 * opposed the plan"). Words inside quotations are the speaker's and never cue the writer's attribution.
 */
final class CueFinder {
    /** Verbs by which a study, poll or newsroom reports a result. */
    private static final Set<String> FINDING_VERBS = Set.of(
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

    private final Lexicons lex;
    private final Prose prose;
    private final QuoteSpans quotes;
    private final SourceFinder sources;
    private final NounPhrases nounPhrases;
    /** Positions in {@code lex.reportingPhrases} of the phrases of two words or more, by their first word. */
    private final java.util.Map<String, List<Integer>> phrasesByFirstWord = new java.util.HashMap<>();
    /**
     * The second words of those phrases, by their first word: a phrase can match only where the next
     * token is one of them (its lower case, a lemma, or "a" for "an", as {@link #matches} compares words).
     */
    private final java.util.Map<String, Set<String>> secondWordsByFirstWord = new java.util.HashMap<>();
    /*
     * What a word can be, as bits: the first word of a phrase of two words or more, a reporting verb,
     * a finding verb. One lookup per word and lemma tells which of the lists a token needs asked; a
     * token none of them can match is passed over as the lists would pass it.
     */
    private static final int PHRASE_START = 1;
    private static final int REPORTING = 2;
    private static final int FINDING = 4;
    private final java.util.Map<String, Integer> vocabulary = new java.util.HashMap<>();

    CueFinder(Lexicons lex, Prose prose, QuoteSpans quotes, SourceFinder sources, NounPhrases nounPhrases) {
        this.lex = lex;
        this.prose = prose;
        this.quotes = quotes;
        this.sources = sources;
        this.nounPhrases = nounPhrases;
        for (int p = 0; p < lex.reportingPhrases.size(); p++) {
            List<String> phrase = lex.reportingPhrases.get(p);
            if (phrase.size() >= 2) {
                phrasesByFirstWord
                        .computeIfAbsent(phrase.get(0), w -> new ArrayList<>())
                        .add(p);
                vocabulary.merge(phrase.get(0), PHRASE_START, (a, b) -> a | b);
                secondWordsByFirstWord
                        .computeIfAbsent(phrase.get(0), w -> new java.util.HashSet<>())
                        .add(phrase.get(1));
            }
        }
        for (String v : lex.reportingVerbs) {
            vocabulary.merge(v, REPORTING, (a, b) -> a | b);
        }
        for (String v : FINDING_VERBS) {
            vocabulary.merge(v, FINDING, (a, b) -> a | b);
        }
    }

    /** The {@link #vocabulary} bits of the token's lemmas. */
    private int lemmaBits(Token t) {
        int bits = 0;
        for (String l : t.lemmas()) {
            Integer b = vocabulary.get(l);
            if (b != null) {
                bits |= b;
            }
        }
        return bits;
    }

    List<CueHit> cues(List<Token> toks) {
        List<CueHit> hits = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (quotes.inQuote(t) || t.isQuoteMark()) {
                continue;
            }
            int lemmaBits = lemmaBits(t);
            Integer lowerBits = vocabulary.get(t.lower());
            // matchPhrase tries phrases starting with the word, a lemma, or "a" for "an"
            boolean mayStartPhrase = ((lemmaBits | (lowerBits == null ? 0 : lowerBits)) & PHRASE_START) != 0
                    || t.lower().equals("an");
            int phraseLen = mayStartPhrase ? matchPhrase(toks, i) : 0;
            if (phraseLen > 0) {
                int last = i + phraseLen - 1;
                Cue cue = new Cue(
                        new TextRange(t.start(), toks.get(last).end()),
                        prose.original().substring(t.start(), toks.get(last).end()),
                        phraseText(toks, i, last));
                Source src;
                if (t.lower().equals("according")) {
                    src = nounPhrases.startingAt(toks, last + 1);
                } else if (t.pos().equals("ADP")) {
                    src = sources.sentenceSubject(toks, i);
                } else {
                    src = sources.before(toks, i);
                }
                hits.add(new CueHit(i, last, cue, src));
                i = last;
                continue;
            }
            boolean finding = (lemmaBits & FINDING) != 0;
            // isReportingVerb asks first whether a lemma is a reporting verb
            if ((lemmaBits & REPORTING) != 0 && isReportingVerb(toks, i)) {
                Cue cue = new Cue(t.range(), t.text(), lemmaOf(t));
                hits.add(new CueHit(i, i, cue, sources.ofVerb(toks, i)));
            } else if (t.pos().equals("VERB")
                    && (i + 1 < n && toks.get(i + 1).lower().equals("that") || finding)) {
                // "The assessment found that …", "a USA TODAY analysis … shows": a document reports;
                // "The Charlotte Observer found that …": so does a named source
                Source src = sources.before(toks, i);
                int head = SourceFinder.subjectHead(toks, i);
                boolean document = head >= 0
                        && (lex.reportingNouns.contains(toks.get(head).lower())
                                || lex.reportingNouns.contains(toks.get(head).lemma()));
                boolean named = src != null
                        && src.entityId() != null
                        && finding
                        && i + 1 < n
                        && toks.get(i + 1).lower().equals("that");
                if (src != null && (document || named)) {
                    hits.add(new CueHit(i, i, new Cue(t.range(), t.text(), t.lemma()), src));
                }
            }
        }
        return hits;
    }

    /** Cues that attribute a stance rather than words: "Clinton opposed the deal", "the campaign wants a recount". */
    List<CueHit> stanceCues(List<Token> toks) {
        List<CueHit> hits = new ArrayList<>();
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
            Source src = sources.ofVerb(toks, i);
            if (src != null) {
                hits.add(new CueHit(i, i, new Cue(t.range(), t.text(), lemma), src));
            }
        }
        return hits;
    }

    private boolean isReportingVerb(List<Token> toks, int i) {
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
        // "the daily wrote": after an outlet noun the tagger calls the verb a noun at times
        boolean afterOutlet = (t.pos().equals("NOUN") || t.pos().equals("ADJ"))
                && !t.lemma().equals(t.lower())
                && nounPhrases.isOutletNounAfterDeterminer(toks, i - 1);
        if (!t.pos().equals("VERB") && !verbByContext && !closingVerbAfterName && !afterOutlet) {
            return false;
        }
        // "declined to say" is not a statement
        return i == 0 || !toks.get(i - 1).lower().equals("to");
    }

    /** The name before {@code verb} follows a comma: "…, The Wall Street Journal reports", not "the annual Pentagon reports". */
    private static boolean trailingAttribution(List<Token> toks, int verb) {
        int k = verb - 1;
        while (k >= 0 && (toks.get(k).isProperNoun() || toks.get(k).text().equals("'s"))) {
            k--;
        }
        if (k >= 0 && toks.get(k).lower().equals("the")) {
            k--;
        }
        return k >= 0 && toks.get(k).text().equals(",");
    }

    /** The lemma under which the lexicon lists the verb ("said" → "say"), else the tagger's lemma. */
    private String lemmaOf(Token t) {
        for (String l : t.lemmas()) {
            if (lex.reportingVerbs.contains(l)) {
                return l;
            }
        }
        return t.lemma();
    }

    /**
     * The length of the reporting phrase of two words or more starting at token {@code i}, or 0: the
     * first such phrase in the lexicon's order (longest first) whose words all match. Only the phrases
     * whose first word the token can be are tried (looked up by its text, its lemmas, and "a" for "an").
     */
    private int matchPhrase(List<Token> toks, int i) {
        Token first = toks.get(i);
        int best = Integer.MAX_VALUE;
        best = firstMatch(toks, i, first.lower(), best);
        for (String lemma : first.lemmas()) {
            best = firstMatch(toks, i, lemma, best);
        }
        if (first.lower().equals("an")) {
            best = firstMatch(toks, i, "a", best);
        }
        return best == Integer.MAX_VALUE ? 0 : lex.reportingPhrases.get(best).size();
    }

    /** The lowest position below {@code best} of a phrase starting with {@code word} that matches at {@code i}. */
    private int firstMatch(List<Token> toks, int i, String word, int best) {
        Set<String> second = secondWordsByFirstWord.get(word);
        if (second == null || i + 1 >= toks.size() || !mayBe(toks.get(i + 1), second)) {
            return best; // every such phrase has a second word, and none of them is this token's
        }
        for (int p : phrasesByFirstWord.getOrDefault(word, List.of())) {
            if (p >= best) {
                break; // positions are ascending
            }
            if (matches(toks, i, lex.reportingPhrases.get(p))) {
                return p;
            }
        }
        return best;
    }

    /** Whether {@link #matches} could match the token with one of {@code words}. */
    private static boolean mayBe(Token t, Set<String> words) {
        if (words.contains(t.lower()) || (t.lower().equals("an") && words.contains("a"))) {
            return true;
        }
        for (String l : t.lemmas()) {
            if (words.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<Token> toks, int i, List<String> phrase) {
        if (i + phrase.size() > toks.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token t = toks.get(i + k);
            String w = phrase.get(k);
            if (!(t.lower().equals(w)
                    || t.lemmas().contains(w)
                    || (w.equals("a") && t.lower().equals("an")))) {
                return false;
            }
        }
        return true;
    }

    /** A phrase cue's lemma: its first word's lemma, then the rest as written ("decline to comment"). */
    private String phraseText(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(k == from ? lemmaOf(toks.get(k)) : toks.get(k).lower());
        }
        return sb.toString();
    }
}
