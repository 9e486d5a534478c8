package org.newslint.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The custom feature generators and the descriptor pruning, on hand-made inputs. */
class FeaturesTest {
    private static ClusterTable dict(String lines) throws IOException {
        return ClusterTable.of(lines);
    }

    @Test
    void shapesCollapseRuns() {
        assertThat(ShapeFeatures.shape("Anglo-Dutch")).isEqualTo("Xx-Xx");
        assertThat(ShapeFeatures.shape("U.S.")).isEqualTo("X.X.");
        assertThat(ShapeFeatures.shape("1996-08-22")).isEqualTo("d-d-d");
    }

    @Test
    void gazetteerMarksLongestCapitalisedMatch() throws IOException {
        ClusterTable g = dict("new_york LOC\nnew_york_stock_exchange ORG\nturkey LOC\n");
        String[] tokens = {"the", "New", "York", "Stock", "Exchange", "and", "turkey", "TURKEY"};
        List<List<String>> f = GazetteerFeatures.label(g, tokens);
        assertThat(f.get(1)).containsExactly("gaz=ORG:B");
        assertThat(f.get(4)).containsExactly("gaz=ORG:I");
        assertThat(f.get(6)).isEmpty();
        assertThat(f.get(7)).containsExactly("gaz=LOC:B", "gaz=LOC:W");
    }

    @Test
    void clustersFallBackToTitleAndLowerCase() throws IOException {
        ClusterTable d = dict("Germany 0110\nsaid 1011\n");
        ClusterFeatures f = new ClusterFeatures("cl", d, new int[] {2, 4});
        List<String> out = new ArrayList<>();
        f.createFeatures(out, new String[] {"GERMANY", "Said", "xyz"}, 0, new String[0]);
        f.createFeatures(out, new String[] {"GERMANY", "Said", "xyz"}, 1, new String[0]);
        f.createFeatures(out, new String[] {"GERMANY", "Said", "xyz"}, 2, new String[0]);
        assertThat(out).containsExactly("cl2=01", "cl4=0110", "cl=0110", "cl2=10", "cl4=1011", "cl=1011", "cl=none");
    }

    /** A token's features are looked up once per sentence; asked again, or for a refilled array, the same answer. */
    @Test
    void clusterFeaturesRememberedPerSentenceAreWhatAFreshGeneratorGives() throws IOException {
        ClusterTable d = dict("Germany 0110\nsaid 1011\nBerlin 0111\n");
        ClusterFeatures remembering = new ClusterFeatures("cl", d, new int[] {2, 4});
        String[] sentence = {"Germany", "said", "xyz"};
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < sentence.length; i++) {
                List<String> expected = new ArrayList<>();
                new ClusterFeatures("cl", d, new int[] {2, 4}).createFeatures(expected, sentence, i, new String[0]);
                List<String> actual = new ArrayList<>();
                remembering.createFeatures(actual, sentence, i, new String[0]);
                assertThat(actual).isEqualTo(expected);
            }
            sentence[0] = "Berlin"; // the same array with another word: not the same sentence any more
        }
        List<String> berlin = new ArrayList<>();
        remembering.createFeatures(berlin, sentence, 0, new String[0]);
        assertThat(berlin).containsExactly("cl2=01", "cl4=0111", "cl=0111");
    }

    @Test
    void descriptorDropsGeneratorsWithoutTheirResource() throws IOException {
        String all = new String(
                NerTrainer.descriptor(NerTrainer.DESCRIPTOR, Set.of("gazetteer.clusters", "wordclusters.clusters")),
                StandardCharsets.UTF_8);
        String none = new String(NerTrainer.descriptor(NerTrainer.DESCRIPTOR, Set.of()), StandardCharsets.UTF_8);
        assertThat(all).contains("GazetteerFeatures").contains("ClusterFeatures");
        assertThat(none)
                .doesNotContain("GazetteerFeatures")
                .doesNotContain("ClusterFeatures")
                .contains("ShapeFeatures");
    }

    @Test
    void rawTextTokenisationSplitsPossessivesAndKeepsAbbreviations() {
        assertThat(RawTextTokenizer.tokenize("Germany's U.S. envoy didn't say \u201cno\u201d."))
                .containsExactly("Germany", "'s", "U.S.", "envoy", "did", "n't", "say", "\"", "no", "\"", ".");
    }

    @Test
    void contextAggregationSeesEveryOccurrenceOfTheWordInTheDocument() {
        ContextAggregationFeatures f = new ContextAggregationFeatures();
        String[] first = {"Duran", "won", "."};
        String[] second = {"Roberto", "Duran", "said", "so"};
        String[] headline = {"DURAN", "WINS"};
        List<String> out = new ArrayList<>();
        f.createFeatures(out, first, 0, new String[0]);
        assertThat(out).as("no document published").isEmpty();
        DocumentContext.begin(List.of(headline, first, second));
        try {
            f.createFeatures(out, first, 0, new String[0]);
            // the first mention learns from the later one ("Roberto _ said") and from the headline
            assertThat(out).contains("agg-1=roberto", "agg+1=said", "agg+1=won", "agg-1=<s>", "agg+1=wins");
            out.clear();
            f.createFeatures(out, first, 1, new String[0]);
            assertThat(out).as("lower-case words get none").isEmpty();
        } finally {
            DocumentContext.end();
        }
        f.createFeatures(out, first, 0, new String[0]);
        assertThat(out).as("cleared after the document").isEmpty();
    }

    @Test
    void contextAggregationIsBoundedPerWord() {
        List<String[]> doc = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            doc.add(new String[] {"w" + i, "Smith", "x" + i});
        }
        DocumentContext.begin(doc);
        try {
            assertThat(DocumentContext.of("Smith")).hasSizeLessThanOrEqualTo(DocumentContext.MAX_FEATURES + 3);
        } finally {
            DocumentContext.end();
        }
    }
}
