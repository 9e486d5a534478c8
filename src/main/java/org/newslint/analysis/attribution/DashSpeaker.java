package org.newslint.analysis.attribution;

import java.util.List;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.Normalizer;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * The speaker named after a dash that follows a quotation ("“…” — Dr. Ahmed Saleh"), the way
 * epigraphs and pull quotes are signed: no reporting verb, so no cue finds it.
 */
final class DashSpeaker {
    private final Prose prose;
    private final NounPhrases nounPhrases;

    DashSpeaker(Prose prose, NounPhrases nounPhrases) {
        this.prose = prose;
        this.nounPhrases = nounPhrases;
    }

    /** The noun phrase after the dash right after {@code quoteRange}, or null when no dash follows. */
    Source after(TextRange quoteRange, List<Token> followingTokens) {
        String original = prose.original();
        int k = quoteRange.end();
        // "” ― Karen Bobadilla" is often set with a no-break space before the dash
        while (k < original.length() && (original.charAt(k) == ' ' || original.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k >= original.length()) {
            return null;
        }
        boolean dash = Normalizer.isDash(original.charAt(k))
                || original.startsWith("--", k)
                || (original.charAt(k) == '-' && k + 1 < original.length() && original.charAt(k + 1) == ' ');
        if (!dash) {
            return null;
        }
        for (int i = 0; i < followingTokens.size(); i++) {
            if (followingTokens.get(i).start() > k) {
                return nounPhrases.startingAt(followingTokens, i);
            }
        }
        return null;
    }
}
