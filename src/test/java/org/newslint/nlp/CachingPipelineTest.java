package org.newslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.text.TextRange;

class CachingPipelineTest {
    @Test
    void aCachedParagraphAtANewOffsetMatchesAFreshAnalysis() {
        String paragraph = "Gen. Sir Roly Walker said the U.K. is ready. Trump's aides disagreed.";
        String first = paragraph + "\n";
        String moved = "A new opening line was typed.\n" + paragraph;
        CachingPipeline cached = new CachingPipeline(OpenNlpPipeline.shared(), 16);
        cached.sentences(first, new TextRange(0, paragraph.length()));
        TextRange at = new TextRange(moved.indexOf(paragraph), moved.length());
        List<Sentence> fromCache = cached.sentences(moved, at);
        List<Sentence> fresh = OpenNlpPipeline.shared().sentences(moved, at);
        assertThat(fromCache).isEqualTo(fresh);
        assertThat(fromCache.get(0).tokens().get(0).range().of(moved)).isEqualTo("Gen.");
    }

    @Test
    void aDocumentLongerThanTheCacheIsRememberedWholeOnceItIsExpected() {
        int[] tagged = {0};
        NlpPipeline counting = (text, paragraph) -> {
            tagged[0]++;
            return List.of();
        };
        CachingPipeline cached = new CachingPipeline(counting, 10);
        StringBuilder doc = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            doc.append("Paragraph ").append(i).append(" was typed.\n");
        }
        String text = doc.toString();
        List<TextRange> paragraphs = new java.util.ArrayList<>();
        for (int start = 0; start < text.length(); start = text.indexOf('\n', start) + 1) {
            paragraphs.add(new TextRange(start, text.indexOf('\n', start)));
        }
        // without being told, re-tagging 30 paragraphs through a cache of 10 in order never hits
        paragraphs.forEach(p -> cached.sentences(text, p));
        paragraphs.forEach(p -> cached.sentences(text, p));
        assertThat(tagged[0]).isEqualTo(60);
        // told how long the document is, the cache holds all of it: the next pass tags nothing
        cached.expectParagraphs(paragraphs.size());
        paragraphs.forEach(p -> cached.sentences(text, p));
        tagged[0] = 0;
        paragraphs.forEach(p -> cached.sentences(text, p));
        assertThat(tagged[0]).isZero();
    }
}
