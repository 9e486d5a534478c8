package org.newslint.rules;

import java.util.List;
import org.newslint.nlp.Token;

/** Adverbs of attribution: "reportedly", "allegedly", "arguably". */
final class AttributionAdverbs {
    private final WeaselLexicon lexicon;

    AttributionAdverbs(WeaselLexicon lexicon) {
        this.lexicon = lexicon;
    }

    // ---- lexicon.adverbs of attribution: "reportedly", "allegedly", "arguably" ----

    WeaselWording.Match attributionAdverb(List<Token> toks) {
        for (Token t : toks) {
            String question = lexicon.adverbs.get(t.lower());
            if (question != null) {
                return new WeaselWording.Match(WeaselWording.Kind.ATTRIBUTION_ADVERB, t.range(), t.text(), question);
            }
        }
        return null;
    }
}
