package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.Attribution;
import org.newslint.nlp.Token;

/**
 * Why a sentence that names no source is still attributed: every sentence is marked with the
 * {@code attributedBy} label the attributor gives it ({@code ^^^ vague source}, {@code ^^^ quotation},
 * {@code ^^^ cue word: statement}, …) or {@code ^^^ not attributed}. The cues passed in are the
 * sentence's reporting and stance cues, and the quoted share its words inside quotation marks, as the
 * claims stage passes them.
 */
class UnnamedAttributionTest {
    private static void check(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        List<String> actual = new ArrayList<>();
        for (int si = 0; si < stage.drafts.size(); si++) {
            List<Token> toks = stage.tokens(si);
            List<Attribution> cues = stage.cues(si);
            for (Attributor.CueHit hit : stage.attributor.stanceCues(toks)) {
                cues.add(new Attribution(hit.cue(), hit.source()));
            }
            AttributedBy by = stage.attributor.attributionWithoutSource(
                    toks, stage.drafts.get(si).sentence().range(), cues, quotedShare(stage, toks));
            actual.add(stage.describe(
                    by == null ? "not attributed" : by.label(),
                    stage.drafts.get(si).sentence().range()));
        }
        assertThat(actual).containsExactlyElementsOf(stage.fixture.expected());
    }

    /** The share of a sentence's words inside quotation marks. */
    private static double quotedShare(AttributionStage stage, List<Token> toks) {
        int words = 0;
        int quoted = 0;
        for (Token t : toks) {
            if (!t.isPunctuation()) {
                words++;
                quoted += stage.attributor.insideQuote(t.start()) ? 1 : 0;
            }
        }
        return words == 0 ? 0 : (double) quoted / words;
    }

    @Test
    void aVagueSourceAttributesToSomeoneTheWriterShouldName() {
        check("""
                Experts say the reservoir is half empty.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague source
                Critics say the dam is unsafe.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague source""");
    }

    @Test
    void aCueWithoutASourceOrWithAnUnnamedOneAttributes() {
        check("""
                The man who said it was gone.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue without a named source
                According to officials, the reservoir is half empty.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue without a named source""");
    }

    @Test
    void aPassiveWithoutAgentAttributesToNoOne() {
        check("""
                It is believed that the mill will close in spring.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agentless passive
                The mill is expected to close in spring.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agentless passive
                Residents were told that the water was safe.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agentless passive""");
    }

    @Test
    void quotedWordsAreSomeonesEvenWithoutASpeaker() {
        check("""
                The town calls it “the old lady” with some affection.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ quotation
                “The dam will hold. The town knows it. We all do.”
                ^^^^^^^^^^^^^^^^^^^ quotation
                                    ^^^^^^^^^^^^^^^^^^ quotation
                                                       ^^^^^^^^^^^ quotation""");
    }

    /** A title or scare quote of a word or two attributes nothing. */
    @Test
    void aScareQuoteIsNoQuotation() {
        check("""
                The mayor called the report “too loud” on Monday.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ not attributed""");
    }

    @Test
    void aCueWordOfTheLexiconAttributes() {
        check("""
                The statement came on Friday.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue word: statement
                Berg's promise of a new bridge was broken.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue word: promise""");
    }

    /** A noun modifying a noun, a "verb" after a determiner, an infinitive: the tagger's slips and a governed verb. */
    @Test
    void aCueWordThatOnlyModifiesOrIsGovernedDoesNotAttribute() {
        check("""
                The statement deadline passed on Friday.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ not attributed
                Residents watched a morning show about the dam.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ not attributed
                The council voted to propose a new tax.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ not attributed""");
    }

    @Test
    void aPlainStatementOfFactIsNotAttributed() {
        check("""
                The dam was built in 1921 and holds four million cubic metres.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ not attributed""");
    }
}
