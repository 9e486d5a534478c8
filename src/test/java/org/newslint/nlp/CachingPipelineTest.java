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

    @Test
    void aParagraphMovedAgainIsShiftedFromWhereItLastWasAndOneNotMovedIsTheSameObjects() {
        String paragraph = "Dr. Ann Lee said the U.K. is ready. Trump's aides disagreed.";
        CachingPipeline cached = new CachingPipeline(OpenNlpPipeline.shared(), 16);
        String[] versions = {
            "Opening line.\n" + paragraph,
            "A longer opening line was typed.\n" + paragraph,
            "X.\n" + paragraph,
            paragraph
        };
        for (String text : versions) {
            TextRange at = new TextRange(text.indexOf(paragraph), text.length());
            List<Sentence> fromCache = cached.sentences(text, at);
            assertThat(fromCache).as(text).isEqualTo(OpenNlpPipeline.shared().sentences(text, at));
            // asked again where it is now: the very same sentences, not a copy
            assertThat(cached.sentences(text, at)).isSameAs(fromCache);
        }
    }

    @Test
    void manyNewParagraphsTaggedTogetherInParallelAreWhatTaggingOneByOneGives() {
        StringBuilder doc = new StringBuilder();
        List<TextRange> parts = new java.util.ArrayList<>();
        for (int i = 0; i < NlpPipeline.PARALLEL_FROM + 40; i++) {
            int start = doc.length();
            doc.append("Paragraph ")
                    .append(i)
                    .append(": Dr. Lee's team said ")
                    .append(i % 7)
                    .append(" U.K. firms agreed.");
            parts.add(new TextRange(start, doc.length()));
            doc.append('\n');
        }
        String text = doc.toString();
        CachingPipeline cached = new CachingPipeline(OpenNlpPipeline.shared(), 16);
        cached.expectParagraphs(parts.size());
        List<List<Sentence>> together = cached.sentences(text, parts, () -> false);
        List<List<Sentence>> oneByOne = parts.stream()
                .map(p -> OpenNlpPipeline.shared().sentences(text, p))
                .toList();
        assertThat(together).isEqualTo(oneByOne);
        // and through the interface's own parallel path, without a cache
        NlpPipeline plain = (t, p) -> OpenNlpPipeline.shared().sentences(t, p);
        assertThat(plain.sentences(text, parts, () -> false)).isEqualTo(oneByOne);
    }

    @Test
    void taggingManyParagraphsStopsWhenTheAnalysisIsSuperseded() {
        List<TextRange> parts = java.util.Collections.nCopies(NlpPipeline.PARALLEL_FROM, new TextRange(0, 5));
        NlpPipeline plain = (t, p) -> List.of();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.sentences("Hello", parts, () -> true))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void anEditedParagraphsUnchangedSentencesTakeTheirTokensFromItsLastVersionAndEqualFreshTagging() {
        String base = "Intro line.\nThe mayor said on Monday that the U.K. would help. Prices rose 5% in May."
                + " Dr. Smith disagreed, officials said.\nClosing line.";
        java.util.Random random = new java.util.Random(11);
        String alphabet = "ab .,'\"-\nSM";
        CachingPipeline cached = new CachingPipeline(OpenNlpPipeline.shared(), 16);
        String text = base;
        int reusedWords = 0;
        List<List<Sentence>> previous = null;
        java.util.Set<String> previousTexts = new java.util.HashSet<>();
        for (int edit = 0; edit < 60; edit++) {
            List<TextRange> parts = lines(text);
            List<List<Sentence>> answer = cached.sentences(text, parts, () -> false);
            String now = text;
            List<List<Sentence>> fresh = parts.stream()
                    .map(p -> OpenNlpPipeline.shared().sentences(now, p))
                    .toList();
            assertThat(answer).as(text).isEqualTo(fresh);
            if (previous != null) {
                java.util.Set<String> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                previous.forEach(p -> p.forEach(s -> s.tokens().forEach(t -> before.add(t.text()))));
                for (int k = 0; k < parts.size(); k++) {
                    if (previousTexts.contains(parts.get(k).of(text))) {
                        continue; // not edited: answered from the cache
                    }
                    for (Sentence s : answer.get(k)) {
                        if (!s.tokens().isEmpty()
                                && before.contains(s.tokens().get(0).text())) {
                            reusedWords++; // a fresh tagging makes new strings
                        }
                    }
                }
            }
            previous = answer;
            previousTexts.clear();
            for (TextRange p : parts) {
                previousTexts.add(p.of(text));
            }
            int at = random.nextInt(text.length() + 1);
            text = random.nextInt(3) == 0 && at < text.length()
                    ? text.substring(0, at) + text.substring(at + 1)
                    : text.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + text.substring(at);
        }
        // sentences of edited paragraphs kept their very strings (taken over from the last version, not tagged again)
        assertThat(reusedWords).isGreaterThan(20);
    }

    private static List<TextRange> lines(String text) {
        List<TextRange> parts = new java.util.ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end > start) {
                parts.add(new TextRange(start, end));
            }
            start = end + 1;
        }
        return parts;
    }

    @Test
    void theBatchCallAnswersAnUnmovedPartWithTheSameSentencesEvenWhenTheDocumentHoldsItTwice() {
        String twice = "Sources said the U.K. is ready.";
        String[] versions = {
            "Opening line.\n" + twice + "\nMiddle.\n" + twice + "\nEnd.",
            "Opening line.\n" + twice + "\nMiddle, edited.\n" + twice + "\nEnd.",
            "Opening line, edited.\n" + twice + "\nMiddle, edited.\n" + twice + "\nEnd.",
            "Opening line, edited.\n" + twice + "\nMiddle, edited.\n" + twice + "\nEnd, edited.",
        };
        CachingPipeline cached = new CachingPipeline(OpenNlpPipeline.shared(), 16);
        List<List<Sentence>> previous = null;
        List<TextRange> previousParts = null;
        int unmovedCopies = 0;
        for (String text : versions) {
            List<TextRange> parts = new java.util.ArrayList<>();
            for (int start = 0; start < text.length(); ) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                parts.add(new TextRange(start, end));
                start = end + 1;
            }
            List<List<Sentence>> answer = cached.sentences(text, parts, () -> false);
            List<List<Sentence>> fresh = parts.stream()
                    .map(p -> OpenNlpPipeline.shared().sentences(text, p))
                    .toList();
            assertThat(answer).as(text).isEqualTo(fresh);
            if (previous != null) {
                for (int k = 1; k < parts.size(); k += 2) { // the two copies of the repeated paragraph
                    if (parts.get(k).equals(previousParts.get(k))) {
                        // where it did not move: the very same objects, although the map remembers one place for it
                        assertThat(answer.get(k)).as("%s, part %d", text, k).isSameAs(previous.get(k));
                        unmovedCopies++;
                    }
                }
            }
            previous = answer;
            previousParts = parts;
        }
        assertThat(unmovedCopies).as("first copy once, both copies last").isEqualTo(3);
    }
}
