package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newslint.analysis.attribution.Attributor;
import org.newslint.analysis.attribution.SpeakerLabels;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceSplitter;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * What the quote stage receives from the stages before it, wired as {@code Analyzer.trace} wires
 * them (with the shipped name finder), so the stage tests can call the quote classes one by one.
 */
record StageInput(
        Prose prose,
        List<SentenceDraft> drafts,
        List<List<Attribution>> cueLists,
        Map<Integer, Source> labels,
        Attributor attributor,
        QuoteFinder.Result marks) {
    private static final Lexicons LEX = Lexicons.shared();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(OpenNlpPipeline.shared(), LEX);

    static StageInput of(String text) {
        return of(new Document("file:///t.txt", 1, text, DocumentFormat.PLAIN_TEXT));
    }

    static StageInput ofMarkdown(String text) {
        return of(new Document("file:///t.md", 1, text, DocumentFormat.MARKDOWN));
    }

    private static StageInput of(Document document) {
        SentenceSplitter.SplitArticle split = SPLITTER.split(document, Settings.defaults(), () -> false);
        List<SentenceDraft> drafts = split.sentences();
        QuoteFinder.Result marks = QuoteFinder.find(split.prose());
        List<TextRange> contents =
                marks.quotes().stream().map(QuoteFinder.RawQuote::content).toList();
        List<List<Token>> sentences =
                drafts.stream().map(d -> d.sentence().tokens()).toList();
        EntityFinder.Result entities = new EntityFinder(LEX, split.prose().original())
                .find(drafts, NameFinder.shared().findInDocument(sentences));
        Attributor attributor = new Attributor(LEX, split.prose(), entities, contents, sentences);
        List<List<Attribution>> cueLists = new ArrayList<>();
        for (SentenceDraft d : drafts) {
            List<Attribution> list = new ArrayList<>();
            for (Attributor.CueHit hit : attributor.cues(d.sentence().tokens())) {
                list.add(new Attribution(hit.cue(), hit.source()));
            }
            cueLists.add(list);
        }
        return new StageInput(split.prose(), drafts, cueLists, SpeakerLabels.find(split.prose()), attributor, marks);
    }

    String text() {
        return prose.text();
    }

    /** The quote stage as the analysis runs it. */
    Quotations.Found quotations() {
        return new Quotations(LEX).find(marks, prose, drafts, cueLists, labels, attributor);
    }

    static Lexicons lexicons() {
        return LEX;
    }
}
