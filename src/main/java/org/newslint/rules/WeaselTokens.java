package org.newslint.rules;

import java.util.List;
import java.util.Set;
import org.newslint.nlp.Token;

/** Small token helpers the weasel pattern families share. */
final class WeaselTokens {
    private WeaselTokens() {}

    static boolean anyLemma(Token t, Set<String> lemmas) {
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

    static String text(List<Token> toks, int first, int last) {
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
