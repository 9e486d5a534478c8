package org.newslint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;
import org.newslint.text.WordList;

/**
 * Finds the weasel wording of Wikipedia's MOS:WEASEL in a sentence's tokens, where the vague source
 * is not a source the Attributor resolves: vague subjects ("Some argue", "Critics say"), agentless
 * passives ("is widely regarded as"), vague references ("Studies show") and adverbs of attribution
 * ("reportedly"). Matching is on lower-cased words and lemma candidates, never on whole sentences.
 */
final class WeaselWording {
    /** What kind of vagueness a match is; the rule words its message from it. */
    enum Kind { VAGUE_SUBJECT, AGENTLESS_PASSIVE, VAGUE_REFERENCE, ATTRIBUTION_ADVERB }

    /** One weasel phrase: its span, its kind, the word the message names and the question to ask. */
    record Match(Kind kind, TextRange range, String word, String question) {
    }

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
            "thousand", "thousands", "dozen", "dozens", "million", "millions", "billion");
    /** Pronouns that point back to a group the article has already named ("most of them said"). */
    private static final Set<String> ANAPHORS = Set.of("them", "us", "those", "these", "whom", "which", "it");
    private static final Set<String> DEONTIC_MODALS = Set.of("should", "must", "ought", "shall");
    private static final Set<String> WH_WORDS = Set.of("whether", "if", "what", "who", "how", "when", "where", "why");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our");
    /** Copulas after which an adverb and participle still describe a claim: "It seems widely accepted that". */
    private static final Set<String> COPULAS = Set.of("seem", "appear", "become", "remain");
    /** Words a subject noun phrase may contain besides determiners, adjectives, nouns and numbers. */
    private static final Set<String> NOUN_PHRASE_LINKS = Set.of("of", "in", "and", "or", "'s", "'", "-");
    /** Words that introduce a named member of a vague group: "Critics, including Senator Jane Doe, say". */
    private static final Set<String> NAMING_LINKS = Set.of("including", "among", "notably", "namely", "led", "such");

    private final Set<String> verbs = new HashSet<>();
    private final List<List<String>> quantifiers = new ArrayList<>();
    private final Set<String> groups = new HashSet<>();
    private final Set<String> notGroups = new HashSet<>();
    private final Map<String, String> references = new HashMap<>();
    private final Set<String> referenceVerbs = new HashSet<>();
    private final Map<String, String> adverbs = new HashMap<>();
    private final List<List<String>> phrases = new ArrayList<>();
    private final Map<String, String> phraseQuestions = new HashMap<>();
    private final Map<String, Set<String>> participleFrames = new HashMap<>();
    private final Map<String, String> participleQuestions = new HashMap<>();
    private final Set<String> vaguenessAdverbs = new HashSet<>();

    private static volatile WeaselWording shared;

    static WeaselWording shared() {
        WeaselWording w = shared;
        if (w == null) {
            synchronized (WeaselWording.class) {
                w = shared;
                if (w == null) {
                    w = new WeaselWording();
                    shared = w;
                }
            }
        }
        return w;
    }

    private WeaselWording() {
        for (String[] row : WordList.rows("weasel-wording.txt")) {
            if (row.length < 2) {
                continue;
            }
            String words = row[1].toLowerCase(Locale.ROOT);
            String question = row.length > 2 ? row[2] : "Name the source.";
            switch (row[0]) {
                case "verb" -> verbs.add(words);
                case "quantifier" -> quantifiers.add(List.of(words.split(" ")));
                case "group" -> groups.add(words);
                case "not-group" -> notGroups.add(words);
                case "reference" -> references.put(words, question);
                case "reference-verb" -> referenceVerbs.add(words);
                case "adverb" -> adverbs.put(words, question);
                case "phrase" -> {
                    phrases.add(List.of(words.split(" ")));
                    phraseQuestions.put(words, question);
                }
                default -> throw new IllegalStateException("unknown weasel-wording category " + row[0]);
            }
        }
        // longest quantifier first, so "a number of" wins over a shorter reading
        quantifiers.sort((a, b) -> b.size() - a.size());
        for (String[] row : WordList.rows("agentless-passives.txt")) {
            if (row.length > 2 && row[0].equals("participle")) {
                participleFrames.put(row[1].toLowerCase(Locale.ROOT), Set.of(row[2].split(",")));
                if (row.length > 3) {
                    participleQuestions.put(row[1].toLowerCase(Locale.ROOT), row[3]);
                }
            } else if (row.length > 1 && row[0].equals("adverb")) {
                vaguenessAdverbs.add(row[1].toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Every weasel phrase of the sentence, left to right, at most one per kind. */
    List<Match> find(List<Token> toks) {
        List<Match> out = new ArrayList<>();
        for (Match m : new Match[] {vagueSubject(toks), agentlessPassive(toks), vagueReference(toks), attributionAdverb(toks)}) {
            if (m != null) {
                out.add(m);
            }
        }
        out.sort((a, b) -> a.range().start() - b.range().start());
        return out;
    }

    // ---- vague subjects: "Some argue", "Many biographers have noted", "Critics say" ----

    private Match vagueSubject(List<Token> toks) {
        for (int v = 0; v < toks.size(); v++) {
            Token verb = toks.get(v);
            if (!verbLike(toks, v) || !anyLemma(verb, verbs)) {
                continue;
            }
            int[] np = subjectBefore(toks, v);
            if (np == null) {
                continue;
            }
            String group = vagueGroup(toks, np[0], np[1]);
            if (group != null && !namesAMember(toks, v)) {
                return new Match(Kind.VAGUE_SUBJECT, new TextRange(toks.get(np[0]).start(), verb.end()), group, null);
            }
        }
        return null;
    }

    /**
     * A verb, or a word the tagger called a noun where only a verb fits: after a plural subject and
     * before "that" or the end of a clause ("Legend claims that", "what many in America claim,").
     */
    private static boolean verbLike(List<Token> toks, int v) {
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
    private int[] subjectBefore(List<Token> toks, int verb) {
        int k = verb - 1;
        while (k >= 0 && (toks.get(k).pos().equals("AUX") || toks.get(k).pos().equals("ADV")
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
            if (isQuantifierWord(toks.get(k).lower()) && k > 0
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

    /**
     * Whether a source the Attributor found ("some historians" after "according to") is vague by the
     * same test as a subject: a vague group, with a verb of saying or believing, and no member named.
     */
    boolean isVagueSource(List<Token> toks, TextRange source, TextRange cue, String cueLemma) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == cue.end() || toks.get(i).start() == cue.end() + 1) {
                if (toks.get(i).is("about")) {
                    return false; // "some people think about the science": not holding a view
                }
            }
            if (toks.get(i).start() >= source.start() && toks.get(i).end() <= source.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || namesAMember(toks, first)) {
            return false;
        }
        String lemma = cueLemma == null ? "" : cueLemma.toLowerCase(Locale.ROOT);
        boolean sayOrBelieve = verbs.contains(lemma) || referenceVerbs.contains(lemma) || lemma.startsWith("accord");
        return sayOrBelieve && (vagueGroup(toks, first, last) != null
                || references.containsKey(toks.get(headIndex(toks, first, last)).lower())
                    && !toks.get(first).pos().equals("DET") && !hasNumber(toks, first, last));
    }

    /** A bare quantifier used as a subject: "Some argue", "Others call it". */
    static boolean isQuantifier(String word) {
        return isQuantifierWord(word.toLowerCase(Locale.ROOT)) || word.equalsIgnoreCase("several")
                || word.equalsIgnoreCase("few") || word.equalsIgnoreCase("a few");
    }

    private static boolean isQuantifierWord(String w) {
        return w.equals("some") || w.equals("many") || w.equals("most") || w.equals("others");
    }

    private boolean inNounPhrase(Token t) {
        if (references.containsKey(t.lower()) || groups.contains(t.lower())) {
            return true; // "Legend/VERB claims": the tagger's guess at a sentence start
        }
        String pos = t.pos();
        if (pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM")) {
            return !t.lower().equals("that") && !t.lower().equals("which") && !t.lower().equals("what");
        }
        if (pos.equals("PRON")) {
            return isQuantifierWord(t.lower()) || ANAPHORS.contains(t.lower()) && !t.lower().equals("it")
                    || t.lower().equals("everyone") || t.lower().equals("everybody") || t.lower().equals("nobody");
        }
        return NOUN_PHRASE_LINKS.contains(t.lower());
    }

    /** The vague group the noun phrase [first, last] names ("some", "critics"), or null when it is specific. */
    private String vagueGroup(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = toks.get(i);
            if (t.pos().equals("NUM") || !t.text().isEmpty() && Character.isDigit(t.text().charAt(0))
                    || NUMBER_WORDS.contains(t.lower()) || ANAPHORS.contains(t.lower())) {
                return null; // "Some 40 people", "many of the 300 passengers", "most of them"
            }
        }
        int afterQuantifier = quantifierEnd(toks, first, last);
        if (notGroups.contains(toks.get(headIndex(toks, first, last)).lower())) {
            return null; // "several times threatened", "in some cases": when, not who
        }
        for (int i = afterQuantifier + 1; i <= last; i++) {
            Token t = toks.get(i);
            Token before = toks.get(i - 1);
            boolean linked = before.is("of") || before.is("in");
            if (!linked && (t.pos().equals("DET") || t.isProperNoun() && before.pos().equals("NOUN"))) {
                return null; // two noun phrases run together: "some cases each participant", "many people Wikinews observed"
            }
        }
        if (afterQuantifier > first) {
            String quantifier = text(toks, first, afterQuantifier - 1);
            boolean bare = afterQuantifier > last;
            if (bare && quantifier.equals("other")) {
                return null;
            }
            return bare ? quantifier : text(toks, first, last);
        }
        Token head = toks.get(headIndex(toks, first, last));
        // "the critics" and "these experts" point back to people the article has named; "Buchanan's
        // critics" and "his critics" do not name anyone
        boolean determined = toks.get(first).pos().equals("DET") && !POSSESSIVES.contains(toks.get(first).lower())
                || toks.get(first).isProperNoun() && first < last && !toks.get(first + 1).is("'s")
                || toks.get(first).pos().equals("PRON") && !isQuantifierWord(toks.get(first).lower())
                    && !POSSESSIVES.contains(toks.get(first).lower());
        if (!determined && groups.contains(head.lower())) {
            return head.text();
        }
        return null;
    }

    /** Index after a leading quantifier ("some", "a number of"), or {@code first} when there is none. */
    private int quantifierEnd(List<Token> toks, int first, int last) {
        for (List<String> q : quantifiers) {
            if (first + q.size() - 1 > last) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < q.size() && match; j++) {
                match = toks.get(first + j).lower().equals(q.get(j));
            }
            if (match) {
                return first + q.size();
            }
        }
        return first;
    }

    /** The head of a noun phrase: its last word before "of" or "in" ("Studies in animals", "critics of the plan"). */
    private static int headIndex(List<Token> toks, int first, int last) {
        for (int i = first + 1; i <= last; i++) {
            String w = toks.get(i).lower();
            if (w.equals("of") || w.equals("in")) {
                return i - 1;
            }
        }
        return last;
    }

    /** "Critics, including Senator Jane Doe, say …": the sentence names someone in the group. */
    private static boolean namesAMember(List<Token> toks, int from) {
        for (int i = 0; i < toks.size(); i++) {
            if (!NAMING_LINKS.contains(toks.get(i).lower())) {
                continue;
            }
            for (int j = i + 1; j < Math.min(toks.size(), i + 5); j++) {
                if (toks.get(j).isProperNoun() && toks.get(j).isCapitalized()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- agentless passives: "it is believed that", "is widely regarded as", "is said to be" ----

    private Match agentlessPassive(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Token participle = toks.get(i);
            Set<String> frames = participleFrames.get(participle.lower());
            if (frames == null) {
                continue;
            }
            int k = i - 1;
            boolean vaguenessAdverb = false;
            while (k >= 0 && (toks.get(k).pos().equals("ADV") || toks.get(k).is("not") || toks.get(k).is("n't")
                    || vaguenessAdverbs.contains(toks.get(k).lower()))) {
                vaguenessAdverb |= vaguenessAdverbs.contains(toks.get(k).lower());
                k--;
            }
            int adverbStart = k + 1;
            boolean be = false;
            boolean deontic = false;
            int auxEnd = k;
            while (k >= 0 && (toks.get(k).pos().equals("AUX") || toks.get(k).is("'s")
                    || toks.get(k).pos().equals("ADV") && k < auxEnd)) {
                be |= toks.get(k).lemmas().contains("be") || toks.get(k).is("been") || toks.get(k).is("being");
                deontic |= DEONTIC_MODALS.contains(toks.get(k).lower());
                k--;
            }
            if (!be) {
                if (adverbStart == i && i > 0 && toks.get(i - 1).pos().equals("NOUN") && frames.contains("to")
                        && i + 2 < toks.size() && toks.get(i + 1).is("to") && infinitive(toks.get(i + 2))) {
                    // a reduced relative: "a possible Soviet spy alleged to have breached"
                    return passive(toks, i, i + 1, participle);
                }
                if (vaguenessAdverb && frames.contains("adverb") && attributive(toks, adverbStart, i)
                        && !(i + 1 < toks.size() && toks.get(i + 1).is("by"))) {
                    // "a widely held view", "the commonly accepted date": adverb and participle without "be"
                    return passive(toks, adverbStart, i, participle);
                }
                continue;
            }
            if (deontic || k >= 0 && toks.get(k).is("to")) {
                continue; // "should be recognized as", "the chance to be considered": a norm or an aim, not hearsay
            }
            int subjectEnd = k;
            boolean itSubject = subjectEnd >= 0 && toks.get(subjectEnd).lower().equals("it");
            int next = i + 1;
            boolean vagueAgent = false;
            if (next < toks.size() && toks.get(next).is("by")) {
                int agentEnd = vagueAgentEnd(toks, next + 1);
                if (agentEnd < 0) {
                    continue; // "was alleged by Hustler publisher Larry Flynt": a named agent
                }
                vagueAgent = true;
                next = agentEnd + 1;
            }
            Token after = next < toks.size() ? toks.get(next) : null;
            Token afterThat = next + 1 < toks.size() ? toks.get(next + 1) : null;
            boolean clauseEnd = after == null || after.isPunctuation() && !after.is("-");
            boolean fits = vagueAgent
                    || frames.contains("it") && itSubject && (clauseEnd || after.is("that") || after.is("to")
                            || WH_WORDS.contains(after.lower()))
                    || frames.contains("to") && after != null && after.is("to") && infinitive(afterThat)
                    || frames.contains("to-have") && after != null && after.is("to") && afterThat != null
                            && afterThat.is("have")
                    || frames.contains("as") && after != null && after.is("as")
                    || frames.contains("as") && after != null && after.is("of") && afterThat != null && afterThat.is("as")
                    || frames.contains("clause") && smallClause(toks, next)
                    || frames.contains("end") && clauseEnd && !itSubject
                    || frames.contains("adverb") && vaguenessAdverb;
            if (fits) {
                int from = itSubject ? subjectEnd : Math.max(subjectEnd + 1, 0);
                boolean withComplement = after != null && (after.is("to") || after.is("as"));
                int to = withComplement ? next : vagueAgent ? next - 1 : i;
                return passive(toks, from, Math.min(to, toks.size() - 1), participle);
            }
        }
        return null;
    }

    private Match passive(List<Token> toks, int from, int to, Token participle) {
        String verb = participle.lower();
        String question = participleQuestions.get(verb);
        if (question == null) {
            question = "Who " + thirdPerson(lemmaOf(participle)) + " this?";
        }
        return new Match(Kind.AGENTLESS_PASSIVE, new TextRange(toks.get(from).start(), toks.get(to).end()), verb,
                question + " Name the source.");
    }

    /** The participle's verb: the lemma candidate that is not the participle itself ("believed" → "believe"). */
    private static String lemmaOf(Token participle) {
        for (String l : participle.lemmas()) {
            if (!l.equals(participle.lower()) && !l.isEmpty()) {
                return l;
            }
        }
        String p = participle.lower();
        return p.endsWith("ied") ? p.substring(0, p.length() - 3) + "y" : p.endsWith("ed") ? p.substring(0, p.length() - 1) : p;
    }

    private static String thirdPerson(String verb) {
        if (verb.endsWith("s") || verb.endsWith("sh") || verb.endsWith("ch") || verb.endsWith("x") || verb.endsWith("z")) {
            return verb + "es";
        }
        if (verb.endsWith("y") && verb.length() > 1 && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    /** After "by": the last index of a vague agent ("some", "many critics"), or -1 for a named one. */
    private int vagueAgentEnd(List<Token> toks, int from) {
        int last = from;
        while (last + 1 < toks.size() && inNounPhrase(toks.get(last + 1)) && !toks.get(last + 1).is("as")) {
            last++;
        }
        if (from >= toks.size() || !inNounPhrase(toks.get(from))) {
            return -1;
        }
        return vagueGroup(toks, from, last) != null ? last : -1;
    }

    /** The adverb starts a modifier, not a finite verb phrase: "a widely held view", not "he often said". */
    private static boolean attributive(List<Token> toks, int adverbStart, int participle) {
        if (adverbStart == 0) {
            return true;
        }
        Token before = toks.get(adverbStart - 1);
        String pos = before.pos();
        if (pos.equals("DET") || pos.equals("ADP") || pos.equals("PUNCT") || pos.equals("CCONJ")
                || before.lemmas().stream().anyMatch(COPULAS::contains)) {
            return true;
        }
        // a reduced relative: "the tournament generally considered to be the championship"
        int after = participle + 1;
        return pos.equals("NOUN") && after < toks.size() && (toks.get(after).is("to") || toks.get(after).is("as"));
    }

    private static boolean infinitive(Token t) {
        return t != null && (t.pos().equals("VERB") || t.pos().equals("AUX"));
    }

    /** "is considered a theorem", "is considered very active", "are believed dead". */
    private static boolean smallClause(List<Token> toks, int next) {
        if (next >= toks.size()) {
            return false;
        }
        Token t = toks.get(next);
        String pos = t.pos();
        if (t.isQuoteMark()) {
            return next + 1 < toks.size() && !toks.get(next + 1).isPunctuation(); // was considered "the garden of eden"
        }
        if (t.is("one") || pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("PROPN")) {
            return !t.is("by") && !t.is("that");
        }
        if (pos.equals("ADV") && next + 1 < toks.size()) {
            return toks.get(next + 1).pos().equals("ADJ");
        }
        return false;
    }

    // ---- vague references: "Studies show", "Legend has it", "contrary to popular belief" ----

    private Match vagueReference(List<Token> toks) {
        for (int v = 0; v < toks.size(); v++) {
            Token verb = toks.get(v);
            if (!verbLike(toks, v) || !anyLemma(verb, referenceVerbs)
                    || verb.lemmas().contains("have") && !(v + 1 < toks.size() && toks.get(v + 1).is("it"))) {
                continue; // "have" only as "Legend has it"
            }
            int[] np = subjectBefore(toks, v);
            if (np == null) {
                continue;
            }
            int head = headIndex(toks, np[0], np[1]);
            String question = references.get(toks.get(head).lower());
            boolean determined = head > np[0] && !isQuantifierWord(toks.get(np[0]).lower())
                    && toks.get(np[0]).pos().equals("DET") || hasProperNoun(toks, np[0], np[1]);
            if (question != null && !determined && !hasNumber(toks, np[0], np[1])) {
                Token end = verb.lemmas().contains("have") ? toks.get(v + 1) : verb; // "Legend has it"
                return new Match(Kind.VAGUE_REFERENCE, new TextRange(toks.get(np[0]).start(), end.end()),
                        toks.get(head).text(), question);
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            for (List<String> phrase : phrases) {
                if (i + phrase.size() > toks.size()) {
                    continue;
                }
                boolean match = true;
                for (int j = 0; j < phrase.size() && match; j++) {
                    match = toks.get(i + j).lower().equals(phrase.get(j));
                }
                if (match) {
                    int last = i + phrase.size() - 1;
                    while (isQuantifierWord(toks.get(i + phrase.size() - 1).lower()) && last + 1 < toks.size()
                            && (toks.get(last + 1).pos().equals("ADJ") || toks.get(last + 1).pos().equals("NOUN"))) {
                        last++; // "according to some historians"
                    }
                    Token end = toks.get(last);
                    String words = String.join(" ", phrase);
                    return new Match(Kind.VAGUE_REFERENCE, new TextRange(toks.get(i).start(), end.end()), words,
                            phraseQuestions.get(words));
                }
            }
        }
        return null;
    }

    private static boolean hasProperNoun(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (toks.get(i).isProperNoun() && toks.get(i).isCapitalized() && i > first) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNumber(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (toks.get(i).pos().equals("NUM")) {
                return true;
            }
        }
        return false;
    }

    // ---- adverbs of attribution: "reportedly", "allegedly", "arguably" ----

    private Match attributionAdverb(List<Token> toks) {
        for (Token t : toks) {
            String question = adverbs.get(t.lower());
            if (question != null) {
                return new Match(Kind.ATTRIBUTION_ADVERB, t.range(), t.text(), question);
            }
        }
        return null;
    }

    private static boolean anyLemma(Token t, Set<String> lemmas) {
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

    private static String text(List<Token> toks, int first, int last) {
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
