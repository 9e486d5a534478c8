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

    @Test
    void aMemoryServesOnlyItsOwnLexicons() {
        EntityMemory memory = new EntityMemory(
                LEX.with(new org.newslint.analysis.model.HouseLists(java.util.Set.of("opined"), List.of())));
        assertThatThrownBy(() -> new EntityFinder(LEX, "text", memory)).isInstanceOf(IllegalArgumentException.class);
    }
}
