package org.newslint.rules;

import java.util.List;
import java.util.Set;
import org.newslint.nlp.Token;
import org.newslint.rules.WeaselWording.Kind;
import org.newslint.rules.WeaselWording.Match;
import org.newslint.text.TextRange;

/**
 * MOS:WEASEL's agentless passives: a participle of hearsay or belief in one of the frames its
 * lexicon entry allows ("it is believed that", "is widely regarded as", "is said to be", "a widely
 * held view"), with no agent or only a vague one ("by some"). Norms and aims ("should be
 * recognized as", "hopes to be considered") and named agents are not hearsay.
 */
final class AgentlessPassives {
    private static final Set<String> DEONTIC_MODALS = Set.of("should", "must", "ought", "shall");
    private static final Set<String> WH_WORDS = Set.of("whether", "if", "what", "who", "how", "when", "where", "why");
    /** Copulas after which an adverb and participle still describe a claim: "It seems widely accepted that". */
    private static final Set<String> COPULAS = Set.of("seem", "appear", "become", "remain");

    private final WeaselLexicon lex;
    private final NounPhrases nounPhrases;
    private final VagueGroups groups;

    AgentlessPassives(WeaselLexicon lex, NounPhrases nounPhrases, VagueGroups groups) {
        this.lex = lex;
        this.nounPhrases = nounPhrases;
        this.groups = groups;
    }

    /** The first agentless passive, from its subject ("It …") or its auxiliary to its complement word, or null. */
    Match find(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Token participle = toks.get(i);
            Set<String> frames = lex.participleFrames.get(participle.lower());
            if (frames == null) {
                continue;
            }
            int k = i - 1;
            boolean vaguenessAdverb = false;
            while (k >= 0
                    && (toks.get(k).pos().equals("ADV")
                            || toks.get(k).is("not")
                            || toks.get(k).is("n't")
                            || lex.vaguenessAdverbs.contains(toks.get(k).lower()))) {
                vaguenessAdverb |= lex.vaguenessAdverbs.contains(toks.get(k).lower());
                k--;
            }
            int adverbStart = k + 1;
            boolean be = false;
            boolean deontic = false;
            int auxEnd = k;
            while (k >= 0
                    && (toks.get(k).pos().equals("AUX")
                            || toks.get(k).is("'s")
                            || toks.get(k).pos().equals("ADV") && k < auxEnd)) {
                be |= toks.get(k).lemmas().contains("be")
                        || toks.get(k).is("been")
                        || toks.get(k).is("being");
                deontic |= DEONTIC_MODALS.contains(toks.get(k).lower());
                k--;
            }
            if (!be) {
                if (adverbStart == i
                        && i > 0
                        && toks.get(i - 1).pos().equals("NOUN")
                        && frames.contains("to")
                        && i + 2 < toks.size()
                        && toks.get(i + 1).is("to")
                        && infinitive(toks.get(i + 2))) {
                    // a reduced relative: "a possible Soviet spy alleged to have breached"
                    return passive(toks, i, i + 1, participle);
                }
                if (vaguenessAdverb
                        && frames.contains("adverb")
                        && attributive(toks, adverbStart, i)
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
                    || frames.contains("it")
                            && itSubject
                            && (clauseEnd || after.is("that") || after.is("to") || WH_WORDS.contains(after.lower()))
                    || frames.contains("to") && after != null && after.is("to") && infinitive(afterThat)
                    || frames.contains("to-have")
                            && after != null
                            && after.is("to")
                            && afterThat != null
                            && afterThat.is("have")
                    || frames.contains("as") && after != null && after.is("as")
                    || frames.contains("as")
                            && after != null
                            && after.is("of")
                            && afterThat != null
                            && afterThat.is("as")
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
        String question = lex.participleQuestions.get(verb);
        if (question == null) {
            question = "Who " + thirdPerson(lemmaOf(participle)) + " this?";
        }
        return new Match(
                Kind.AGENTLESS_PASSIVE,
                new TextRange(toks.get(from).start(), toks.get(to).end()),
                verb,
                question + " Name the source.");
    }

    /** The participle's verb: the lemma candidate that is not the participle itself ("believed" → "believe"). */
    static String lemmaOf(Token participle) {
        for (String l : participle.lemmas()) {
            if (!l.equals(participle.lower()) && !l.isEmpty()) {
                return l;
            }
        }
        String p = participle.lower();
        return p.endsWith("ied")
                ? p.substring(0, p.length() - 3) + "y"
                : p.endsWith("ed") ? p.substring(0, p.length() - 1) : p;
    }

    /** "believe" → "believes", "hypothesize"… the verb of the default question "Who believes this?". */
    static String thirdPerson(String verb) {
        if (verb.endsWith("s")
                || verb.endsWith("sh")
                || verb.endsWith("ch")
                || verb.endsWith("x")
                || verb.endsWith("z")) {
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
        while (last + 1 < toks.size()
                && nounPhrases.inNounPhrase(toks.get(last + 1))
                && !toks.get(last + 1).is("as")) {
            last++;
        }
        if (from >= toks.size() || !nounPhrases.inNounPhrase(toks.get(from))) {
            return -1;
        }
        return groups.vagueGroup(toks, from, last) != null ? last : -1;
    }

    /** The adverb starts a modifier, not a finite verb phrase: "a widely held view", not "he often said". */
    private static boolean attributive(List<Token> toks, int adverbStart, int participle) {
        if (adverbStart == 0) {
            return true;
        }
        Token before = toks.get(adverbStart - 1);
        String pos = before.pos();
        if (pos.equals("DET")
                || pos.equals("ADP")
                || pos.equals("PUNCT")
                || pos.equals("CCONJ")
                || before.lemmas().stream().anyMatch(COPULAS::contains)) {
            return true;
        }
        // a reduced relative: "the tournament generally considered to be the championship"
        int after = participle + 1;
        return pos.equals("NOUN")
                && after < toks.size()
                && (toks.get(after).is("to") || toks.get(after).is("as"));
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
}
