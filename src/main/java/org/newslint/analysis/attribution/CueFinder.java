package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
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
    private final Lexicons lex;
    private final Prose prose;
    private final QuoteSpans quotes;
    private final SourceFinder sources;
    private final NounPhrases nounPhrases;
    private final CueWords.Tables tables;
    /** A sentence's word-level facts ({@link #candidates}), as the attributor keeps them for its sentences. */
    private final java.util.function.Function<List<Token>, AttributionMemory.Words> words;

    CueFinder(
            Lexicons lex,
            Prose prose,
            QuoteSpans quotes,
            SourceFinder sources,
            NounPhrases nounPhrases,
            java.util.function.Function<List<Token>, AttributionMemory.Words> words) {
        this.lex = lex;
        this.words = words;
        this.prose = prose;
        this.quotes = quotes;
        this.sources = sources;
        this.nounPhrases = nounPhrases;
        this.tables = CueWords.tablesFor(lex);
    }

    List<CueHit> cues(List<Token> toks) {
        List<CueHit> hits = new ArrayList<>();
        int n = toks.size();
        AttributionMemory.Words words = this.words.apply(toks);
        int[] candidates = words.cueCandidates();
        int next = 0; // the first token not yet passed (a phrase passes its words)
        for (int c = 0; c < candidates.length; c++) {
            int i = candidates[c];
            if (i < next) {
                continue;
            }
            next = i + 1;
            Token t = toks.get(i);
            if (quotes.inQuote(t) || t.isQuoteMark()) {
                continue;
            }
            int lemmaBits = words.lemmaBits()[c];
            // matchPhrase tried phrases starting with the word, a lemma, or "a" for "an"
            int phraseLen = words.phraseLengths()[c];
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
                next = last + 1;
                continue;
            }
            boolean finding = (lemmaBits & CueWords.FINDING) != 0;
            // a lemma is a reporting verb (lex.isReportingVerb) exactly when the REPORTING bit is set
            if ((lemmaBits & CueWords.REPORTING) != 0 && isReportingVerbInContext(toks, i)) {
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
        // the first verb not ending in "ing" that is not quoted; a verb of stance there, by the word-level facts
        AttributionMemory.Words words = this.words.apply(toks);
        int[] verbs = words.mainVerbs();
        int mainVerb = -1;
        boolean stance = false;
        for (int k = 0; k < verbs.length && mainVerb < 0; k++) {
            if (!quotes.inQuote(toks.get(verbs[k]))) {
                mainVerb = verbs[k];
                stance = words.stanceVerbs()[k];
            }
        }
        if (mainVerb >= 0 && stance) {
            int i = mainVerb;
            Token t = toks.get(i);
            String lemma = null;
            for (String l : t.lemmas()) {
                if (lex.attitudeVerbs.contains(l)) {
                    lemma = l;
                    break;
                }
            }
            Source src = sources.ofVerb(toks, i);
            if (src != null) {
                hits.add(new CueHit(i, i, new Cue(t.range(), t.text(), lemma), src));
            }
        }
        return hits;
    }

    /** Whether the token, one of whose lemmas is a reporting verb, is one used as a verb here. */
    private boolean isReportingVerbInContext(List<Token> toks, int i) {
        Token t = toks.get(i);
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
