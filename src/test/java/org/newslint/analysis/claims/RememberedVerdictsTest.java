package org.newslint.analysis.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Settings;
import org.newslint.text.Document;

/**
 * What an editor's analyses remember of each sentence's verdict ({@code SentenceVerdicts.decide(…, remember)})
 * never gives a sentence another sentence's answer: the same words in another situation — quoted or not,
 * a heading's paragraph or a body's — get what a fresh analysis gives them, whatever was analysed before.
 */
class RememberedVerdictsTest {
    /** The same middle sentence inside a quotation (a quotation: no claim) and outside one (a figure). */
    private static final String QUOTED =
            "“The plan failed. The council spent $4 million on the bridge and nothing changed. We are angry,” Berg said.";

    private static final String UNQUOTED =
            "The plan failed. The council spent $4 million on the bridge and nothing changed. We are angry, Berg said.";

    private static final String FOLLOW = "Officials said the bridge would open in May. Work began in 2019.";

    private final Analyzer remembering = Analyzer.Config.builder().analyzer();
    private final Analyzer fresh = Analyzer.Config.builder().freshTagging().analyzer();

    private List<SentenceInfo> check(int version, String text) {
        Document d = Document.of(text).withText(version, text);
        ArticleAnalysis expected = fresh.analyze(d, Settings.defaults());
        ArticleAnalysis actual = remembering.analyze(d, Settings.defaults());
        // record equality compares the probabilities as doubles, bit for bit
        assertThat(actual.sentences()).isEqualTo(expected.sentences());
        return actual.sentences();
    }

    private static SentenceInfo sentenceWith(List<SentenceInfo> sentences, String text, String words) {
        return sentences.stream()
                .filter(s -> s.range().of(text).contains(words))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSameWordsQuotedOrNotGetTheirOwnVerdict() {
        String quoted = QUOTED + "\n\n" + FOLLOW;
        String unquoted = UNQUOTED + "\n\n" + FOLLOW;
        List<SentenceInfo> inQuotes = check(1, quoted);
        List<SentenceInfo> outside = check(2, unquoted);
        // the test is about something: the middle sentence's words are the same, its verdicts differ
        SentenceInfo a = sentenceWith(inQuotes, quoted, "council spent");
        SentenceInfo b = sentenceWith(outside, unquoted, "council spent");
        assertThat(a.sentence().tokens().stream().map(t -> t.text()).toList())
                .isEqualTo(b.sentence().tokens().stream().map(t -> t.text()).toList());
        assertThat(a.nonClaimReason()).isEqualTo(NonClaimReason.QUOTATION);
        assertThat(b.claim()).isTrue();
        // back and forth: each answer is found again by the same objects or by the words, never swapped
        check(3, quoted);
        check(4, unquoted);
        check(5, unquoted + "\n\n" + quoted);
        check(6, quoted);
    }

    @Test
    void aHeadingsWordsInABodyParagraphAreJudgedAsABodys() {
        String heading = "Council Spends $4 Million On Bridge\n\nThe council spent $4 million on the bridge.";
        String body = "The council said on Monday.\n\nCouncil Spends $4 Million On Bridge and more was said.";
        check(1, heading);
        check(2, body);
        check(3, heading + "\n\n" + body);
        check(4, heading);
    }
}
