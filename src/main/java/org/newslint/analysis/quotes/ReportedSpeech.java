package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.model.Statement;
import org.newslint.analysis.model.StatementKind;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * The statements of an article: those of its quotations ({@link Statement#ofQuotes}) and reported
 * speech without quotation marks, from the cues the attribution stage found. A cue reports speech when
 * its lemma is a speech act ({@link Lexicons#isSpeechAct}: "said", "told", "argued", "according to"),
 * not a belief or a stance, and it has a source. Its statement is, by where the cue stands:
 *
 * <ul>
 *   <li>the complement after it: "The minister said (that) the plan would cost $2 billion", "told
 *       reporters that …" (the listener left out), "according to the police, the man was armed";
 *   <li>the clause before it when a comma sets the source and cue off at the sentence end: "The plan
 *       will cost $2 billion, the minister said on Tuesday", "…, according to the police".
 * </ul>
 *
 * It ends as a quotation's statement ends ({@link StatementEnd}): at a further cue, a semicolon, a
 * spaced dash, a second predicate or an aside. A statement that overlaps a quotation's is left to the
 * quotation, which already reports it.
 */
public final class ReportedSpeech {
    /** Verbs whose first object is the listener, not what was said: "told reporters the plan …". */
    private static final Set<String> TELLING_VERBS =
            Set.of("tell", "inform", "assure", "warn", "remind", "promise", "ask", "advise", "urge", "brief");

    /** A contracted auxiliary the tokenizer may leave on its pronoun: "he'll", "they're", "didn't". */
    private static final java.util.regex.Pattern CONTRACTED =
            java.util.regex.Pattern.compile(".*(['\u2019](ll|re|ve|d|m|s)|n['\u2019]t)");

    /** Words that open a reported clause. */
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");

    /**
     * Speech acts whose complement need not be a clause: "called the plan a disaster", "accused Clinton of
     * lying", "praised the decision".
     */
    private static final Set<String> SMALL_CLAUSE_VERBS = Set.of(
            "call",
            "describe",
            "characterize",
            "characterise",
            "accuse",
            "blame",
            "praise",
            "hail",
            "criticize",
            "criticise",
            "condemn",
            "denounce",
            "decry",
            "slam",
            "blast",
            "deny",
            "confirm",
            "predict",
            "demand",
            "propose",
            "recommend",
            "promise",
            "pledge",
            "vow",
            "threaten");

    private ReportedSpeech() {}

    /**
     * Every statement in text order: one per distinct quotation statement, and one per speech-act cue
     * whose reported clause no quotation covers. {@code drafts} and {@code cueLists} are parallel.
     */
    public static List<Statement> find(
            List<Quote> quotes,
            List<SentenceDraft> drafts,
            List<List<Attribution>> cueLists,
            String text,
            Lexicons lex) {
        List<Statement> quoted = Statement.ofQuotes(quotes);
        List<TextRange> taken = new ArrayList<>();
        for (Statement s : quoted) {
            taken.add(s.range());
        }
        for (Quote q : quotes) {
            taken.add(q.range()); // a term's marks too: what is quoted is not reported speech of its own
        }
        List<Statement> reported = new ArrayList<>();
        for (int si = 0; si < drafts.size(); si++) {
            SentenceDraft d = drafts.get(si);
            if (d.paragraphReason() != null) {
                continue; // headings, bylines, datelines: no reported speech
            }
            for (Attribution a : cueLists.get(si)) {
                if (a.source() == null || !lex.isSpeechAct(a.cue().lemma())) {
                    continue;
                }
                TextRange span = span(a, d.sentence(), cueLists.get(si), text);
                if (span == null || overlapsAny(span, taken)) {
                    continue;
                }
                taken.add(span);
                reported.add(new Statement(span, a.source(), a.cue(), StatementKind.INDIRECT, List.of()));
            }
        }
        if (reported.isEmpty()) {
            return quoted;
        }
        List<Statement> all = new ArrayList<>(quoted);
        all.addAll(reported);
        all.sort((x, y) -> x.range().compareTo(y.range()));
        return all;
    }

    /** The reported clause of one cue in its sentence, or null when it reports no clause there. */
    static TextRange span(Attribution a, Sentence sentence, List<Attribution> cues, String text) {
        Cue cue = a.cue();
        Source src = a.source();
        List<Token> toks = sentence.tokens();
        int cueFirst = indexAt(toks, cue.range().start());
        int cueLast = indexAt(toks, cue.range().end() - 1);
        if (cueFirst < 0 || cueLast < 0 || !sentence.range().contains(src.range())) {
            return null;
        }
        if (namingParticiple(toks, cueFirst, cue)) {
            return null; // "a group called Veterans for Peace"
        }
        int sentenceStart =
                skipSpace(text, sentence.range().start(), sentence.range().end());
        // where the attribution (source and cue, in either order) starts and ends
        int attrStart = Math.min(cue.range().start(), src.range().start());
        int attrEnd = Math.max(cue.range().end(), src.range().end());
        String before = text.substring(sentenceStart, attrStart).stripTrailing();
        boolean sourceAfter = src.range().start() >= cue.range().end();
        if (cue.lemma().startsWith("accord")) {
            if (words(before) >= 3) {
                return clauseBefore(text, sentenceStart, attrStart); // "…, according to the police."
            }
            // "According to the police, the man was armed": from the first comma after the cue
            int comma = text.indexOf(',', cue.range().end());
            if (comma < 0 || comma >= sentence.range().end()) {
                return null;
            }
            return complement(toks, comma + 1, sentence, cues, text, false);
        }
        if (sourceAfter) {
            // "…, said Kurt Walters, the campaign director": an inverted source ends its statement
            return words(before) >= 3 ? clauseBefore(text, sentenceStart, attrStart) : null;
        }
        // "The plan will cost $2 billion, the minister said (on Tuesday)."
        if (before.endsWith(",")
                && words(before) >= 3
                && finiteVerbIn(toks, sentenceStart, attrStart)
                && !finiteVerbIn(
                        toks, attrEnd, nextCue(cues, attrEnd, sentence.range().end()))) {
            return clauseBefore(text, sentenceStart, attrStart);
        }
        int from = attrEnd;
        if (telling(cue) && !cue.lemma().contains(" ")) { // "told reporters" names its listener itself
            from = afterListener(toks, cueLast + 1, from);
        }
        return complement(toks, from, sentence, cues, text, !SMALL_CLAUSE_VERBS.contains(cue.lemma()));
    }

    /** The clause from the sentence start to the attribution, or null when nothing is left. */
    private static TextRange clauseBefore(String text, int sentenceStart, int attrStart) {
        int end = StatementEnd.trimTrailing(text, sentenceStart, attrStart);
        return end > sentenceStart ? new TextRange(sentenceStart, end) : null;
    }

    /**
     * The reported clause after {@code from} to the end of its clause; with {@code needsVerb}, only when it
     * is a clause (a finite verb or a "to" infinitive: "urged Congress to act"), not an object ("added 292,000
     * jobs", "tweeted more than 5,000 times").
     */
    private static TextRange complement(
            List<Token> toks, int from, Sentence sentence, List<Attribution> cues, String text, boolean needsVerb) {
        int start = complementStart(toks, from);
        if (start < 0) {
            return null;
        }
        for (Attribution other : cues) {
            if (other.cue().range().start() == start) {
                return null; // "…, he said, adding that …": what "adding" reports is its own statement
            }
        }
        int end = StatementEnd.clauseEnd(start, false, sentence, trailing(cues, start, text), text);
        if (end <= start || wordsIn(toks, start, end) < 2) {
            return null;
        }
        if (needsVerb && !finiteVerbIn(toks, start, end) && !infinitiveIn(toks, start, end)) {
            return null;
        }
        return new TextRange(start, end);
    }

    /**
     * The cues after {@code from} set off by a comma ("…, he said"), which end a reported clause; a cue
     * inside it ("Freeland says Canada has asked …") reports speech within the speech and does not.
     */
    private static List<Attribution> trailing(List<Attribution> cues, int from, String text) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : cues) {
            int at = a.cue().range().start();
            if (a.source() != null) {
                at = Math.min(at, a.source().range().start());
            }
            if (at > from && text.substring(from, at).stripTrailing().endsWith(",")) {
                out.add(a);
            }
        }
        return out;
    }

    /** The start of the next cue at or after {@code from}, else {@code limit}. */
    private static int nextCue(List<Attribution> cues, int from, int limit) {
        int out = limit;
        for (Attribution a : cues) {
            if (a.cue().range().start() >= from) {
                out = Math.min(out, a.cue().range().start());
            }
        }
        return out;
    }

    private static boolean finiteVerbIn(List<Token> toks, int from, int to) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() >= from
                    && t.end() <= to
                    && (t.isVerb()
                            || t.pos().equals("AUX")
                            || CONTRACTED.matcher(t.lower()).matches())
                    && !t.lower().endsWith("ing")
                    && (i == 0 || !toks.get(i - 1).lower().equals("to"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean infinitiveIn(List<Token> toks, int from, int to) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() >= from
                    && toks.get(i + 1).end() <= to
                    && t.lower().equals("to")
                    && toks.get(i + 1).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** "a group called X", "the so-called …": a participle after a common noun names, it does not report. */
    private static boolean namingParticiple(List<Token> toks, int cue, Cue c) {
        if (!c.lemma().equals("call") || cue == 0) {
            return false;
        }
        Token prev = toks.get(cue - 1);
        return prev.isNoun() && !prev.isProperNoun() || prev.lower().endsWith("so-");
    }

    private static boolean telling(Cue cue) {
        return TELLING_VERBS.contains(cue.lemma().split(" ")[0]);
    }

    /** Past the listener after a telling verb: "told reporters (that) …", "told CNN on Sunday he …". */
    private static int afterListener(List<Token> toks, int next, int from) {
        int i = next;
        while (i < toks.size() && toks.get(i).start() < from) {
            i++;
        }
        boolean noun = false;
        while (i < toks.size()) {
            Token t = toks.get(i);
            String p = t.pos();
            if (p.equals("DET") || p.equals("ADJ") || p.equals("NOUN") || p.equals("PROPN") || p.equals("PRON")) {
                noun |= !p.equals("DET") && !p.equals("ADJ");
                if (noun
                        && p.equals("PRON")
                        && i + 1 < toks.size()
                        && toks.get(i + 1).isVerb()) {
                    return t.start(); // "told CNN he would": the pronoun is the clause's subject
                }
                i++;
                if (noun
                        && i < toks.size()
                        && !toks.get(i).isNoun()
                        && !toks.get(i).isProperNoun()) {
                    break;
                }
                continue;
            }
            break;
        }
        return i < toks.size() ? toks.get(i).start() : from;
    }

    /**
     * Where the reported clause after {@code from} begins: past commas and a colon, past a phrase of place
     * or time ("said in Berea, Ohio, on Tuesday that …", "said Tuesday the plan …"), at "that", "whether"
     * or "if" (kept, as PolNeAR keeps it) when one opens the clause; -1 when nothing but punctuation follows.
     */
    private static int complementStart(List<Token> toks, int from) {
        int i = 0;
        while (i < toks.size() && toks.get(i).start() < from) {
            i++;
        }
        int first = -1;
        for (int k = i; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.isPunctuation() && !t.isQuoteMark()) {
                if (t.text().equals(".") || t.text().equals("?") || t.text().equals("!")) {
                    break;
                }
                continue;
            }
            first = k;
            break;
        }
        if (first < 0) {
            return -1;
        }
        // a complementizer before any verb opens the clause
        for (int k = first; k < toks.size() && k < first + 15; k++) {
            Token t = toks.get(k);
            if (t.isVerb() || t.pos().equals("AUX") || t.isQuoteMark()) {
                break;
            }
            if (COMPLEMENTIZERS.contains(t.lower()) && (k == first || t.pos().equals("SCONJ"))) {
                return t.start();
            }
        }
        // "said in a statement on Tuesday, the plan …": a leading phrase set off by a comma
        if (toks.get(first).pos().equals("ADP")) {
            for (int k = first; k < toks.size() && k < first + 12; k++) {
                Token t = toks.get(k);
                if (t.isVerb() || t.pos().equals("AUX") || t.isQuoteMark()) {
                    break;
                }
                if (t.text().equals(",") && k + 1 < toks.size()) {
                    return toks.get(k + 1).start();
                }
            }
        }
        return toks.get(first).start();
    }

    private static int wordsIn(List<Token> toks, int start, int end) {
        int n = 0;
        for (Token t : toks) {
            if (t.start() >= start && t.end() <= end && !t.isPunctuation()) {
                n++;
            }
        }
        return n;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : Spaces.split(t).length;
    }

    private static int skipSpace(String text, int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int indexAt(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (Token.startOf(toks, i) <= offset && offset < Token.endOf(toks, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean overlapsAny(TextRange r, List<TextRange> ranges) {
        for (TextRange o : ranges) {
            if (o.overlaps(r)) {
                return true;
            }
        }
        return false;
    }
}
