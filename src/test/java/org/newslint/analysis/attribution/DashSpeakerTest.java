package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.quotes.QuoteFinder;

/**
 * The speaker signed after a dash following a quotation, marked {@code ^^^ speaker} ("= Entity" would
 * follow a resolved one; a name standing alone on a signature line is no entity mention today). As the
 * quote stage asks: with the tokens of the sentence the quotation ends in, then of the next sentence.
 */
class DashSpeakerTest {
    private static void check(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        List<String> actual = new ArrayList<>();
        for (QuoteFinder.RawQuote q : stage.quotes) {
            int last = stage.sentenceAt(q.range().end() - 1);
            Source speaker = stage.attributor.speakerAfterDash(q.range(), stage.tokens(last));
            if (speaker == null && last + 1 < stage.drafts.size()) {
                speaker = stage.attributor.speakerAfterDash(q.range(), stage.tokens(last + 1));
            }
            if (speaker != null) {
                actual.add(stage.describe("speaker", speaker));
            }
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(stage.fixture.expected());
    }

    @Test
    void aNameAfterADashSignsTheQuotation() {
        check("""
                “The dam will hold.” — Dr. Ines Molnar, Lyndale Institute
                                       ^^^^^^^^^^^^^^^ speaker""");
        check("""
                “The dam will hold,” — Maria Jensen
                                       ^^^^^^^^^^^^ speaker""");
    }

    @Test
    void twoHyphensOrAHyphenAndASpaceAreADash() {
        check("""
                “The dam will hold.” -- Maria Jensen
                                        ^^^^^^^^^^^^ speaker""");
        check("""
                “The dam will hold.” - Maria Jensen
                                       ^^^^^^^^^^^^ speaker""");
    }

    /** Pull quotes are often set with a no-break space before the dash. */
    @Test
    void aNoBreakSpaceMayComeBeforeTheDash() {
        check("“The dam will hold.”\u00A0— Maria Jensen\n" + "                       ^^^^^^^^^^^^ speaker");
    }

    @Test
    void withoutADashNoSpeakerIsSigned() {
        check("""
                “The dam will hold.” Maria Jensen""");
        check("""
                “The dam will hold.” -Maria Jensen""");
        check("""
                “The dam will hold.” Maria Jensen said so on Monday.""");
    }

    /** A dash set solid against the name starts after its first word (current behaviour). */
    @Test
    void aDashSetSolidLosesTheFirstWord() {
        check("""
                “The dam will hold” —Maria Jensen of the Lyndale Water Agency
                                           ^^^^^^ speaker""");
    }
}
