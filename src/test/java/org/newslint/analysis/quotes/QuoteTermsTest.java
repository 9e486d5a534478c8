package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.QuoteKind;
import org.newslint.analysis.model.Settings;
import org.newslint.nlp.BinaryClassifier;
import org.newslint.nlp.quotes.QuoteModel;
import org.newslint.rules.Checker;
import org.newslint.rules.QuoteWithoutSpeaker;
import org.newslint.rules.Rules;
import org.newslint.testing.CaretFixture;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;

/**
 * What becomes of quoted words the quote model does not take for anyone's statement: a term, with
 * no speaker and no statement, not flagged for lacking a speaker (unless it is five words or more
 * nobody is said to have said); and what the analysis asks it.
 */
class QuoteTermsTest {
    /** A model that keeps quotations whose speaker a reporting cue gave and rejects the rest. */
    private static QuoteModel cueOnly() throws IOException {
        List<BinaryClassifier.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            examples.add(new BinaryClassifier.Example(List.of("bias", "how=cue"), true));
            examples.add(new BinaryClassifier.Example(List.of("bias", "how=subject"), false));
            examples.add(new BinaryClassifier.Example(List.of("bias", "how=none"), false));
        }
        return QuoteModel.train(examples, new BinaryClassifier.Options(1.0, 1, 100), 0.5);
    }

    private static ArticleAnalysis analyze(Analyzer analyzer, String text) {
        return new Checker(analyzer, Rules.ALL)
                .check(new Document("file:///t.txt", 1, text, DocumentFormat.PLAIN_TEXT), Settings.defaults());
    }

    private static final String TEXT = "The Ledger sent its “senior regional reporter” to the town. "
            + "“We will rebuild the bridge by spring,” Mayor Ana Berg said.\n\nThe council meets on Monday.\n\n"
            + "“Nothing has been decided about the old station yet.”";

    @Test
    void aRejectedQuotationIsATermWithoutSpeakerOrStatement() throws IOException {
        QuoteModel model = cueOnly();
        ArticleAnalysis a = analyze(
                Analyzer.Config.builder()
                        .withoutNameModel()
                        .freshTagging()
                        .claimModel(null)
                        .quoteModel(() -> model)
                        .analyzer(),
                TEXT);
        assertThat(a.quotes()).hasSize(3);
        Quote term = a.quotes().get(0);
        assertThat(term.kind()).isEqualTo(QuoteKind.TERM);
        assertThat(term.speaker()).isNull();
        assertThat(term.cue()).isNull();
        assertThat(term.statement()).isNull();
        Quote kept = a.quotes().get(1);
        assertThat(kept.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(kept.speaker().text()).contains("Ana Berg");
        // five words or more that nobody is said to have said stay a quotation, so the writer is asked whose they are
        assertThat(a.quotes().get(2).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals(QuoteWithoutSpeaker.ID))
                .extracting(f -> f.range().start())
                .containsExactly(TEXT.lastIndexOf('“'));
    }

    @Test
    void aSignedQuotationKeepsItsSpeakerWhateverTheModelSays() throws IOException {
        QuoteModel model = cueOnly();
        ArticleAnalysis a = analyze(
                Analyzer.Config.builder()
                        .withoutNameModel()
                        .freshTagging()
                        .claimModel(null)
                        .quoteModel(() -> model)
                        .analyzer(),
                "The council meets on Monday.\n\n“Nothing has been decided about the old station yet.” \u2015 Rosa Lind");
        assertThat(a.quotes()).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.speaker().text()).contains("Rosa Lind");
        });
    }

    @Test
    void withoutAModelEveryQuotationIsKept() {
        ArticleAnalysis a = analyze(
                Analyzer.Config.builder()
                        .withoutNameModel()
                        .freshTagging()
                        .claimModel(null)
                        .quoteModel(null)
                        .analyzer(),
                TEXT);
        assertThat(a.quotes())
                .extracting(Quote::kind)
                .containsExactly(QuoteKind.PARTIAL, QuoteKind.DIRECT, QuoteKind.DIRECT);
        assertThat(a.quotes().get(0).speaker().text()).contains("Ledger");
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals(QuoteWithoutSpeaker.ID))
                .hasSize(1);
    }

    @Test
    void theModelIsAskedAboutEachStatementOnceWithHowItsSpeakerWasFound() {
        Analyzer analyzer = Analyzer.Config.builder()
                .withoutNameModel()
                .freshTagging()
                .claimModel(null)
                .analyzer();
        List<QuoteCandidate> candidates = analyzer.trace(
                        Document.of("Donald Trump called the senator a \"nasty guy,\" an \"anchor baby\" and \"sick.\" "
                                + "“We will win,” Ana Berg said."),
                        Settings.defaults(),
                        () -> false)
                .quoteCandidates();
        assertThat(candidates).hasSize(2);
        assertThat(candidates.get(0).features()).contains("how=subject", "group=3", "kind=partial", "verbBefore=call");
        assertThat(candidates.get(1).features())
                .contains("how=cue", "cue=say", "kind=direct", "opensSentence=true", "ends=comma");
        assertThat(candidates.get(1).features()).allMatch(f -> !f.contains(" "));
    }

    /**
     * Each statement the model could be asked about, marked with how its speaker was found and
     * {@code kept} (never asked: kept whatever the model says) or {@code asked}.
     */
    private static void checkKept(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<CaretFixture.Mark> actual = new ArrayList<>();
        for (QuoteCandidate c : StageInput.of(f.text()).quotations().candidates()) {
            actual.add(new CaretFixture.Mark(
                    c.statement().start(),
                    c.statement().end(),
                    c.clue().feature() + (c.alwaysKept() ? " kept" : " asked")));
        }
        Carets.assertMarks(f, actual);
    }

    /** Each quotation marked with its kind after {@code model} decided: a rejected statement's quotations are terms. */
    private static void checkDecided(String annotated, QuoteModel model) {
        CaretFixture f = CaretFixture.parse(annotated);
        Quotations.Found found = StageInput.of(f.text()).quotations();
        List<CaretFixture.Mark> actual = new ArrayList<>();
        for (Quote q : QuoteTerms.decide(found.quotes(), found.candidates(), model)) {
            actual.add(new CaretFixture.Mark(
                    q.range().start(), q.range().end(), q.kind().label()));
        }
        Carets.assertMarks(f, actual);
    }

    @Test
    void signedQuotationsTranscriptTurnsLongUnspokenQuotationsAndQuotationsClosedBySpeakerAndSpeechVerbAreNeverAsked() {
        checkKept("""
                “Nothing has been decided about the station.” ― Rosa Lind
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dash kept
                The council meets on Monday.
                “Nothing has been decided about the station.”
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ none kept
                The council met again on Friday.
                “Not again, surely.”
                ^^^^^^^^^^^^^^^^^^^^ none asked
                “The bridge will close for two whole years,” Mayor Ana Berg said.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue kept
                Mayor Ana Berg said the bridge would be “closed for good.”
                                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cue asked""");
        checkKept("""
                WALLACE: Will the governor attend the debate?
                PENCE: “We will not,” and that is final.
                       ^^^^^^^^^^^^^^ label kept""");
    }

    @Test
    void aRejectedStatementMakesEveryQuotationSharingItATerm() throws IOException {
        checkDecided("""
                Donald Trump called the senator a "nasty guy," an "anchor baby" and "sick." “We will win,” Ana Berg said.
                                                  ^^^^^^^^^^^^ term
                                                                  ^^^^^^^^^^^^^ term
                                                                                    ^^^^^^^ term
                                                                                            ^^^^^^^^^^^^^^ direct""", cueOnly());
    }
}
