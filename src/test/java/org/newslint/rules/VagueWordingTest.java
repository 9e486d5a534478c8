package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newslint.rules.RuleFixtures.checkMessages;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.Severity;
import org.newslint.nlp.Token;
import org.newslint.testing.CaretFixture;
import org.newslint.testing.Fixtures;

/**
 * vague-wording over caret fixtures: the vague words a writer owns, the ones a named source or a
 * vague-source finding takes over, and what each kind says ({@code ^^^ SEVERITY message}).
 */
class VagueWordingTest {
    private static void check(String annotated) {
        Fixtures.checkFindings(annotated, VagueWording.ID);
    }

    /** {@link VagueWording#find} alone on hand-tagged tokens, marked {@code ^^^ KIND}. */
    private static void taggedMatches(String annotated) {
        CaretFixture f = CaretFixture.parse(annotated);
        List<String> actual = new ArrayList<>();
        for (List<Token> toks : WeaselFixtures.tagged(f.text())) {
            for (VagueWording.Match m : VagueWording.find(toks)) {
                actual.add(
                        f.describe(m.kind().name(), m.range().start(), m.range().end()));
            }
        }
        assertThat(actual).containsExactlyElementsOf(f.expected());
    }

    @Test
    void quantitiesSuperlativesHedgesGeneralisationsImpressionsAndViews() {
        check("""
                Several boats sank in the storm.
                ^^^^^^^ vague-wording
                A number of boats sank in the storm.
                ^^^^^^^^^^^ vague-wording
                Most boats are old and the most famous boat is older.
                ^^^^ vague-wording
                                       ^^^^^^^^^^^^^^^ vague-wording
                The ferry will probably be late.
                               ^^^^^^^^ vague-wording
                The ferry is apparently late.
                             ^^^^^^^^^^ vague-wording
                Ferries are generally late.
                            ^^^^^^^^^ vague-wording
                The ferry appears to be late.
                          ^^^^^^^ vague-wording
                Fishers assumed the ferry was lost.
                        ^^^^^^^ vague-wording
                Certain boats are unsafe.
                ^^^^^^^ vague-wording
                Ferries are usually late.""");
    }

    /** Figures, counts, questions of quantity, "certain" as "sure", the month, idioms, and what is allowed. */
    @Test
    void wordsThatAreNotVagueHere() {
        check("""
                Some 12 ferries and many of the 40 boats were late.
                It is certain that the ferry was late.
                In May the ferry was late.
                The ferry may be used by cyclists.
                The ferry could be delayed.
                For the most part the ferry was late.
                The ferry was at most an hour late.
                The ferry sank some time ago.""");
    }

    /**
     * A named speaker (or a reporting cue with any non-vague source: "The story claimed") owns the
     * hedges; a vague-source match asks the one question; quotes, questions and headings are skipped.
     * "I think" is an opinion, not a first-person answer, so its hedge stays the writer's.
     */
    @Test
    void hedgesSomeoneElseOwns() {
        check("""
                Oda Lunde said many ferries may be late.
                The story claimed that many ferries may be late.
                Experts say the ferry may be late.
                It is widely believed that many ferries are late.
                The ferry was seen as a lifeline.
                "Many ferries may be late," Oda Lunde said.
                Will many ferries be late?
                Many Ferries Late Again
                We may never know why the ferry sank.
                I think the ferry may be late.
                                  ^^^ vague-wording""");
    }

    @Test
    void messagesByKind() {
        checkMessages(VagueWording.ID, """
                Several boats sank in the storm.
                ^^^^^^^ HINT Vague quantity (“Several”): how many? Give the figure, or who counted.
                The ferry is the most expensive in the country.
                             ^^^^^^^^^^^^^^^^^^ HINT Superlative with no source (“the most expensive”): by what measure, and who says so?
                The ferry may be late.
                          ^^^ HINT Hedge (“may”): who thinks so, and on what evidence? Attribute it or state what is known.
                The ferry is largely empty in winter.
                             ^^^^^^^ HINT Generalisation (“largely”): over what, and by whose count? Give the evidence or the source.
                The ferry seems late.
                          ^^^^^ HINT Impression (“seems”): to whom? Attribute it or state what is known.
                The estimated cost of the new ferry is high.
                    ^^^^^^^^^ HINT A view held by no one named (“estimated”): whose view? Name who holds it.""");
    }

    /** "most" before any adverb reads as a superlative, even as an intensifier. */
    @Test
    void mostBeforeAnAdverb() {
        checkMessages(VagueWording.ID, """
                The ferry has most certainly sunk.
                              ^^^^^^^^^^^^^^ HINT Superlative with no source (“most certainly”): by what measure, and who says so?""");
    }

    @Test
    void theMatcherOnTags() {
        taggedMatches("""
                May/AUX the/DET ferry/NOUN sail/VERB:sail
                ^^^ HEDGE
                in/ADP May/PROPN
                the/DET ferry/NOUN sails/VERB:sail in/ADP May/AUX
                may/PROPN
                may/AUX be/AUX:be used/VERB:use
                may/AUX be/AUX:be considered/VERB:consider
                ^^^ HEDGE
                                  ^^^^^^^^^^ BELIEF
                it/PRON appears/VERB:appear
                        ^^^^^^^ SEEMING
                the/DET appears/NOUN:appear
                the/DET most/ADJ famous/ADJ boat/NOUN
                ^^^^^^^^^^^^^^^^^^^^^^^ SUPERLATIVE
                most/ADJ boats/NOUN
                ^^^^ QUANTITY
                how/ADV many/ADJ
                some/DET 12/NUM
                some/DET of/ADP the/DET twelve/NUM
                certain/ADJ boats/NOUN
                ^^^^^^^ QUANTITY
                certain/ADJ that/SCONJ
                said/VERB:say to/PART
                ^^^^^^^^^^^^^^^^ BELIEF
                for/ADP the/DET most/ADJ part/NOUN""");
    }

    @Test
    void theRuleIsAHintByDefault() {
        VagueWording rule = new VagueWording();
        assertThat(rule.id()).isEqualTo("vague-wording");
        assertThat(rule.defaultSeverity()).isEqualTo(Severity.HINT);
        assertThat(rule.description())
                .isEqualTo(
                        "Vague wording with no one behind it (\"many\", \"may\", \"is considered\"): give the figure or the source.");
    }
}
