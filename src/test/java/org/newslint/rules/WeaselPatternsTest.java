package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Token;
import org.newslint.testing.CaretFixture;
import org.newslint.text.TextRange;

/**
 * The MOS:WEASEL pattern families on the tokens of one sentence, before any rule decides what to
 * report: each match is marked {@code ^^^ KIND} under the words it covers.
 */
class WeaselPatternsTest {
    private static void check(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<Token> tokens = OpenNlpPipeline.shared()
                .sentences(f.text(), new TextRange(0, f.text().length()))
                .get(0)
                .tokens();
        List<String> actual = WeaselWording.shared().find(tokens).stream()
                .map(m ->
                        f.describe(m.kind().name(), m.range().start(), m.range().end()))
                .toList();
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    @Test
    void vagueSubjects() {
        check("""
                Critics say the bridge is unsafe.
                ^^^^^^^^^^^ VAGUE_SUBJECT""");
        check("""
                Some argue that the mill should close.
                ^^^^^^^^^^ VAGUE_SUBJECT""");
    }

    @Test
    void aVagueGroupWithANamedMemberIsNotVague() {
        check("""
                Critics, including Senator Ana Berg, say the bridge is unsafe.""");
    }

    @Test
    void agentlessPassives() {
        check("""
                It is widely believed that the mill will close.
                ^^^^^^^^^^^^^^^^^^^^^ AGENTLESS_PASSIVE""");
    }

    @Test
    void vagueReferences() {
        check("""
                Studies show that the bridge is unsafe.
                ^^^^^^^^^^^^ VAGUE_REFERENCE""");
    }

    @Test
    void attributionAdverbs() {
        check("""
                The mayor reportedly resigned on Monday.
                          ^^^^^^^^^^ ATTRIBUTION_ADVERB""");
    }

    @Test
    void aNamedSourceIsNoWeasel() {
        check("""
                Mayor Ana Berg said the bridge is unsafe.""");
    }

    @Test
    void bareQuantifiers() {
        assertThat(WeaselWording.isQuantifier("Some")).isTrue();
        assertThat(WeaselWording.isQuantifier("several")).isTrue();
        assertThat(WeaselWording.isQuantifier("mayor")).isFalse();
    }
}
