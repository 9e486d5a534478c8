package org.newslint.rules;

import java.util.List;
import org.newslint.nlp.Token;
import org.newslint.rules.WeaselWording.Kind;
import org.newslint.rules.WeaselWording.Match;

/**
 * MOS:WEASEL's adverbs of attribution ("reportedly", "allegedly", "arguably"): one word that says
 * someone holds a view without saying who, so it is matched on its own, whatever its tag.
 */
final class AttributionAdverbs {
    private final WeaselLexicon lex;

    AttributionAdverbs(WeaselLexicon lex) {
        this.lex = lex;
    }

    /** The first adverb of attribution, as written, with its lexicon question; or null. */
    Match find(List<Token> toks) {
        for (Token t : toks) {
            String question = lex.adverbs.get(t.lower());
            if (question != null) {
                return new Match(Kind.ATTRIBUTION_ADVERB, t.range(), t.text(), question);
            }
        }
        return null;
    }
}
