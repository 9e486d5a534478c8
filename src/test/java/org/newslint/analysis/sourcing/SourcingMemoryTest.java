package org.newslint.analysis.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.nlp.sourcing.SourcingModel;
import org.newslint.testing.Fixtures;

/** What the editor path remembers of the sourcing stage changes nothing: the decisions equal a fresh decider's. */
class SourcingMemoryTest {
    private static final String[] PARAGRAPHS = {
        "Mayor Lena Ortiz said on Tuesday that the bridge will close for 18 months.",
        "The bridge carries 40,000 cars a day. It is the oldest crossing in the county, officials said.",
        "“We have no other choice,” Ortiz told reporters. Critics called the plan reckless.",
        "The repairs will cost $2.4 million, according to the city's budget office.",
        "Residents believe the closure will hurt shops on Main Street."
    };

    private static String article(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    private static void assertSameDecisions(ArticleAnalysis a, SourcingDecider remembering, SourcingModel model) {
        List<SentenceInfo> fresh = new SourcingDecider(Lexicons.shared(), model).decide(a);
        List<SentenceInfo> remembered = remembering.decide(a);
        assertThat(remembered).isEqualTo(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            // equal to the bit: a remembered probability is the one computed for an equal feature list
            assertThat(Double.doubleToRawLongBits(remembered.get(i).sourcing().needsSource()))
                    .isEqualTo(
                            Double.doubleToRawLongBits(fresh.get(i).sourcing().needsSource()));
            assertThat(Double.doubleToRawLongBits(remembered.get(i).sourcing().claim()))
                    .isEqualTo(
                            Double.doubleToRawLongBits(fresh.get(i).sourcing().claim()));
        }
    }

    @Test
    void rememberedDecisionsEqualFreshOnesAcrossEdits() {
        SourcingModel model = SourcingModel.sharedOrNull();
        org.junit.jupiter.api.Assumptions.assumeTrue(model != null, "no sourcing model on the classpath");
        SourcingMemory memory = new SourcingMemory(Lexicons.shared());
        SourcingDecider remembering = new SourcingDecider(Lexicons.shared(), model, memory);

        ArticleAnalysis first = Fixtures.analyzeByRules(article(PARAGRAPHS));
        assertSameDecisions(first, remembering, model);
        int remembered = memory.words().size();
        assertThat(remembered).isPositive();

        // the same sentences moved down by an edit above them: nothing new to remember, decisions still equal
        String[] edited = PARAGRAPHS.clone();
        edited[0] = "Mayor Lena Ortiz, 52, said on Tuesday that the old bridge will close for 18 months.";
        assertSameDecisions(Fixtures.analyzeByRules(article(edited)), remembering, model);
        assertThat(memory.words().size()).isLessThanOrEqualTo(remembered + 1);

        // a quotation opened in one paragraph changes which words of the next are quoted
        edited[2] = "“We have no other choice,” Ortiz told reporters. “Critics called the plan reckless.";
        assertSameDecisions(Fixtures.analyzeByRules(article(edited)), remembering, model);
        // paragraphs swapped: every neighbour changes, the words do not
        assertSameDecisions(
                Fixtures.analyzeByRules(article(PARAGRAPHS[3], PARAGRAPHS[1], PARAGRAPHS[0], PARAGRAPHS[4])),
                remembering,
                model);
        assertSameDecisions(first, remembering, model);
    }

    @Test
    void aMemoryServesOnlyItsOwnLexicons() {
        SourcingModel model = SourcingModel.sharedOrNull();
        org.junit.jupiter.api.Assumptions.assumeTrue(model != null, "no sourcing model on the classpath");
        Lexicons other = Lexicons.shared()
                .with(new org.newslint.analysis.model.HouseLists(java.util.Set.of("opine"), List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SourcingDecider(other, model, new SourcingMemory(Lexicons.shared())));
    }

    @Test
    void endsWithColonIsTheStrippedTextsLastCharacter() {
        String text = "One:  \n Two : x :";
        assertThat(SourcingFeatures.endsWithColon(text, new org.newslint.text.TextRange(0, 7)))
                .isTrue();
        assertThat(SourcingFeatures.endsWithColon(text, new org.newslint.text.TextRange(7, 13)))
                .isTrue();
        assertThat(SourcingFeatures.endsWithColon(text, new org.newslint.text.TextRange(7, 14)))
                .isTrue();
        assertThat(SourcingFeatures.endsWithColon(text, new org.newslint.text.TextRange(7, 15)))
                .isFalse();
        assertThat(SourcingFeatures.endsWithColon(text, new org.newslint.text.TextRange(3, 4)))
                .isTrue();
        assertThat(SourcingFeatures.endsWithColon(text, new org.newslint.text.TextRange(4, 7)))
                .isFalse();
        assertThat(SourcingFeatures.endsWithColon(text, new org.newslint.text.TextRange(3, 3)))
                .isFalse();
    }
}
