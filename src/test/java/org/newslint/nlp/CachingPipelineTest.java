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
}
