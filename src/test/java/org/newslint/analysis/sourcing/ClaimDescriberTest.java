package org.newslint.analysis.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.testing.Fixtures;

/** What kind of claim a finding names: figures, predictions, characterisations and actions of named actors. */
class ClaimDescriberTest {
    private static final ClaimDescriber DESCRIBER = new ClaimDescriber();

    /** The description of the last sentence of {@code text} (earlier sentences introduce the names). */
    private static void check(String text, String expected) {
        ArticleAnalysis a = Fixtures.analyzeByRules(text);
        SentenceInfo last = a.sentences().get(a.sentences().size() - 1);
        ClaimDescriber.Described d = DESCRIBER.describe(a, last);
        assertThat(d.type().describe(d.subject())).as(text).isEqualTo(expected);
    }

    @Test
    void theClaimRulesKindComesFirst() {
        check("The mill in Tarrow employs 400 people.", "a figure with no source");
        check("It is the oldest mill on the coast.", "a superlative with no source");
        check("The mill closed because the river flooded.", "a causal claim with no source");
    }

    @Test
    void forecastsArePredictions() {
        check("The council will close the library next year.", "a prediction with no source");
        check("Tomas Varga is expected to resign.", "a prediction with no source");
    }

    @Test
    void aNamedActorIsCharacterisedOrActs() {
        check(
                "Mayor Tomas Varga spoke on Monday. Varga is deeply unpopular with farmers.",
                "the writer's characterisation of Tomas Varga");
        check(
                "Mayor Tomas Varga spoke on Monday. Varga quietly sold his shares in the mill.",
                "an action of Tomas Varga stated as fact");
        check(
                "Mayor Tomas Varga spoke on Monday. Varga is selling his shares in the mill.",
                "an action of Tomas Varga stated as fact");
    }

    @Test
    void otherwiseAStatementOfFact() {
        check("Prices in the valley rose sharply after the flood.", "a statement of fact with no source");
    }
}
