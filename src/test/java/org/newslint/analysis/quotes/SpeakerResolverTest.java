package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Quote;
import org.newslint.testing.CaretFixture;

/**
 * Who said each quotation, one fixture per {@link SpeakerClue}: the carets mark the speaker and are
 * labelled with the clue that found it; a quotation nobody is said to have said is marked {@code none}.
 */
class SpeakerResolverTest {
    private static final SpeakerResolver RESOLVER = new SpeakerResolver(Lexicons.shared());

    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<CaretFixture.Mark> actual = new ArrayList<>();
        for (SpeakerResolver.Speaking s : resolve(f.text())) {
            Quote q = s.quote();
            actual.add(
                    q.speaker() == null
                            ? new CaretFixture.Mark(
                                    q.range().start(), q.range().end(), s.clue().feature())
                            : new CaretFixture.Mark(
                                    q.speaker().range().start(),
                                    q.speaker().range().end(),
                                    s.clue().feature()));
        }
        Carets.assertMarks(f, actual);
    }

    /** Each quotation marked with its kind: direct, partial (woven into its sentence) or block. */
    private static void checkKinds(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<CaretFixture.Mark> actual = new ArrayList<>();
        for (SpeakerResolver.Speaking s : resolve(f.text())) {
            Quote q = s.quote();
            actual.add(new CaretFixture.Mark(
                    q.range().start(), q.range().end(), q.kind().label()));
        }
        Carets.assertMarks(f, actual);
    }

    /** As {@link Quotations} asks: titles left out, each quotation seeing the ones before it. */
    private static List<SpeakerResolver.Speaking> resolve(String text) {
        StageInput in = StageInput.of(text);
        List<Quote> earlier = new ArrayList<>();
        List<SpeakerResolver.Speaking> out = new ArrayList<>();
        for (QuoteFinder.RawQuote raw : in.marks().quotes()) {
            if (raw.closed()
                    && !raw.block()
                    && TitleQuotes.looksLikeTitle(raw.content().of(in.text()))) {
                continue;
            }
            SpeakerResolver.Speaking s =
                    RESOLVER.speakerFor(raw, in.drafts(), in.cueLists(), earlier, in.prose(), in.attributor());
            earlier.add(s.quote());
            out.add(s);
        }
        return out;
    }

    @Test
    void aCueInTheQuotationsSentence() {
        check("""
                “We will rebuild the bridge by spring,” Mayor Ana Berg said on Monday.
                                                        ^^^^^^^^^^^^^^ cue
                Councillor Piet Vos said: “The money is not there.”
                ^^^^^^^^^^^^^^^^^^^ cue""");
    }

    @Test
    void theNearestCueWins() {
        check("""
                Piet Vos said the vote was close, but “we won it fairly,” Ana Berg told reporters.
                                                                          ^^^^^^^^ cue""");
    }

    @Test
    void aSignatureDash() {
        check("""
                “We are cautious about the early results.” — Dr. Lena Okafor, the lead investigator
                                                             ^^^^^^^^^^^^^^^ dash""");
    }

    @Test
    void aClauseThatIntroducesTheQuotation() {
        check("""
                Councillor Piet Vos continued: “They are asking for too much.”
                ^^^^^^^^^^^^^^^^^^^ introducer
                She went on, “All we want is a fair hearing.”
                ^^^ introducer""");
    }

    @Test
    void theSpeakerOpensTheNextSentence() {
        check("""
                “We are cautious.” Lena Okafor said the data was still early.
                                   ^^^^^^^^^^^ next sentence""");
    }

    @Test
    void aParagraphEndingInAColonIntroducesIt() {
        check("""
                Councillor Omar Haddad said at the meeting:
                ^^^^^^^^^^^^^^^^^^^^^^ colon paragraph
                “Nobody wants to close the libraries of this town.”""");
    }

    @Test
    void theSubjectOfAColonParagraphWithoutACue() {
        check("""
                On Monday, Mayor Ana Berg made the following remark:
                           ^^^^^^^^^^^^^^ colon subject
                “For young families, the rent has doubled.”""");
    }

    @Test
    void theSentenceBeforeNamedTheSource() {
        check("""
                Paul Roy said the talks had failed. “We were told to wait for months.”
                ^^^^^^^^ previous sentence""");
    }

    @Test
    void aQuoteOnlyParagraphContinuesTheQuoteBefore() {
        check("""
                “We tried everything,” said Paul Roy.
                                            ^^^^^^^^ cue
                                            ^^^^^^^^ continuation
                “We will try again next year.”""");
    }

    @Test
    void aFragmentBelongsToTheSubjectOfItsSentence() {
        check("""
                Governor Ann Cole unveiled a plan to counter “the housing emergency” on Tuesday.
                ^^^^^^^^^^^^^^^^^ subject""");
    }

    @Test
    void nobodyIsSaidToHaveSaidIt() {
        check("""
                The report was published on Monday.
                “For many families, this changes the whole winter.”
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ none""");
    }

    @Test
    void titlesAreLeftOutAndWeaselSourcesDoNotCarryOver() {
        check("""
                She watched “Shark Tank” again. Some experts said the rent would rise. “Prices will climb further.”
                                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ none""");
    }

    @Test
    void kindsOfQuotation() {
        checkKinds("""
                Ana Berg said: “We will rebuild.” She called the plan “reckless” and “far too slow.”
                               ^^^^^^^^^^^^^^^^^^ direct
                                                                      ^^^^^^^^^^ partial
                                                                                     ^^^^^^^^^^^^^^^ partial
                Tom Reyes said that, “Of course the mayor will defend himself.”
                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ partial
                “We tried,” he added, “but the money ran out.”
                ^^^^^^^^^^^ direct
                                      ^^^^^^^^^^^^^^^^^^^^^^^^ direct""");
    }
}
