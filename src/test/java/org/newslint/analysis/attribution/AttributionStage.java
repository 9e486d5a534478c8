package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.quotes.QuoteFinder;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceSplitter;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.testing.CaretFixture;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Fixture text run through what the attribution stage reads (sentences, quotation marks, entities with
 * the shipped name model), wired as {@code Analyzer} wires them, with the {@link Attributor} over it:
 * the stage's tests then look at the attributor alone.
 */
final class AttributionStage {
    private static final Lexicons LEX = Lexicons.shared();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(OpenNlpPipeline.shared(), LEX);

    final CaretFixture fixture;
    final Prose prose;
    final List<SentenceDraft> drafts;
    final List<QuoteFinder.RawQuote> quotes;
    final EntityFinder.Result entities;
    final Attributor attributor;

    private AttributionStage(CaretFixture fixture) {
        this.fixture = fixture;
        SentenceSplitter.SplitArticle split = SPLITTER.split(
                new Document("file:///fixture.txt", 1, fixture.text(), DocumentFormat.PLAIN_TEXT),
                Settings.defaults(),
                () -> false);
        prose = split.prose();
        drafts = split.sentences();
        quotes = QuoteFinder.find(prose).quotes();
        List<List<Token>> sentences = new ArrayList<>();
        for (SentenceDraft d : drafts) {
            sentences.add(d.sentence().tokens());
        }
        entities = new EntityFinder(LEX, prose.original())
                .find(drafts, NameFinder.shared().findInDocument(sentences));
        List<TextRange> contents = new ArrayList<>();
        for (QuoteFinder.RawQuote q : quotes) {
            contents.add(q.content());
        }
        attributor = new Attributor(LEX, prose, entities, contents, sentences);
    }

    /** The stage over the text of {@code annotated} (caret lines removed). */
    static AttributionStage of(String annotated) {
        return new AttributionStage(CaretFixture.parse(annotated));
    }

    List<Token> tokens(int sentence) {
        return drafts.get(sentence).sentence().tokens();
    }

    /** The cues of a sentence as the pipeline keeps them. */
    List<Attribution> cues(int sentence) {
        List<Attribution> list = new ArrayList<>();
        for (Attributor.CueHit hit : attributor.cues(tokens(sentence))) {
            list.add(new Attribution(hit.cue(), hit.source()));
        }
        return list;
    }

    /** A found span as the fixture's marks are described. */
    String describe(String label, TextRange range) {
        return fixture.describe(label, range.start(), range.end());
    }

    /** {@code label} for a source, with "= Name" when it resolves to an entity: "source of say = Maria Jensen". */
    String describe(String label, Source source) {
        return describe(source.name() == null ? label : label + " = " + source.name(), source.range());
    }

    /** The index of the token starting at {@code offset}. */
    int tokenAt(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == offset) {
                return i;
            }
        }
        throw new AssertionError("no token starts at " + offset + " in " + toks);
    }

    /**
     * Every cue of every sentence as marks: {@code cue LEMMA} on the cue ({@code cue LEMMA, no source}
     * when it names none) and {@code source of LEMMA} on its source, with "= Name" when that resolves.
     */
    List<String> cueMarks() {
        List<String> marks = new ArrayList<>();
        for (int si = 0; si < drafts.size(); si++) {
            addMarks(marks, "cue", attributor.cues(tokens(si)));
        }
        return marks;
    }

    /** Every stance cue as marks, as {@link #cueMarks()} gives them but labelled {@code stance LEMMA}. */
    List<String> stanceMarks() {
        List<String> marks = new ArrayList<>();
        for (int si = 0; si < drafts.size(); si++) {
            addMarks(marks, "stance", attributor.stanceCues(tokens(si)));
        }
        return marks;
    }

    private void addMarks(List<String> marks, String kind, List<Attributor.CueHit> hits) {
        for (Attributor.CueHit hit : hits) {
            String lemma = hit.cue().lemma();
            marks.add(describe(
                    kind + " " + lemma + (hit.source() == null ? ", no source" : ""),
                    hit.cue().range()));
            if (hit.source() != null) {
                marks.add(describe("source of " + lemma, hit.source()));
            }
        }
    }

    /** The sentence holding {@code offset}. */
    int sentenceAt(int offset) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).sentence().range().contains(offset)) {
                return i;
            }
        }
        throw new AssertionError("no sentence at " + offset);
    }
}
