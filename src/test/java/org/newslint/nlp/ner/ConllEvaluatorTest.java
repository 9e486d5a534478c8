package org.newslint.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Hand-made cases for the conlleval-style scorer: schemes, chunk boundaries, per-type and micro figures. */
class ConllEvaluatorTest {
    private static List<String> tags(String s) {
        return List.of(s.split(" "));
    }

    private static Set<ConllEvaluator.Chunk> chunks(String s) {
        return ConllEvaluator.chunks(tags(s));
    }

    private static ConllEvaluator.Chunk c(int start, int end, String type) {
        return new ConllEvaluator.Chunk(start, end, type);
    }

    @Test
    void iob1ChunksStartWithIAfterO() {
        // IOB1: "I-" after O opens a name; B- only between two touching names of one type
        assertThat(chunks("I-PER I-PER O I-LOC")).containsExactly(c(0, 2, "PER"), c(3, 4, "LOC"));
        assertThat(chunks("I-PER I-PER B-PER O")).containsExactly(c(0, 2, "PER"), c(2, 3, "PER"));
    }

    @Test
    void iob2ChunksStartWithB() {
        assertThat(chunks("B-PER I-PER O B-LOC")).containsExactly(c(0, 2, "PER"), c(3, 4, "LOC"));
        assertThat(chunks("B-PER B-PER I-PER")).containsExactly(c(0, 1, "PER"), c(1, 3, "PER"));
    }

    @Test
    void ioJoinsTouchingNamesOfOneTypeAndSplitsOnTypeChange() {
        assertThat(chunks("I-PER I-PER I-ORG O")).containsExactly(c(0, 2, "PER"), c(2, 3, "ORG"));
        assertThat(chunks("PER PER O LOC")).containsExactly(c(0, 2, "PER"), c(3, 4, "LOC"));
    }

    @Test
    void iob1AndIob2SpellingsOfTheSameNamesScoreAsEqual() {
        ConllEvaluator e = new ConllEvaluator();
        e.add(tags("I-ORG I-ORG O I-PER B-PER I-PER"), tags("B-ORG I-ORG O B-PER B-PER I-PER"));
        assertThat(e.overall()).isEqualTo(new ConllEvaluator.Score(3, 3, 3));
        assertThat(e.accuracy()).isCloseTo(4 / 6.0, within(1e-9));
    }

    @Test
    void aTypeChangeInsideIEndsTheChunkAsConllevalDoes() {
        // I-PER I-LOC: two chunks; B- of another type directly after I- also ends and starts
        assertThat(chunks("I-PER I-LOC")).containsExactly(c(0, 1, "PER"), c(1, 2, "LOC"));
        assertThat(chunks("B-PER I-LOC")).containsExactly(c(0, 1, "PER"), c(1, 2, "LOC"));
    }

    @Test
    void partialMatchesAndWrongTypesAreErrors() {
        ConllEvaluator e = new ConllEvaluator();
        // gold: PER(0,2), LOC(3,4); predicted: PER(0,1) too short, ORG(3,4) wrong type, MISC(5,6) spurious
        e.add(tags("I-PER I-PER O I-LOC O O"), tags("I-PER O O I-ORG O I-MISC"));
        assertThat(e.overall()).isEqualTo(new ConllEvaluator.Score(2, 3, 0));
        assertThat(e.byType().get("PER")).isEqualTo(new ConllEvaluator.Score(1, 1, 0));
        assertThat(e.byType().get("ORG")).isEqualTo(new ConllEvaluator.Score(0, 1, 0));
        assertThat(e.byType().get("LOC")).isEqualTo(new ConllEvaluator.Score(1, 0, 0));
        assertThat(e.overall().f1()).isZero();
    }

    @Test
    void microAndPerTypeFiguresAsConllevalComputesThem() {
        ConllEvaluator e = new ConllEvaluator();
        e.add(tags("I-PER O I-LOC I-LOC O I-ORG"), tags("I-PER O I-LOC I-LOC O O"));
        e.add(tags("I-PER I-PER O I-MISC"), tags("I-PER I-PER O I-PER"));
        // gold 5 chunks, found 4, correct 3
        ConllEvaluator.Score all = e.overall();
        assertThat(all).isEqualTo(new ConllEvaluator.Score(5, 4, 3));
        assertThat(all.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(all.recall()).isCloseTo(0.6, within(1e-9));
        assertThat(all.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
        ConllEvaluator.Score per = e.byType().get("PER");
        assertThat(per).isEqualTo(new ConllEvaluator.Score(2, 3, 2));
        assertThat(per.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(per.recall()).isEqualTo(1.0);
        assertThat(e.byType().get("ORG").precision()).isZero();
        assertThat(e.report())
                .contains("processed 10 tokens with 5 phrases; found: 4 phrases; correct: 3.")
                .contains("precision:  75.00%; recall:  60.00%; FB1:  66.67");
    }

    @Test
    void sentenceEndsCloseChunks() {
        ConllEvaluator e = new ConllEvaluator();
        // the same I-PER continuing into the next sentence is a new chunk
        e.add(tags("O I-PER"), tags("O I-PER"));
        e.add(tags("I-PER O"), tags("I-PER O"));
        assertThat(e.overall()).isEqualTo(new ConllEvaluator.Score(2, 2, 2));
    }

    @Test
    void readerHonoursDocstartAndBlankLines() throws IOException {
        String file = """
                -DOCSTART- -X- O O

                EU NNP I-NP I-ORG
                rejects VBZ I-VP O

                Peter NNP I-NP I-PER
                -DOCSTART- -X- O O

                Blackburn NNP I-NP I-PER
                """;
        List<ConllCorpus.Sentence> s =
                ConllCorpus.read(new BufferedReader(new StringReader(file)), UnaryOperator.identity());
        assertThat(s).hasSize(3);
        assertThat(s.get(0).documentStart()).isTrue();
        assertThat(s.get(1).documentStart()).isFalse();
        assertThat(s.get(1).tokens()).containsExactly("Peter");
        assertThat(s.get(2).documentStart()).isTrue();
        // a -DOCSTART- line without a blank line before it still ends the sentence: Peter and Blackburn are two names
        ConllEvaluator e = new ConllEvaluator();
        s.forEach(x -> e.add(x.tags(), x.tags()));
        assertThat(e.overall().gold()).isEqualTo(3);
    }

    @Test
    void gmbTagsMapToConllTypes() {
        assertThat(ConllCorpus.gmbTag("B-per")).isEqualTo("B-PER");
        assertThat(ConllCorpus.gmbTag("I-gpe")).isEqualTo("I-LOC");
        assertThat(ConllCorpus.gmbTag("B-geo")).isEqualTo("B-LOC");
        assertThat(ConllCorpus.gmbTag("B-eve")).isEqualTo("B-MISC");
        assertThat(ConllCorpus.gmbTag("B-tim")).isEqualTo("O");
        assertThat(ConllCorpus.gmbTag("O")).isEqualTo("O");
    }

    @Test
    void predictedSpansBecomeTagsInTheGoldScheme() {
        List<NameSpan> spans = List.of(
                new NameSpan(0, 2, "PER", 1, 0, 2),
                new NameSpan(2, 3, "PER", 1, 2, 3),
                new NameSpan(4, 5, "LOC", 1, 4, 5));
        assertThat(Tags.of(spans, 5, true)).containsExactly("I-PER", "I-PER", "B-PER", "O", "I-LOC");
        assertThat(Tags.of(spans, 5, false)).containsExactly("B-PER", "I-PER", "B-PER", "O", "B-LOC");
        List<ConllCorpus.Sentence> iob1 =
                List.of(new ConllCorpus.Sentence(List.of("a", "b"), tags("I-PER B-PER"), true));
        List<ConllCorpus.Sentence> iob2 = List.of(new ConllCorpus.Sentence(List.of("a", "b"), tags("O B-PER"), true));
        assertThat(Tags.looksIob1(iob1)).isTrue();
        assertThat(Tags.looksIob1(iob2)).isFalse();
    }
}
