package org.newslint.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;

/**
 * The last stage: each sentence's attribution (and on what evidence) and claim decision, marked
 * under the sentence as {@code ^^^ attributedBy | claim kind or non-claim reason}.
 */
class SentenceVerdictsTest {
    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = Fixtures.analyze(f.text());
        List<String> actual = a.sentences().stream()
                .map(s -> f.describe(verdict(s), s.range().start(), s.range().end()))
                .toList();
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    private static String verdict(SentenceInfo s) {
        String attribution = s.attributed() ? s.attributedBy().label() : "unattributed";
        String claim = s.claim()
                ? s.claimKind().name() + (s.checkWorthy() ? "" : " (information)")
                : s.nonClaimReason().label();
        return attribution + " | " + claim;
    }

    @Test
    void aNamedSourceAttributesByItsCue() {
        check("""
                The bridge will cost $4 million, Mayor Ana Berg said on Monday.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ say | NUMBER""");
    }

    @Test
    void aFigureWithNoSourceIsAnUnattributedClaim() {
        check("""
                The bridge will cost $4 million and take three years to build.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | NUMBER""");
    }

    @Test
    void questionsHeadingsAndRefusalsAreNotClaims() {
        check("""
                Bridge Repairs Begin In Lyndale
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | heading
                Who will pay for the new bridge?
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | question
                The contractor declined to comment.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ decline to comment | no comment""");
    }

    /** Under 70 % of its words are quoted, so the sentence is a claim, attributed to the speaker by the cue. */
    @Test
    void aQuotationsSpeakerAttributesItsSentence() {
        check("""
                “We will rebuild the bridge by spring,” Mayor Ana Berg said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ say | ASSERTION""");
    }

    @Test
    void vagueSourcesAndAgentlessPassivesAttributeWithoutNamingAnyone() {
        check("""
                Experts say the bridge is the oldest in the region.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague source | SUPERLATIVE (information)
                It is believed that the repairs will take a year.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agentless passive | ASSERTION (information)""");
    }

    @Test
    void aParagraphIntroducedByAnAttributedColonIsTheSpeakers() {
        check("""
                Mayor Ana Berg told the council:
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ tell | label
                The bridge has been closed for six years and nobody has fixed it.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ introduced by a colon | ASSERTION""");
    }

    @Test
    void aTranscriptLabelAttributesItsParagraph() {
        check("""
                BERG: The bridge has been closed since the flood.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ speaker label | ASSERTION (information)""");
    }

    /** "I think" is a cue with the writer as its source; the sentence is an opinion, not a claim to source. */
    @Test
    void firstPersonOpinionsAreNotClaims() {
        check("""
                I think the bridge should have been repaired years ago.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ think | opinion""");
    }

    @Test
    void theKindOfClaimComesFromFiguresSuperlativesAndCauses() {
        check("""
                Unemployment in Lyndale rose to 7.2 percent last year.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | NUMBER
                The Varga mill was the first factory in the valley to close.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | SUPERLATIVE
                The mill closed because of the drought.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | CAUSAL (information)
                The town hall has a new roof.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | ASSERTION (information)""");
    }

    @Test
    void fragmentsAndIntroductionsAreNotClaims() {
        check("""
                More rain on Friday.
                ^^^^^^^^^^^^^^^^^^^^ unattributed | no verb
                The office opened on Monday. The council published the timetable after weeks of delay, and residents can send comments through several channels, such as:
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | ASSERTION (information)
                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed | introduction""");
    }
}
