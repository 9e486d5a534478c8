package org.newslint.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.tools.eval.NerErrors.Kind;

class NerErrorsTest {
    private static List<String> w(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void eachMistakeIsOneErrorOfOneKind() {
        NerErrors e = new NerErrors();
        // tokens:       0      1       2     3      4    5        6       7     8
        List<String> tokens = w("Sen. Claire McCaskill of Missouri met Reuters in Paris");
        List<String> gold = w("O B-PER I-PER O B-LOC O B-ORG O B-LOC");
        List<String> pred = w("B-PER I-PER I-PER O B-ORG O O O B-LOC");
        e.add(tokens, gold, pred);
        e.add(w("UNLESS he comes"), w("O O O"), w("B-ORG O O"));
        assertThat(e.counts())
                .containsEntry(Kind.BOUNDARY, 1)
                .containsEntry(Kind.TYPE, 1)
                .containsEntry(Kind.MISSED, 1)
                .containsEntry(Kind.SPURIOUS, 1);
        assertThat(e.errors())
                .containsExactlyInAnyOrder(
                        new NerErrors.Error(Kind.BOUNDARY, "Claire McCaskill", "PER", "Sen. Claire McCaskill", "PER"),
                        new NerErrors.Error(Kind.TYPE, "Missouri", "LOC", "Missouri", "ORG"),
                        new NerErrors.Error(Kind.MISSED, "Reuters", "ORG", "", "O"),
                        new NerErrors.Error(Kind.SPURIOUS, "", "O", "UNLESS", "ORG"));
    }

    @Test
    void exactMatchesAreNotErrorsAndOverlapsAreNotSpurious() {
        NerErrors e = new NerErrors();
        e.add(w("New York Times"), w("B-ORG I-ORG I-ORG"), w("B-LOC I-LOC O"));
        e.add(w("Paris"), w("B-LOC"), w("B-LOC"));
        assertThat(e.errors())
                .containsExactly(new NerErrors.Error(Kind.BOUNDARY, "New York Times", "ORG", "New York", "LOC"));
    }

    @Test
    void theReportGroupsByKindAndConfusionWithFrequentExamplesFirst() {
        NerErrors e = new NerErrors();
        for (int i = 0; i < 3; i++) {
            e.add(w("Scientology"), w("B-ORG"), w("B-PER"));
        }
        e.add(w("Biden"), w("B-PER"), w("B-ORG"));
        e.add(w("E"), w("O"), w("B-ORG"));
        String r = e.report(5);
        assertThat(r).startsWith("errors: 5 (boundary 0, type 4, missed 0, spurious 1)");
        assertThat(r).contains("type (4)").containsPattern("\\n  ORG→PER +3  Scientology ×3\\n");
        assertThat(r).containsPattern("\\n  PER→ORG +1  Biden\\n").contains("spurious (1)");
        assertThat(r).doesNotContain("boundary (");
        assertThat(r.indexOf("ORG→PER")).isLessThan(r.indexOf("PER→ORG"));
    }
}
