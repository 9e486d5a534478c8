package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Finds the weasel wording of Wikipedia's MOS:WEASEL in a sentence's tokens, where the vague source
 * is not a source the Attributor resolves: vague subjects ("Some argue", "Critics say"), agentless
 * passives ("is widely regarded as"), vague references ("Studies show") and adverbs of attribution
 * ("reportedly"). Matching is on lower-cased words and lemma candidates, never on whole sentences.
 * This is the one entry point vague-source and vague-wording share; each pattern family is its own
 * class, and the lexicon is loaded once for all of them.
 */
final class WeaselWording {
    /** What kind of vagueness a match is; the rule words its message from it. */
    enum Kind {
        VAGUE_SUBJECT,
        AGENTLESS_PASSIVE,
        VAGUE_REFERENCE,
        ATTRIBUTION_ADVERB
    }

    /** One weasel phrase: its span, its kind, the word the message names and the question to ask. */
    record Match(Kind kind, TextRange range, String word, String question) {}

    private static volatile WeaselWording shared;

    final VagueSubjects vagueSubjects;
    final AgentlessPassives agentlessPassives;
    final VagueReferences vagueReferences;
    final AttributionAdverbs attributionAdverbs;
    private final VagueAttributedSources attributedSources;

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
        WeaselLexicon lex = new WeaselLexicon();
        NounPhrases nounPhrases = new NounPhrases(lex);
        VagueGroups groups = new VagueGroups(lex);
        vagueSubjects = new VagueSubjects(lex, nounPhrases, groups);
        agentlessPassives = new AgentlessPassives(lex, nounPhrases, groups);
        vagueReferences = new VagueReferences(lex, nounPhrases);
        attributionAdverbs = new AttributionAdverbs(lex);
        attributedSources = new VagueAttributedSources(lex, groups);
    }

    /** Every weasel phrase of the sentence, left to right, at most one per kind. */
    List<Match> find(List<Token> toks) {
        List<Match> out = new ArrayList<>();
        for (Match m : new Match[] {
            vagueSubjects.find(toks),
            agentlessPassives.find(toks),
            vagueReferences.find(toks),
            attributionAdverbs.find(toks)
        }) {
            if (m != null) {
                out.add(m);
            }
        }
        out.sort((a, b) -> a.range().start() - b.range().start());
        return out;
    }

    /**
     * Whether a source the Attributor found ("some historians" after "according to") is vague by the
     * same test as a subject: a vague group, with a verb of saying or believing, and no member named.
     */
    boolean isVagueSource(List<Token> toks, TextRange source, TextRange cue, String cueLemma) {
        return attributedSources.isVagueSource(toks, source, cue, cueLemma);
    }

    /** A bare quantifier used as a subject: "Some argue", "Others call it". */
    static boolean isQuantifier(String word) {
        return NounPhrases.isQuantifierWord(word.toLowerCase(Locale.ROOT))
                || word.equalsIgnoreCase("several")
                || word.equalsIgnoreCase("few")
                || word.equalsIgnoreCase("a few");
    }
}
