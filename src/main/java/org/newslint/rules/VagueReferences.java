package org.newslint.rules;

import java.util.List;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/** Vague references: "Studies show", "Legend has it", "contrary to popular belief". */
final class VagueReferences {
    private final WeaselLexicon lexicon;
    private final VagueSubjects subjects;

    VagueReferences(WeaselLexicon lexicon, VagueSubjects subjects) {
        this.lexicon = lexicon;
        this.subjects = subjects;
    }

    // ---- vague lexicon.references: "Studies show", "Legend has it", "contrary to popular belief" ----

    WeaselWording.Match vagueReference(List<Token> toks) {
        for (int v = 0; v < toks.size(); v++) {
            Token verb = toks.get(v);
            if (!VagueSubjects.verbLike(toks, v)
                    || !WeaselTokens.anyLemma(verb, lexicon.referenceVerbs)
                    || verb.lemmas().contains("have")
                            && !(v + 1 < toks.size() && toks.get(v + 1).is("it"))) {
                continue; // "have" only as "Legend has it"
            }
            int[] np = subjects.subjectBefore(toks, v);
            if (np == null) {
                continue;
            }
            int head = VagueSubjects.headIndex(toks, np[0], np[1]);
            String question = lexicon.references.get(toks.get(head).lower());
            boolean determined = head > np[0]
                            && !VagueSubjects.isQuantifierWord(toks.get(np[0]).lower())
                            && toks.get(np[0]).pos().equals("DET")
                    || hasProperNoun(toks, np[0], np[1]);
            if (question != null && !determined && !hasNumber(toks, np[0], np[1])) {
                Token end = verb.lemmas().contains("have") ? toks.get(v + 1) : verb; // "Legend has it"
                return new WeaselWording.Match(
                        WeaselWording.Kind.VAGUE_REFERENCE,
                        new TextRange(toks.get(np[0]).start(), end.end()),
                        toks.get(head).text(),
                        question);
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            for (List<String> phrase : lexicon.phrases) {
                if (i + phrase.size() > toks.size()) {
                    continue;
                }
                boolean match = true;
                for (int j = 0; j < phrase.size() && match; j++) {
                    match = toks.get(i + j).lower().equals(phrase.get(j));
                }
                if (match) {
                    int last = i + phrase.size() - 1;
                    while (VagueSubjects.isQuantifierWord(
                                    toks.get(i + phrase.size() - 1).lower())
                            && last + 1 < toks.size()
                            && (toks.get(last + 1).pos().equals("ADJ")
                                    || toks.get(last + 1).pos().equals("NOUN"))) {
                        last++; // "according to some historians"
                    }
                    Token end = toks.get(last);
                    String words = String.join(" ", phrase);
                    return new WeaselWording.Match(
                            WeaselWording.Kind.VAGUE_REFERENCE,
                            new TextRange(toks.get(i).start(), end.end()),
                            words,
                            lexicon.phraseQuestions.get(words));
                }
            }
        }
        return null;
    }

    static boolean hasProperNoun(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (toks.get(i).isProperNoun() && toks.get(i).isCapitalized() && i > first) {
                return true;
            }
        }
        return false;
    }

    static boolean hasNumber(List<Token> toks, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (toks.get(i).pos().equals("NUM")) {
                return true;
            }
        }
        return false;
    }
}
