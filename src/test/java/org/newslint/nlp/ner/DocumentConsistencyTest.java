package org.newslint.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {
    private static NameSpan span(int first, int end, String type, double p) {
        return new NameSpan(first, end, type, p, first, end);
    }

    @Test
    void aRepeatedNameTakesTheTypeWithTheMostProbabilityAndASurnameFollowsItsPerson() {
        List<String[]> doc = List.of(
                "Andy Warhol visited Scientology".split(" "),
                "Scientology said Warhol left".split(" "),
                "Scientology denied it".split(" "));
        List<List<NameSpan>> found = List.of(
                List.of(span(0, 2, "PER", 0.9), span(3, 4, "ORG", 0.8)),
                List.of(span(0, 1, "PER", 0.5), span(2, 3, "ORG", 0.6)),
                List.of(span(0, 1, "ORG", 0.7)));
        List<List<NameSpan>> out = DocumentConsistency.apply(doc, found);
        assertThat(out.get(0)).extracting(NameSpan::type).containsExactly("PER", "ORG");
        assertThat(out.get(1)).extracting(NameSpan::type).containsExactly("ORG", "PER");
        assertThat(out.get(2)).extracting(NameSpan::type).containsExactly("ORG");
        // spans keep their tokens: only types change
        assertThat(out.get(1).get(1).firstToken()).isEqualTo(2);
    }

    @Test
    void aNameSeenOnceKeepsItsType() {
        List<String[]> doc = List.<String[]>of("Paris is calm".split(" "));
        List<List<NameSpan>> found = List.of(List.of(span(0, 1, "PER", 0.4)));
        assertThat(DocumentConsistency.apply(doc, found)).isEqualTo(found);
    }
}
