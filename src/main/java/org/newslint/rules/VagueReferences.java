package org.newslint.rules;

import java.util.List;
import org.newslint.nlp.Token;
import org.newslint.rules.WeaselWording.Kind;
import org.newslint.rules.WeaselWording.Match;
import org.newslint.text.TextRange;

/**
 * MOS:WEASEL's vague references: an uncited body of evidence as a subject ("Studies show", "Legend
 * has it") or a fixed phrase that cites nobody ("contrary to popular belief", "according to some
 * historians"). Each carries the question its lexicon entry asks.
 */
final class VagueReferences {
    private final WeaselLexicon lex;
    private final NounPhrases nounPhrases;

    VagueReferences(WeaselLexicon lex, NounPhrases nounPhrases) {
        this.lex = lex;
        this.nounPhrases = nounPhrases;
    }

    /** The first vague reference as a subject, else the first fixed phrase, or null. */
    Match find(List<Token> toks) {
        Match subject = asSubject(toks);
        return subject != null ? subject : phrase(toks);
    }

    private Match asSubject(List<Token> toks) {
        for (int v = 0; v < toks.size(); v++) {
            Token verb = toks.get(v);
            if (!NounPhrases.verbLike(toks, v)
                    || !NounPhrases.anyLemma(verb, lex.referenceVerbs)
                    || verb.lemmas().contains("have")
                            && !(v + 1 < toks.size() && toks.get(v + 1).is("it"))) {
                continue; // "have" only as "Legend has it"
            }
            int[] np = nounPhrases.subjectBefore(toks, v);
            if (np == null) {
                continue;
            }
            int head = NounPhrases.headIndex(toks, np[0], np[1]);
            String question = lex.references.get(toks.get(head).lower());
            boolean determined = head > np[0]
                            && !NounPhrases.isQuantifierWord(toks.get(np[0]).lower())
                            && toks.get(np[0]).pos().equals("DET")
                    || NounPhrases.hasProperNoun(toks, np[0], np[1]);
            if (question != null && !determined && !NounPhrases.hasNumber(toks, np[0], np[1])) {
                Token end = verb.lemmas().contains("have") ? toks.get(v + 1) : verb; // "Legend has it"
                return new Match(
                        Kind.VAGUE_REFERENCE,
                        new TextRange(toks.get(np[0]).start(), end.end()),
                        toks.get(head).text(),
                        question);
            }
        }
        return null;
    }

    /** The leftmost fixed phrase, the first in lexicon order where two start at one token (only those starting with its word can). */
    private Match phrase(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            List<List<String>> candidates =
                    lex.phrasesByFirstWord.get(toks.get(i).lower());
            if (candidates == null) {
                continue;
            }
            for (List<String> phrase : candidates) {
                if (i + phrase.size() > toks.size()) {
                    continue;
                }
                boolean match = true;
                for (int j = 0; j < phrase.size() && match; j++) {
                    match = toks.get(i + j).lower().equals(phrase.get(j));
                }
                if (match) {
                    int last = i + phrase.size() - 1;
                    while (NounPhrases.isQuantifierWord(
                                    toks.get(i + phrase.size() - 1).lower())
                            && last + 1 < toks.size()
                            && (toks.get(last + 1).pos().equals("ADJ")
                                    || toks.get(last + 1).pos().equals("NOUN"))) {
                        last++; // "according to some historians"
                    }
                    Token end = toks.get(last);
                    String words = String.join(" ", phrase);
                    return new Match(
                            Kind.VAGUE_REFERENCE,
                            new TextRange(toks.get(i).start(), end.end()),
                            words,
                            lex.phraseQuestions.get(words));
                }
            }
        }
        return null;
    }
}
