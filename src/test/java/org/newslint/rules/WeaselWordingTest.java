package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;

/**
 * The facade the two rules share: every family's match in a sentence, ordered, at most one per
 * kind ({@code ^^^ KIND word}), including the ones vague-source drops later (quoted, sourced by
 * someone else); and the judgement of the Attributor's sources ({@code ^^^ vague|not vague cue}).
 */
class WeaselWordingTest {
    private static final WeaselWording WEASELS = WeaselWording.shared();

    private static void matches(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<String> actual = new ArrayList<>();
        for (List<org.newslint.nlp.Token> toks : WeaselFixtures.sentences(f.text())) {
            for (WeaselWording.Match m : WEASELS.find(toks)) {
                actual.add(f.describe(
                        m.kind() + " " + m.word(), m.range().start(), m.range().end()));
            }
        }
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    /** Each attribution with a source, from source to cue, judged by {@link WeaselWording#isVagueSource}. */
    private static void attributedSources(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        ArticleAnalysis a = Fixtures.analyze(f.text());
        List<String> actual = new ArrayList<>();
        for (SentenceInfo s : a.sentences()) {
            for (Attribution at : s.attributions()) {
                if (at.source() == null) {
                    continue;
                }
                boolean vague = WEASELS.isVagueSource(
                        s.sentence().tokens(),
                        at.source().range(),
                        at.cue().range(),
                        at.cue().lemma());
                int start =
                        Math.min(at.source().range().start(), at.cue().range().start());
                int end = Math.max(at.source().range().end(), at.cue().range().end());
                actual.add(
                        f.describe((vague ? "vague " : "not vague ") + at.cue().lemma(), start, end));
            }
        }
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    @Test
    void oneMatchPerKindInTextOrder() {
        matches("""
                Critics say the ferry is reportedly unsafe.
                ^^^^^^^^^^^ VAGUE_SUBJECT Critics
                                         ^^^^^^^^^^ ATTRIBUTION_ADVERB reportedly
                The ferry is reportedly unsafe, critics say.
                             ^^^^^^^^^^ ATTRIBUTION_ADVERB reportedly
                                                ^^^^^^^^^^^ VAGUE_SUBJECT critics
                Some say the pier is widely regarded as unsafe, and studies show it.
                ^^^^^^^^ VAGUE_SUBJECT Some
                                  ^^^^^^^^^^^^^^^^^^^^^ AGENTLESS_PASSIVE regarded
                                                                    ^^^^^^^^^^^^ VAGUE_REFERENCE studies
                Critics say the pier is unsafe and experts argue it will fall.
                ^^^^^^^^^^^ VAGUE_SUBJECT Critics
                The ferry left at noon.""");
    }

    /** vague-source drops both of these (a quoted speaker's words; a hedge two sources own): find does not. */
    @Test
    void matchesTheRuleDropsLater() {
        matches("""
                "Some people say the ferry is late," Oda Lunde said.
                 ^^^^^^^^^^^^^^^ VAGUE_SUBJECT Some people
                The ferry is expected to return on Friday, two harbour sources said.
                          ^^^^^^^^^^^^^^ AGENTLESS_PASSIVE expected""");
    }

    /**
     * A vague group or an uncited reference with a verb of saying, believing or showing, or
     * "according to"; not with "about" after the cue, a number, a determiner or a named member.
     */
    @Test
    void theAttributorsSourcesJudgedByTheSameTests() {
        attributedSources("""
                Some residents told the council that the water was brown.
                ^^^^^^^^^^^^^^^^^^^ vague tell
                Experts told the council about the water.
                ^^^^^^^^^^^^ vague tell
                Some scientists think about the glacier every day.
                ^^^^^^^^^^^^^^^^^^^^^ not vague think
                Two officials told the council that the water was brown.
                ^^^^^^^^^^^^^^^^^^ not vague tell
                The mill burned in 1740, historians believe.
                                         ^^^^^^^^^^^^^^^^^^ vague believe
                Research found that the ferry was safe.
                ^^^^^^^^^^^^^^ vague find
                The research found that the ferry was safe.
                ^^^^^^^^^^^^^^^^^^ not vague find
                Three studies found that the ferry was safe.
                ^^^^^^^^^^^^^^^^^^^ not vague find
                According to some historians, the mill burned in 1740.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague accord to
                According to the harbourmaster, the mill burned in 1740.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ not vague accord to
                Critics, including Oda Lunde, told the council that the fare was too high.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ not vague tell
                Residents told the council that the water was brown.
                ^^^^^^^^^^^^^^ not vague tell
                Experts wrote that the water was brown.
                ^^^^^^^^^^^^^ not vague write""");
    }

    @Test
    void noSourceTokensOrNoCueLemmaIsNotVague() {
        var toks = WeaselFixtures.tagged("Experts/NOUN say/VERB:say so/ADV").get(0);
        var experts = toks.get(0).range();
        var say = toks.get(1).range();
        assertThat(WEASELS.isVagueSource(toks, experts, say, "say")).isTrue();
        assertThat(WEASELS.isVagueSource(toks, experts, say, "SAY")).isTrue();
        assertThat(WEASELS.isVagueSource(toks, experts, say, null)).isFalse();
        assertThat(WEASELS.isVagueSource(toks, new org.newslint.text.TextRange(100, 110), say, "say"))
                .isFalse();
    }

    /** The quantifiers vague-source asks "which ones?" of rather than "who are the …?". */
    @Test
    void quantifiersForTheMessage() {
        assertThat(List.of(
                        "Some", "many", "MOST", "others", "several", "Few", "a few", "A Few", "other", "certain",
                        "critics"))
                .filteredOn(WeaselWording::isQuantifier)
                .containsExactly("Some", "many", "MOST", "others", "several", "Few", "a few", "A Few");
    }

    @Test
    void theLexiconLoadsEveryCategory() {
        WeaselLexicon lex = new WeaselLexicon();
        assertThat(lex.quantifiers.get(0)).containsExactly("a", "growing", "number", "of");
        assertThat(lex.quantifiers).isSortedAccordingTo((a, b) -> b.size() - a.size());
        assertThat(lex.verbs).contains("say", "believe", "date");
        assertThat(lex.groups).contains("critics", "everybody").doesNotContain("officials");
        assertThat(lex.notGroups).contains("times", "cases");
        assertThat(lex.references).containsEntry("studies", "Which studies? Cite them.");
        assertThat(lex.referenceVerbs).contains("show", "have");
        assertThat(lex.adverbs).containsEntry("reportedly", "Reported by whom? Name the source.");
        assertThat(lex.phraseQuestions).containsEntry("according to some", "According to whom? Name the source.");
        assertThat(lex.phrases).contains(List.of("has", "it", "that"));
        assertThat(lex.participleFrames.get("believed")).containsExactlyInAnyOrder("it", "to", "clause", "adverb");
        assertThat(lex.participleQuestions)
                .containsEntry("known", "Who knows this?")
                .doesNotContainKey("believed");
        assertThat(lex.vaguenessAdverbs).contains("widely", "generally").doesNotContain("reportedly");
    }
}
