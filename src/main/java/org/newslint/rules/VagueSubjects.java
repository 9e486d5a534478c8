package org.newslint.rules;

import java.util.List;
import org.newslint.nlp.Token;
import org.newslint.rules.WeaselWording.Kind;
import org.newslint.rules.WeaselWording.Match;
import org.newslint.text.TextRange;

/**
 * MOS:WEASEL's vague subjects: a vague group as the subject of a verb of saying or believing
 * ("Some argue", "Many biographers have noted", "Critics say"). The Attributor may not read these as
 * sources at all, so they are found here on the tokens.
 */
final class VagueSubjects {
    private final WeaselLexicon lex;
    private final NounPhrases nounPhrases;
    private final VagueGroups groups;

    VagueSubjects(WeaselLexicon lex, NounPhrases nounPhrases, VagueGroups groups) {
        this.lex = lex;
        this.nounPhrases = nounPhrases;
        this.groups = groups;
    }

    /** The first vague subject and its verb, or null; the match's word is the group as the message names it. */
    Match find(List<Token> toks) {
        for (int v = 0; v < toks.size(); v++) {
            Token verb = toks.get(v);
            if (!NounPhrases.verbLike(toks, v) || !NounPhrases.anyLemma(verb, lex.verbs)) {
                continue;
            }
            int[] np = nounPhrases.subjectBefore(toks, v);
            if (np == null) {
                continue;
            }
            String group = groups.vagueGroup(toks, np[0], np[1]);
            if (group != null && !VagueGroups.namesAMember(toks, v)) {
                return new Match(
                        Kind.VAGUE_SUBJECT, new TextRange(toks.get(np[0]).start(), verb.end()), group, null);
            }
        }
        return null;
    }
}
