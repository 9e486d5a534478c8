package org.newslint.rules;

import java.util.List;
import java.util.Locale;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Judges a source the Attributor did resolve ("some historians" after "according to", "studies"
 * before "show") by the weasel tests, so vague-source can flag it even where no weasel pattern
 * matched the sentence's own words.
 */
final class VagueAttributedSources {
    private final WeaselLexicon lex;
    private final VagueGroups groups;

    VagueAttributedSources(WeaselLexicon lex, VagueGroups groups) {
        this.lex = lex;
        this.groups = groups;
    }

    /**
     * Whether a source the Attributor found is vague by the same test as a subject: a vague group,
     * with a verb of saying or believing, and no member named.
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
        if (first < 0 || VagueGroups.namesAMember(toks, first)) {
            return false;
        }
        String lemma = cueLemma == null ? "" : cueLemma.toLowerCase(Locale.ROOT);
        boolean sayOrBelieve =
                lex.verbs.contains(lemma) || lex.referenceVerbs.contains(lemma) || lemma.startsWith("accord");
        return sayOrBelieve
                && (groups.vagueGroup(toks, first, last) != null
                        || lex.references.containsKey(toks.get(NounPhrases.headIndex(toks, first, last))
                                        .lower())
                                && !toks.get(first).pos().equals("DET")
                                && !NounPhrases.hasNumber(toks, first, last));
    }
}
