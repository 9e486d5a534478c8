package org.newslint.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.text.TextRange;

class ScorersTest {
    @Test
    void prfFromCounts() {
        Prf p = new Prf(6, 2, 4);
        assertThat(p.precision()).isEqualTo(0.75);
        assertThat(p.recall()).isEqualTo(0.6);
        assertThat(p.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
        assertThat(new Prf(0, 0, 0).f1()).isZero();
    }

    @Test
    void bratRelationsWithDiscontinuousSpans() {
        List<BratAttributions.Relation> rels = BratAttributions.parse(
                List.of(
                        "T1\tSource 0 5\tSmith",
                        "T2\tCue 6 10\tsaid",
                        "T3\tContent 12 20;30 40\tfragment",
                        "T4\tAttribution 6 10\tsaid",
                        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"),
                100);
        assertThat(rels).singleElement().satisfies(r -> {
            assertThat(r.source()).containsExactly(new TextRange(0, 5));
            assertThat(r.cue()).containsExactly(new TextRange(6, 10));
            assertThat(r.content()).containsExactly(new TextRange(12, 20), new TextRange(30, 40));
        });
    }

    @Test
    void quotesMatchAtHalfTheLongerSpanOneToOne() {
        String text = "Smith said \"we will win this fight\" and Jones said \"no.\"";
        TextRange goldQuote = new TextRange(11, 35);
        TextRange smith = new TextRange(0, 5);
        var gold = List.of(
                new QuoteScorer.Gold(goldQuote, List.of(smith), "Smith"),
                new QuoteScorer.Gold(new TextRange(51, 56), List.of(new TextRange(40, 45)), "Jones"));
        var predicted = List.of(
                new QuoteScorer.Predicted(new TextRange(11, 36), smith, "Smith"), // matches, speaker overlaps
                new QuoteScorer.Predicted(
                        new TextRange(12, 20), null, null), // second prediction on the same gold: false alarm
                new QuoteScorer.Predicted(
                        new TextRange(51, 56), new TextRange(0, 5), "he / John Jones")); // speaker by last name
        QuoteScorer.Result r = QuoteScorer.score("doc", text, gold, predicted);
        assertThat(r.quotes()).isEqualTo(new Prf(2, 1, 0));
        assertThat(r.speakerCorrect()).isEqualTo(2);
        assertThat(r.speakerTotal()).isEqualTo(2);
        assertThat(r.exact().truePositives()).isEqualTo(2); // trailing quotation marks do not count
        assertThat(r.errors()).singleElement().asString().contains("false-alarm");
    }

    @Test
    void tooLittleOverlapIsAMissAndAFalseAlarm() {
        String text = "that there have been \"thousands of shootings\" in Chicago this year alone";
        var gold = List.of(new QuoteScorer.Gold(new TextRange(0, text.length()), List.of(), ""));
        var predicted = List.of(new QuoteScorer.Predicted(new TextRange(21, 45), null, null));
        QuoteScorer.Result r = QuoteScorer.score("doc", text, gold, predicted);
        assertThat(r.quotes()).isEqualTo(new Prf(0, 1, 1));
        assertThat(r.speakerTotal()).isZero();
    }

    @Test
    void wrongSpeakerIsCountedAndExplained() {
        var gold =
                List.of(new QuoteScorer.Gold(new TextRange(0, 10), List.of(new TextRange(20, 25)), "Rep. Gwen Moore"));
        var predicted =
                List.of(new QuoteScorer.Predicted(new TextRange(0, 10), new TextRange(30, 35), "Friday / Friday"));
        QuoteScorer.Result r = QuoteScorer.score("doc", "\"It is a dog\" whistle, Moore said Friday.", gold, predicted);
        assertThat(r.speakerAccuracy()).isZero();
        assertThat(r.errors()).singleElement().asString().contains("gold=Rep. Gwen Moore");
    }

    @Test
    void csvWithQuotesDoubledQuotesAndBom() {
        var rows = SimpleCsv.read("\uFEFFlabel,text\n-1,\"He said \"\"no\"\", twice\"\n1,plain\r\n");
        assertThat(rows)
                .containsExactly(
                        List.of("label", "text"), List.of("-1", "He said \"no\", twice"), List.of("1", "plain"));
        assertThat(SimpleCsv.readTsv("\"id\"\t\"label\"\n1\t0\n"))
                .containsExactly(List.of("id", "label"), List.of("1", "0"));
    }

    @Test
    void gumTextIsRebuiltFromTokensWithSpaceAfter() {
        var spans = new java.util.HashMap<String, int[]>();
        String text = GumDocuments.rebuild(
                List.of(
                        "# newpar",
                        "# sent_id = d-1",
                        "1\tHello\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
                        "2\t,\t_\t_\t_\t_\t_\t_\t_\t_",
                        "3\tworld\t_\t_\t_\t_\t_\t_\t_\t_",
                        "",
                        "# newpar",
                        "# sent_id = d-2",
                        "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
                        "1\tdo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
                        "2\tn't\t_\t_\t_\t_\t_\t_\t_\t_"),
                spans);
        assertThat(text).isEqualTo("Hello, world\ndon't");
        assertThat(spans.get("d-1#3")).containsExactly(7, 12);
        assertThat(spans.get("d-2#2")).containsExactly(15, 18);
    }

    @Test
    void bratFragmentsSplitOnlyByWhiteSpaceAreOneSpan() {
        String text = "“One sentence. Another one.” she said, “and more.”";
        var joined = QuoteScorer.joinAdjacent(
                List.of(new TextRange(15, 28), new TextRange(0, 14), new TextRange(39, 50)), text);
        assertThat(joined).containsExactly(new TextRange(0, 28), new TextRange(39, 50));
    }

    @Test
    void aGoldSourceIsNamedByItsLastWordOrTheNameBeforeAnAppositive() {
        assertThat(QuoteScorer.heads("Kerr Putney, the Charlotte-Mecklenburg police chief,"))
                .containsExactly("chief", "putney");
        assertThat(QuoteScorer.heads("Rep. Gwen Moore (D-Wis.)")).containsExactly("moore");
        var gold = new QuoteScorer.Gold(
                new TextRange(0, 10),
                List.of(new TextRange(40, 90)),
                "Kerr Putney, the Charlotte-Mecklenburg police chief,");
        assertThat(QuoteScorer.speakerRight(
                        gold,
                        new QuoteScorer.Predicted(new TextRange(0, 10), new TextRange(100, 102), "he / Kerr Putney")))
                .isTrue();
        assertThat(QuoteScorer.speakerRight(
                        gold,
                        new QuoteScorer.Predicted(new TextRange(0, 10), new TextRange(100, 102), "he / Donald Trump")))
                .isFalse();
    }
}
