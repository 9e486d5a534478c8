package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.analysis.entities.Acronyms;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.Normalizer;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Decides who says what: finds attribution cues (reporting verbs and phrases from the lexicon,
 * matched on lemmas), the source noun phrase each cue belongs to ("X said", "said X", "according
 * to X", "X, who …, said", participles, passives with "by"), resolves pronouns and nominal sources
 * to entities, and gives every quote its speaker.
 */
public final class Attributor {
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them", "you");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "me", "us");
    private static final Set<String> NP_ADPOSITIONS = Set.of("of", "for", "with", "at", "from", "in", "on");
    private static final int PRONOUN_LOOKBACK = 4000;

    private final Lexicons lex;
    private final Prose prose;
    private final EntityFinder.Result entities;
    private final List<TextRange> quoteContents;

    /** A cue found in a sentence, with its source (null when the cue names none, as in "it is believed"). */
    public record CueHit(int first, int last, Cue cue, Source source) {
    }

    public Attributor(Lexicons lex, Prose prose, EntityFinder.Result entities,
               List<TextRange> quoteContents) {
        this.lex = lex;
        this.prose = prose;
        this.entities = entities;
        this.quoteContents = quoteContents;
    }

    /** Quote contents sorted by start, with the running maximum end, so a lookup is a binary search. */
    private int[] quoteStarts;
    private int[] quoteMaxEnds;

    public boolean insideQuote(int offset) {
        if (quoteStarts == null) {
            List<TextRange> sorted = new ArrayList<>(quoteContents);
            sorted.sort(null);
            quoteStarts = new int[sorted.size()];
            quoteMaxEnds = new int[sorted.size()];
            int maxEnd = -1;
            for (int i = 0; i < sorted.size(); i++) {
                quoteStarts[i] = sorted.get(i).start();
                maxEnd = Math.max(maxEnd, sorted.get(i).end());
                quoteMaxEnds[i] = maxEnd;
            }
        }
        // the last quote starting at or before offset; any earlier quote reaching past offset shows in the running max
        int lo = 0;
        int hi = quoteStarts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quoteStarts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && quoteMaxEnds[found] > offset;
    }

    private boolean inQuote(Token t) {
        return insideQuote(t.start());
    }

    // ---------------------------------------------------------------- cues

    public List<CueHit> cues(List<Token> toks) {
        List<CueHit> hits = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (inQuote(t) || t.isQuoteMark()) {
                continue;
            }
            int phraseLen = matchPhrase(toks, i);
            if (phraseLen > 0) {
                int last = i + phraseLen - 1;
                Cue cue = new Cue(new TextRange(t.start(), toks.get(last).end()),
                        text(t.start(), toks.get(last).end()), phraseText(toks, i, last));
                Source src;
                if (t.lower().equals("according")) {
                    src = rightNounPhrase(toks, last + 1);
                } else if (t.pos().equals("ADP")) {
                    src = sentenceSubject(toks, i);
                } else {
                    src = leftSource(toks, i);
                }
                hits.add(new CueHit(i, last, cue, src));
                i = last;
                continue;
            }
            if (isReportingVerb(toks, i)) {
                Cue cue = new Cue(t.range(), t.text(), lemmaOf(t));
                hits.add(new CueHit(i, i, cue, verbSource(toks, i)));
            } else if (t.pos().equals("VERB") && (i + 1 < n && toks.get(i + 1).lower().equals("that") || isFindingVerb(t))) {
                // "The assessment found that …", "a USA TODAY analysis … shows": a document reports;
                // "The Charlotte Observer found that …": so does a named source
                Source src = leftSource(toks, i);
                int head = subjectHead(toks, i);
                boolean document = head >= 0 && (lex.reportingNouns.contains(toks.get(head).lower())
                        || lex.reportingNouns.contains(toks.get(head).lemma()));
                boolean named = src != null && src.entityId() != null && isFindingVerb(t)
                        && i + 1 < n && toks.get(i + 1).lower().equals("that");
                if (src != null && (document || named)) {
                    hits.add(new CueHit(i, i, new Cue(t.range(), t.text(), t.lemma()), src));
                }
            }
        }
        return hits;
    }

    private static final java.util.Set<String> FINDING_VERBS = java.util.Set.of("find", "show", "indicate", "reveal",
            "conclude", "determine", "discover", "learn", "estimate", "suggest", "project", "forecast");

    /** Verbs by which a study, poll or newsroom reports a result. */
    private static boolean isFindingVerb(Token t) {
        for (String l : t.lemmas()) {
            if (FINDING_VERBS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last word of the subject noun phrase of the verb at {@code i}, or -1. */
    private int subjectHead(List<Token> toks, int i) {
        int k = i - 1;
        while (k >= 0 && (toks.get(k).pos().equals("ADV") || toks.get(k).pos().equals("AUX"))) {
            k--;
        }
        k = skipParenthetical(toks, k);
        if (k >= 0 && toks.get(k).text().equals(",")) {
            int open = previousComma(toks, k - 1);
            k = open > 0 ? open - 1 : -1;
        }
        return k;
    }

    /** Cues that attribute a stance rather than words: "Clinton opposed the deal", "the campaign wants a recount". */
    public List<CueHit> stanceCues(List<Token> toks) {
        List<CueHit> hits = new ArrayList<>();
        // only the main verb: "Uptake fell because many adults doubt it" is the writer's causal claim
        int mainVerb = -1;
        for (int i = 0; i < toks.size() && mainVerb < 0; i++) {
            Token t = toks.get(i);
            if (t.pos().equals("VERB") && !inQuote(t) && !t.lower().endsWith("ing")) {
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
        boolean verbByContext = (t.pos().equals("NOUN") || t.pos().equals("ADJ")) && i > 0 && i + 1 < toks.size()
                && toks.get(i + 1).lower().equals("that") && toks.get(i - 1).isNoun() && !toks.get(i - 1).pos().equals("DET");
        // "…, The Wall Street Journal reports." and "…, Lindsey Graham Says.": a name, then the verb ending the sentence
        boolean closingVerbAfterName = (t.pos().equals("NOUN") || t.pos().equals("PROPN")) && i > 0
                && toks.get(i - 1).isProperNoun() && (i + 1 == toks.size()
                || i + 2 == toks.size() && toks.get(i + 1).isPunctuation() && !toks.get(i + 1).isQuoteMark())
                && trailingAttribution(toks, i);
        if (!t.pos().equals("VERB") && !verbByContext && !closingVerbAfterName) {
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

    private String lemmaOf(Token t) {
        for (String l : t.lemmas()) {
            if (lex.reportingVerbs.contains(l)) {
                return l;
            }
        }
        return t.lemma();
    }

    private int matchPhrase(List<Token> toks, int i) {
        for (List<String> phrase : lex.reportingPhrases) {
            if (i + phrase.size() > toks.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < phrase.size() && ok; k++) {
                Token t = toks.get(i + k);
                String w = phrase.get(k);
                ok = t.lower().equals(w) || t.lemmas().contains(w) || (w.equals("a") && t.lower().equals("an"));
            }
            if (ok && phrase.size() >= 2) {
                return phrase.size();
            }
        }
        return 0;
    }

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

    private Source verbSource(List<Token> toks, int v) {
        Token verb = toks.get(v);
        int k = v - 1;
        while (k >= 0 && (toks.get(k).pos().equals("ADV") || toks.get(k).pos().equals("PART") && !toks.get(k).text().equals("'s"))) {
            k--;
        }
        boolean passive = false;
        int aux = k;
        while (aux >= 0 && (toks.get(aux).pos().equals("AUX") || toks.get(aux).pos().equals("ADV"))) {
            if (toks.get(aux).lemmas().contains("be") || toks.get(aux).lower().equals("get")) {
                passive = true;
            }
            aux--;
        }
        String w = verb.lower();
        boolean participleForm = w.endsWith("ed") || w.endsWith("en") || w.equals("said") || w.equals("told") || w.equals("written");
        if (passive && participleForm) {
            for (int b = v + 1; b < Math.min(toks.size(), v + 5); b++) {
                if (toks.get(b).lower().equals("by")) {
                    return rightNounPhrase(toks, b + 1);
                }
            }
            return null;
        }
        boolean progressive = passive; // "was saying": the subject is still to the left
        k = aux;
        if (w.endsWith("ing") && !progressive) {
            // a participle clause: ", asserting that …" belongs to the sentence subject;
            // "with officials praising …" to the noun phrase right before it
            if (k >= 0 && isNounPhraseToken(toks.get(k))) {
                Source s = leftNounPhrase(toks, k);
                if (s != null) {
                    return s;
                }
            }
            return sentenceSubject(toks, v);
        }
        if (k >= 0 && (toks.get(k).text().equals(",") || toks.get(k).isQuoteMark() || toks.get(k).text().equals("-"))) {
            boolean afterQuote = toks.get(k).isQuoteMark() || k > 0 && toks.get(k - 1).isQuoteMark();
            // "X, who served as …, said" and "X, the head of Y, said"
            if (!afterQuote && toks.get(k).text().equals(",")) {
                Source before = beforeAppositive(toks, k);
                if (before != null) {
                    return before;
                }
            }
            // "“…,” said Maria Jensen" and "The ruling was unfair, said Ana Lopez": the source follows the verb
            if (afterQuote || isNameOrPronounStart(toks, v + 1)) {
                return rightNounPhrase(toks, v + 1);
            }
            return null;
        }
        if (k < 0) {
            return rightNounPhrase(toks, v + 1);
        }
        if (toks.get(k).pos().equals("CCONJ")) {
            // "he spoke about it and suggested that …": coordinated verbs share their subject
            for (int p = k - 1; p >= 0; p--) {
                Token t = toks.get(p);
                if (t.isQuoteMark() || inQuote(t)) {
                    break;
                }
                if (t.pos().equals("VERB") && !t.lower().endsWith("ing")) {
                    return leftSource(toks, p);
                }
            }
            return null;
        }
        return leftSource(toks, k + 1);
    }

    private boolean isNameOrPronounStart(List<Token> toks, int i) {
        if (i >= toks.size()) {
            return false;
        }
        Token t = toks.get(i);
        return t.isProperNoun() || PERSONAL.contains(t.lower()) || t.pos().equals("DET") || t.isCapitalized();
    }

    /** Steps left over a parenthetical such as "(ITF)": returns the index before its "(", or {@code k} unchanged. */
    private static int skipParenthetical(List<Token> toks, int k) {
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

    private int previousComma(List<Token> toks, int from) {
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
    private Source leftSource(List<Token> toks, int i) {
        int k = i - 1;
        while (k >= 0 && (toks.get(k).pos().equals("ADV") || toks.get(k).pos().equals("AUX")
                || toks.get(k).pos().equals("PART") && !toks.get(k).text().equals("'s"))) {
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
    private Source beforeAppositive(List<Token> toks, int comma) {
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
    private static boolean isPartyAffiliation(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(toks.get(k).text());
        }
        return sb.toString().matches("[DRI]-\\p{Lu}[\\p{L}.]{0,12}");
    }

    /** A noun by its tag, or any word inside a name mention (the tagger calls "Trump" an adjective at times). */
    private boolean nounish(Token t) {
        return t.isNoun() || entities.mentionCovering(t.start()) != null && Character.isUpperCase(t.text().charAt(0));
    }

    private boolean isNounPhraseToken(Token t) {
        String pos = t.pos();
        return nounish(t) || pos.equals("PRON") && PERSONAL.contains(t.lower())
                || pos.equals("NUM");
    }

    /** Walks left from {@code end} over one noun phrase: "a spokesperson for the ministry", "North Korean officials". */
    public Source leftNounPhrase(List<Token> toks, int end) {
        if (end < 0 || inQuote(toks.get(end))) {
            return null;
        }
        Token last = toks.get(end);
        if (last.pos().equals("PRON")) {
            // "him", "them", "me", "us" are objects, never the one speaking
            return PERSONAL.contains(last.lower()) && !OBJECT_PRONOUNS.contains(last.lower()) ? makeSource(toks, end, end) : null;
        }
        boolean adjectiveHead = last.pos().equals("ADJ") && end > 0
                && (toks.get(end - 1).text().equals("'s") || toks.get(end - 1).pos().equals("DET"));
        if (!(nounish(last) || last.pos().equals("NUM") || Acronyms.isAcronym(last.text()) || adjectiveHead)) {
            return null;
        }
        int start = end;
        boolean closed = false;
        for (int k = end - 1; k >= 0; k--) {
            Token t = toks.get(k);
            String pos = t.pos();
            if (inQuote(t) || t.isQuoteMark()) {
                break;
            }
            if (closed) {
                if (pos.equals("ADP") && NP_ADPOSITIONS.contains(t.lower()) && k > 0 && toks.get(k - 1).isNoun()) {
                    closed = false;
                    start = k;
                    continue;
                }
                break;
            }
            if (nounish(t) || pos.equals("ADJ") || pos.equals("NUM")
                    || t.text().equals("'s") || t.text().equals("'") || pos.equals("PRON") && !PERSONAL.contains(t.lower())
                    && !t.lower().equals("who") && !t.lower().equals("that") && !t.lower().equals("which")) {
                start = k;
            } else if (pos.equals("DET")) {
                start = k;
                closed = true;
            } else if (pos.equals("ADP") && NP_ADPOSITIONS.contains(t.lower()) && k > 0 && toks.get(k - 1).isNoun()) {
                start = k;
            } else if (pos.equals("CCONJ") && t.lower().equals("and") && k > 0 && toks.get(k - 1).isProperNoun()
                    && toks.get(k + 1).isProperNoun()) {
                start = k;
            } else {
                break;
            }
        }
        while (start < end && (toks.get(start).pos().equals("ADP") || toks.get(start).pos().equals("CCONJ"))) {
            start++;
        }
        return makeSource(toks, start, end);
    }

    /** The noun phrase starting at {@code start}: "Maria Jensen", "the company", "Governor Paul Renner". */
    public Source rightNounPhrase(List<Token> toks, int start) {
        int n = toks.size();
        if (start >= n) {
            return null;
        }
        Token first = toks.get(start);
        if (PERSONAL.contains(first.lower())) {
            return makeSource(toks, start, start);
        }
        int end = -1;
        boolean sawNoun = false;
        for (int k = start; k < n; k++) {
            Token t = toks.get(k);
            String pos = t.pos();
            if (inQuote(t) || t.isQuoteMark()) {
                break;
            }
            if (nounish(t) || Acronyms.isAcronym(t.text())) {
                end = k;
                sawNoun = true;
            } else if (pos.equals("DET") || pos.equals("ADJ") || pos.equals("NUM") || t.text().equals("'s")) {
                if (sawNoun && pos.equals("DET")) {
                    break;
                }
                continue;
            } else if (pos.equals("ADP") && (t.lower().equals("of") || t.lower().equals("for")) && sawNoun
                    && k + 1 < n && (toks.get(k + 1).isNoun() || toks.get(k + 1).pos().equals("DET"))) {
                continue;
            } else {
                break;
            }
        }
        return end >= start && sawNoun ? makeSource(toks, start, end) : null;
    }

    /** The subject of the sentence's first finite verb before {@code before}. */
    public Source sentenceSubject(List<Token> toks, int before) {
        for (int k = 0; k < before; k++) {
            Token t = toks.get(k);
            if (inQuote(t)) {
                continue;
            }
            if ((t.pos().equals("VERB") || t.pos().equals("AUX")) && !t.lower().endsWith("ing")
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

    private String text(int start, int end) {
        return prose.original().substring(start, end);
    }

    // ---------------------------------------------------------------- sources and entities

    private Source makeSource(List<Token> toks, int start, int end) {
        // "The KCNA's commentary": a statement noun owned by someone → the owner is the source
        for (int k = end; k > start; k--) {
            if (toks.get(k).text().equals("'s") && (lex.reportingNouns.contains(toks.get(end).lower())
                    || lex.reportingNouns.contains(toks.get(end).lemma()))) {
                return makeSource(toks, start, k - 1);
            }
        }
        TextRange range = new TextRange(toks.get(start).start(), toks.get(end).end());
        String written = text(range.start(), range.end());
        Token headToken = toks.get(headIndex(toks, start, end));
        if (start == end && PERSONAL.contains(headToken.lower())) {
            EntityFinder.MentionRef ref = resolvePronoun(headToken);
            Entity e = ref != null ? entity(ref.entityId()) : null;
            return new Source(range, written, e != null ? e.id() : null, e != null ? e.name() : null);
        }
        EntityFinder.MentionRef ref = entities.mentionCovering(headToken.start());
        if (ref == null) {
            // "former U.S. diplomat Richard Grenell": the name is the head; a place inside a nominal is not
            for (int k = end; k >= start; k--) {
                EntityFinder.MentionRef r = entities.mentionCovering(toks.get(k).start());
                if (r != null && r.type() == EntityType.PERSON) {
                    ref = r;
                    break;
                }
            }
        }
        if (ref == null && toks.get(start).pos().equals("DET") && toks.get(start).lower().equals("the")) {
            ref = resolveNominal(headToken, range.start());
        }
        Entity e = ref != null ? entity(ref.entityId()) : null;
        return new Source(range, written, e != null ? e.id() : null, e != null ? e.name() : null);
    }

    private int headIndex(List<Token> toks, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (toks.get(k).pos().equals("ADP") && k > start) {
                return k - 1;
            }
        }
        return end;
    }

    private Entity entity(String id) {
        for (Entity e : entities.entities()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** Nearest earlier compatible entity mention outside quotes: he/she → a person, it → an organisation or place. */
    public EntityFinder.MentionRef resolvePronoun(Token pronoun) {
        String p = pronoun.lower();
        if (p.equals("i") || p.equals("we") || p.equals("you")) {
            return null;
        }
        boolean person = p.equals("he") || p.equals("she") || p.equals("him") || p.equals("her");
        boolean thing = p.equals("it");
        for (Map.Entry<Integer, EntityFinder.MentionRef> e : entities.mentions().headMap(pronoun.start(), false)
                .descendingMap().entrySet()) {
            EntityFinder.MentionRef ref = e.getValue();
            if (pronoun.start() - ref.range().start() > PRONOUN_LOOKBACK) {
                break;
            }
            if (insideQuote(ref.range().start())) {
                continue;
            }
            EntityType type = ref.type();
            if (person && type == EntityType.PERSON) {
                return ref;
            }
            if (thing && (type == EntityType.ORGANIZATION || type == EntityType.LOCATION)) {
                return ref;
            }
            if (!person && !thing && (type == EntityType.ORGANIZATION || type == EntityType.LOCATION)) {
                return ref;
            }
        }
        return null;
    }

    /** "the agency" → the nearest earlier organisation whose name contains "Agency". */
    private EntityFinder.MentionRef resolveNominal(Token head, int before) {
        String word = head.lower();
        for (EntityFinder.MentionRef ref : entities.mentions().headMap(before, false).descendingMap().values()) {
            if (before - ref.range().start() > PRONOUN_LOOKBACK) {
                break;
            }
            Entity e = entity(ref.entityId());
            if (e == null) {
                continue;
            }
            if (e.type() != EntityType.PERSON && (" " + e.name().toLowerCase(Locale.ROOT) + " ").contains(" " + word + " ")) {
                return ref;
            }
            // "the governor" → the person introduced as "Governor Lukas Ebner"
            if (e.type() == EntityType.PERSON && (lex.roleNouns.contains(word) || lex.personTitles.contains(word))) {
                for (String d : e.descriptions()) {
                    if ((" " + d.toLowerCase(Locale.ROOT) + " ").contains(" " + word + " ")) {
                        return ref;
                    }
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- sentences attributed without a named source

    /**
     * Why a sentence that names no source is still attributed, or null when it is not: a cue whose
     * source is vague or not found ("experts say", "who said", a sentence split before "said"), quoted
     * words (someone's, even when the speaker is named in another sentence), or a word PolNeAR
     * annotators mark as an attribution cue, outside quotes ("Clinton laid out her proposals",
     * "the poll showed", "Trump's plan"). The vague-source rule still reports the vague ones.
     */
    public AttributedBy attributionWithoutSource(List<Token> toks, TextRange sentence, List<Attribution> cues, double quotedShare) {
        for (Attribution a : cues) {
            if (a.source() != null && lex.isWeasel(a.source())) {
                return AttributedBy.of(AttributedBy.Basis.VAGUE_SOURCE); // "Experts say …": attributed, to a source vague-source asks the writer to name
            }
        }
        for (Attribution a : cues) {
            if (a.source() != null || !agentlessPassive(toks, tokenAt(toks, a.cue().range().start()))) {
                return AttributedBy.of(AttributedBy.Basis.CUE_WITHOUT_NAMED_SOURCE);
            }
        }
        if (!cues.isEmpty()) {
            return AttributedBy.of(AttributedBy.Basis.AGENTLESS_PASSIVE); // "It is believed that …": someone's view, whom vague-source asks the writer to name
        }
        if (quotedShare >= 0.5 || carriesQuotedWords(sentence.of(prose.text()))) {
            return AttributedBy.of(AttributedBy.Basis.QUOTATION);
        }
        for (int i = 0; i < toks.size(); i++) {
            if (isCueWord(toks, i)) {
                return new AttributedBy(AttributedBy.Basis.CUE_WORD, toks.get(i).lemma().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    /** A quotation mark here is "“ or '' (two apostrophes, as some papers print them); prose has “” normalised to ". */
    private static final java.util.regex.Pattern QUOTE_MARK = java.util.regex.Pattern.compile("\"|''");
    private static final java.util.regex.Pattern QUOTED_PASSAGE = java.util.regex.Pattern.compile("(?:\"|'')([^\"]*?)(?:\"|'')");
    private static final int MIN_QUOTED_WORDS = 3;

    /**
     * Someone's words: the sentence opens or closes a quotation (a sentence of a multi-sentence quote),
     * has an unpaired mark, or quotes at least three words. A title or scare quote of a word or two
     * (“13th”, “too loud”) attributes nothing.
     */
    private static boolean carriesQuotedWords(String sentence) {
        String s = sentence.strip();
        java.util.regex.Matcher marks = QUOTE_MARK.matcher(s);
        int count = 0;
        while (marks.find()) {
            count++;
        }
        if (count == 0) {
            return false;
        }
        if (count % 2 == 1 || s.startsWith("\"") || s.startsWith("''") || s.replaceAll("[\\s.,!?;:)\u2026-]+$", "").matches(".*(\"|'')$")) {
            return true;
        }
        java.util.regex.Matcher q = QUOTED_PASSAGE.matcher(s);
        while (q.find()) {
            if (q.group(1).strip().split("\\s+").length >= MIN_QUOTED_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb or noun of the attribution-cue lexicon, outside quotes, not in an agentless passive, not an
     * infinitive, and not one the tagger plainly got wrong or that only modifies a noun: "a morning show" (a "verb" after a
     * determiner), "sympathy action" (a noun before its head).
     */
    private boolean isCueWord(List<Token> toks, int i) {
        Token t = toks.get(i);
        boolean verb = t.pos().equals("VERB");
        if (!verb && !t.pos().equals("NOUN") || inQuote(t)
                || !lex.attributionCues.contains(t.pos() + "\t" + t.lemma().toLowerCase(Locale.ROOT))
                || agentlessPassive(toks, i)) {
            return false;
        }
        Token prev = i > 0 ? toks.get(i - 1) : null;
        if (!verb) {
            return i + 1 >= toks.size() || !toks.get(i + 1).pos().equals("NOUN");
        }
        boolean afterDeterminer = prev != null && (prev.pos().equals("DET") || prev.pos().equals("ADJ")
                || prev.pos().equals("NOUN") && i > 1 && toks.get(i - 2).pos().equals("DET"));
        // "Helvion plans to seek approval": an infinitive has no subject of its own; what attributes is the
        // verb governing it, and that one is judged by itself
        boolean infinitive = prev != null && prev.lower().equals("to");
        return !afterDeterminer && !infinitive;
    }

    private static int tokenAt(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    /** "The repairs are expected to cost …": a passive with no "by" agent attributes the claim to no one. */
    private static boolean agentlessPassive(List<Token> toks, int i) {
        if (i < 0) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && toks.get(k).pos().equals("ADV")) {
            k--;
        }
        boolean be = false;
        while (k >= 0 && toks.get(k).pos().equals("AUX")) {
            be |= toks.get(k).lemmas().contains("be") || toks.get(k).lower().equals("get");
            k--;
        }
        if (!be) {
            return false;
        }
        for (int b = i + 1; b < Math.min(toks.size(), i + 5); b++) {
            if (toks.get(b).lower().equals("by")) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- quote speakers

    /** Text right after a quote that begins with a dash names its speaker: "“…” — Dr. Ahmed Saleh". */
    public Source speakerAfterDash(TextRange quoteRange, List<Token> followingTokens) {
        String original = prose.original();
        int k = quoteRange.end();
        // "” ― Karen Bobadilla" is often set with a no-break space before the dash
        while (k < original.length() && (original.charAt(k) == ' ' || original.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k >= original.length()) {
            return null;
        }
        boolean dash = Normalizer.isDash(original.charAt(k)) || original.startsWith("--", k)
                || (original.charAt(k) == '-' && k + 1 < original.length() && original.charAt(k + 1) == ' ');
        if (!dash) {
            return null;
        }
        for (int i = 0; i < followingTokens.size(); i++) {
            if (followingTokens.get(i).start() > k) {
                return rightNounPhrase(followingTokens, i);
            }
        }
        return null;
    }
}
