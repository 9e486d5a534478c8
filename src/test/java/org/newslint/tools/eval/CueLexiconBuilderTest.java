package org.newslint.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/** The attribution-cue lexicon keeps lemmas by their share inside gold cues, counting only words outside quotes. */
class CueLexiconBuilderTest {
    private static Token tok(int start, String text, String pos, String lemma) {
        return new Token(start, start + text.length(), text, pos, lemma, List.of(lemma));
    }

    @Test
    void selectsByCountAndInCueShareAndSkipsQuotedWords() {
        CueLexiconBuilder b = new CueLexiconBuilder();
        // "Trump slammed the plan" five times, the verb inside a gold cue four times of five
        for (int k = 0; k < 5; k++) {
            int o = k * 100;
            List<Token> toks = List.of(
                    tok(o, "Trump", "PROPN", "Trump"),
                    tok(o + 6, "slammed", "VERB", "slam"),
                    tok(o + 14, "the", "DET", "the"),
                    tok(o + 18, "plan", "NOUN", "plan"));
            List<TextRange> cues = k < 4 ? List.of(new TextRange(o + 6, o + 13)) : List.of();
            b.add(toks, List.of(), cues);
        }
        // quoted "slammed" is the speaker's word, not the writer's cue: not counted at all
        b.add(List.of(tok(1000, "slammed", "VERB", "slam")), List.of(new TextRange(999, 1010)), List.of());
        List<CueLexiconBuilder.Entry> kept = b.select(5, 0.4, 0.3);
        assertThat(kept).extracting(CueLexiconBuilder.Entry::lemma).containsExactly("slam");
        assertThat(kept.get(0).count()).isEqualTo(5);
        assertThat(kept.get(0).inCue()).isEqualTo(4);
        assertThat(b.select(6, 0.4, 0.3)).isEmpty();
        assertThat(b.select(5, 0.9, 0.3)).isEmpty();
    }
}
