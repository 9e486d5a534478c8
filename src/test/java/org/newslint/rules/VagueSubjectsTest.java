package org.newslint.rules;

import static org.newslint.rules.WeaselFixtures.check;
import static org.newslint.rules.WeaselFixtures.checkTagged;

import org.junit.jupiter.api.Test;
import org.newslint.rules.WeaselWording.Kind;

/**
 * Vague subjects on tokens, marked {@code ^^^ group} from the subject to its verb. The group is the
 * word vague-source's message names ("who are the “critics”?" or "which ones?"); the findings do
 * not show it, nor the matches vague-source drops later (quoted, in a heading).
 */
class VagueSubjectsTest {
    private static final VagueSubjects SUBJECTS = WeaselWording.shared().vagueSubjects;

    private static void subjects(String annotated) {
        check(annotated, Kind.VAGUE_SUBJECT, SUBJECTS::find);
    }

    private static void taggedSubjects(String annotated) {
        checkTagged(annotated, Kind.VAGUE_SUBJECT, SUBJECTS::find);
    }

    @Test
    void aQuantifierOrAGroupNounBeforeAVerbOfSayingOrBelieving() {
        subjects("""
                Some argue that the ferry tax will never be collected.
                ^^^^^^^^^^ Some
                Many historians have noted that the mill was older.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^ Many historians
                Critics of the harbour plan say it costs too much.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Critics
                A number of residents complained that the water was brown.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ A number of residents
                Researchers in Tovik believe the glacier is shrinking.
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Researchers
                There are scholars who believe the charter was forged.
                          ^^^^^^^^^^^^^^^^^^^^ scholars
                Contrary to what many in Tovik claim, the pier is safe.
                                 ^^^^^^^^^^^^^^^^^^^ many in Tovik
                The mill burned in 1740, some historians believe.
                                         ^^^^^^^^^^^^^^^^^^^^^^^ some historians""");
    }

    /** The tagger leaves "His" out of the phrase, so the span starts at the group noun. */
    @Test
    void aPossessiveNamesNoOne() {
        subjects("""
                His critics say the mayor is slow.
                    ^^^^^^^^^^^ critics""");
    }

    @Test
    void countedDeterminedNamedOrNotSpeakingGroupsAreNotVagueSubjects() {
        subjects("""
                Many people asking about the ferry were turned away.
                Others are thinking about her.
                The critics said they would appeal.
                These experts say the pier is safe.
                Most of them said the strike would continue.
                Some 40 fishermen say the catch has fallen.
                Experts, including Professor Ilse Marten, warn that the dam is weak.
                In some cases each skipper agrees to the terms.
                Everybody knows the bridge is unsafe.
                The pier was never regarded as safe by fishermen.""");
    }

    /** A word tagged as a noun is a verb before "that"; the verb is known by its lemma candidates. */
    @Test
    void theVerbIsReadFromItsTagItsLemmasAndWhatFollows() {
        taggedSubjects("""
                Critics/NOUN claim/NOUN that/SCONJ the/DET pier/NOUN is/AUX:be unsafe/ADJ
                ^^^^^^^^^^^^^^^^^^ Critics
                Critics/NOUN claim/NOUN victory/NOUN
                Some/PRON say/VERB:say the/DET pier/NOUN is/AUX:be unsafe/ADJ
                ^^^^^^^^^^^^^ Some
                Some/DET argues/VERB:argue
                ^^^^^^^^^^^^^^^ Some
                Some/DET argues/VERB
                Scholars/NOUN have/AUX:have suggested/VERB:suggest an/DET earlier/ADJ date/NOUN
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Scholars
                Some/DET scholars/NOUN were/AUX:be believed/VERB:believe""");
    }

    @Test
    void theSubjectPhraseStopsAtANewClauseAndSkipsWho() {
        taggedSubjects("""
                The/DET verdict/NOUN startled/VERB many/ADJ who/PRON thought/VERB:think it/PRON fair/ADJ
                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^ many
                The/DET old/ADJ traditions/NOUN and/CCONJ some/DET suggest/VERB:suggest otherwise/ADV
                                                          ^^^^^^^^^^^^^^^^ some
                The/DET old/ADJ traditions/NOUN and/CCONJ scholars/NOUN suggest/VERB:suggest otherwise/ADV
                In/ADP some/DET cases/NOUN each/DET skipper/NOUN agrees/VERB:agree
                Many/ADJ people/NOUN Oda/PROPN met/VERB:meet agreed/VERB:agree""");
    }

    /** Only a participle right after its subject is one; with an adverb between, it counts as a verb. */
    @Test
    void participlesAndThinkingAboutAreNotViews() {
        taggedSubjects("""
                Many/ADJ people/NOUN believing/VERB:believe it/PRON
                Many/ADJ people/NOUN now/ADV believing/VERB:believe it/PRON
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Many people
                Others/NOUN are/AUX:be thinking/VERB:think about/ADP her/PRON
                Others/NOUN think/VERB:think about/ADP her/PRON""");
    }

    /**
     * A proper noun before the group determines it, a possessive does not; "other" alone is no group,
     * but only when written lower-case ("Other say" passes: the comparison is on the text as written).
     */
    @Test
    void determinersNumbersNamesAndBareOther() {
        taggedSubjects("""
                Critics/NOUN say/VERB:say ,/PUNCT among/ADP them/PRON Senator/PROPN Jane/PROPN Doe/PROPN
                Tovik/PROPN historians/NOUN believe/VERB:believe it/PRON
                Tovik/PROPN 's/PART historians/NOUN believe/VERB:believe it/PRON
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ historians
                Some/DET 40/NUM fishermen/NOUN say/VERB:say so/ADV
                Several/ADJ times/NOUN threatened/VERB:threaten
                other/ADJ say/VERB:say so/ADV
                Other/ADJ say/VERB:say so/ADV
                ^^^^^^^^^^^^^ Other
                Other/ADJ fishermen/NOUN say/VERB:say so/ADV
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Other fishermen""");
    }
}
