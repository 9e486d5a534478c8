package org.newslint.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceSplitter;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.nlp.ner.NameSpan;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;

/**
 * An editor's entity stage ({@link EntityFinder} with an {@link EntityMemory}) gives exactly what a fresh
 * one gives after each edit of a sequence, while answering the sentences the edit left alone from memory.
 */
class EntityMemoryTest {
    private static final Lexicons LEX = Lexicons.shared();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(OpenNlpPipeline.shared(), LEX);

    private static final String ARTICLE = """
            LYNDALE, Norway (Reuters) - Former Governor Ana Berg visited Lyndale on Monday.

            Berg said the Lyndale Port Authority (LPA) would raise fees. The LPA declined to comment.

            “We will not back down,” said Maria Lopez, a union spokeswoman. Lopez works for Acme Holdings.

            Kim Jong Un met officials of the Church of Scientology. Kim said Scientology was welcome.
            """;

    @Test
    void editedDocumentsGiveTheFreshEntities() {
        EntityMemory memory = new EntityMemory(LEX);
        List<String> versions = List.of(
                ARTICLE,
                // a letter typed at the end of a paragraph, after a name
                ARTICLE.replace("on Monday.", "on Monday.x"),
                // a paragraph added before everything: every offset moves, every sentence is renumbered
                "Breaking news.\n\n" + ARTICLE,
                // a name changed: its mentions and grouping change
                ARTICLE.replace("Berg said", "Bergen said"),
                // a word in capitals elsewhere makes "Lopez" a capitalised word in another sentence
                ARTICLE + "\nLopez and Berg left. Monday was quiet.\n",
                // quotes and headings
                "# Berg in Lyndale\n\n" + ARTICLE.replace("“", "\""),
                ARTICLE);
        for (String text : versions) {
            for (DocumentFormat format : List.of(DocumentFormat.PLAIN_TEXT, DocumentFormat.MARKDOWN)) {
                SentenceSplitter.SplitArticle split = SPLITTER.split(
                        new Document("file:///a.txt", 1, text, format), Settings.defaults(), () -> false);
                List<SentenceDraft> drafts = split.sentences();
                List<List<Token>> sentences = new ArrayList<>();
                for (SentenceDraft d : drafts) {
                    sentences.add(d.sentence().tokens());
                }
                List<List<NameSpan>> names = NameFinder.shared().findInDocument(sentences);
                String original = split.prose().original();
                EntityFinder.Result fresh = new EntityFinder(LEX, original).find(drafts, names);
                assertThat(new EntityFinder(LEX, original, memory).find(drafts, names))
                        .as("%s, %s", format, text)
                        .isEqualTo(fresh);
                assertThat(new EntityFinder(LEX, original).find(drafts))
                        .isEqualTo(new EntityFinder(LEX, original, memory).find(drafts));
            }
        }
        assertThat(memory.sentencesReused()).isGreaterThan(50);
        assertThat(memory.groupingsReused()).isPositive();
    }

    /**
     * As an editor sees it: the tagging cache answers unchanged paragraphs with the same objects (moved ones
     * with shifted copies), so sentences are taken from the last analysis; each edit below changes one input
     * of an unchanged-looking sentence that the comparison with the last analysis must notice.
     */
    @Test
    void theLastAnalysisIsReusedOnlyWhereNothingTheFinderReadsChanged() {
        org.newslint.nlp.CachingPipeline cached = new org.newslint.nlp.CachingPipeline(OpenNlpPipeline.shared(), 256);
        SentenceSplitter splitter = new SentenceSplitter(cached, LEX);
        String apostrophe = ARTICLE + "\nThe fees rose, said Sean O’Brien of the LPA.\n";
        List<String> versions = List.of(
                apostrophe,
                // the same prose (typography is normalised before tagging) but other original characters
                apostrophe.replace("O’Brien", "O'Brien"),
                apostrophe.replace("O’Brien", "O'Brien") + "\nMore news.\n",
                // "Snow" becomes a word the document writes as a name mid-sentence, or stops being one: the
                // unchanged "Snow covered the hills." (an adverb to the tagger) then has a mention, then none
                apostrophe + "\nSnow covered the hills.\n",
                apostrophe + "\nSnow covered the hills.\n\nThe mayor, Jon Snow, spoke.\n",
                apostrophe + "\nSnow covered the hills.\n",
                apostrophe,
                // a paragraph's reason changes (a heading now), its tokens do not
                apostrophe.replace("Kim Jong Un met", "# Kim Jong Un met"),
                apostrophe,
                // a letter typed in a name, then removed
                apostrophe.replace("Maria Lopez", "Maria Lopezz"),
                apostrophe,
                // only a description changes: the same grouping, the entity's descriptions do not stay
                apostrophe.replace("a union spokeswoman", "a union leader"),
                apostrophe);
        EntityMemory memory = new EntityMemory(LEX);
        EntityMemory rulesOnly = new EntityMemory(LEX); // without the name finder, whose spans change more often
        for (String text : versions) {
            SentenceSplitter.SplitArticle split = splitter.split(
                    new Document("file:///a.md", 1, text, DocumentFormat.MARKDOWN), Settings.defaults(), () -> false);
            List<SentenceDraft> drafts = split.sentences();
            List<List<Token>> sentences = new ArrayList<>();
            for (SentenceDraft d : drafts) {
                sentences.add(d.sentence().tokens());
            }
            List<List<NameSpan>> names = NameFinder.shared().findInDocument(sentences, true);
            assertThat(names).isEqualTo(NameFinder.shared().findInDocument(sentences));
            String original = split.prose().original();
            assertThat(new EntityFinder(LEX, original, memory).find(drafts, names))
                    .as(text)
                    .isEqualTo(new EntityFinder(LEX, original).find(drafts, names));
            assertThat(new EntityFinder(LEX, original, rulesOnly).find(drafts))
                    .as(text)
                    .isEqualTo(new EntityFinder(LEX, original).find(drafts));
        }
        assertThat(memory.sentencesFromLastAnalysis()).isGreaterThan(50);
        assertThat(rulesOnly.sentencesFromLastAnalysis()).isGreaterThan(50);
    }

    @Test
    void aMemoryServesOnlyItsOwnLexicons() {
        EntityMemory memory = new EntityMemory(
                LEX.with(new org.newslint.analysis.model.HouseLists(java.util.Set.of("opined"), List.of())));
        assertThatThrownBy(() -> new EntityFinder(LEX, "text", memory)).isInstanceOf(IllegalArgumentException.class);
    }
}
