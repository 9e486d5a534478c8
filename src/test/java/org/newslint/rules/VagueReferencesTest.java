package org.newslint.rules;

import static org.newslint.rules.WeaselFixtures.check;
import static org.newslint.rules.WeaselFixtures.checkTagged;

import org.junit.jupiter.api.Test;
import org.newslint.rules.WeaselWording.Kind;

/**
 * Vague references on tokens, marked {@code ^^^ word | question}: a reference noun as the subject
 * of a verb of showing (the word is the head noun as written), else a fixed phrase (the word is
 * the phrase in lower case); "according to some" grows over the adjectives and nouns after it.
 */
class VagueReferencesTest {
    private static final VagueReferences REFERENCES = WeaselWording.shared().vagueReferences;

    private static void references(String annotated) {
        check(annotated, Kind.VAGUE_REFERENCE, REFERENCES::find);
    }

    private static void taggedReferences(String annotated) {
        checkTagged(annotated, Kind.VAGUE_REFERENCE, REFERENCES::find);
    }

    @Test
    void uncitedEvidenceAsTheSubject() {
        references("""
                Research shows that ferries are safe.
                ^^^^^^^^^^^^^^ Research | Which research? Cite it.
                Studies have shown that the drug lowers blood pressure.
                ^^^^^^^^^^^^^^^^^^ Studies | Which studies? Cite them.
                Polls suggest the mayor will lose.
                ^^^^^^^^^^^^^ Polls | Which polls? Cite them.
                Rumours say the mayor will resign.
                ^^^^^^^^^^^ Rumours | Rumoured by whom? Name the source.
                Legend has it that the well never runs dry.
                ^^^^^^^^^^^^^ Legend | Whose legend? Name the source.
                Studies in mice show that the drug works.
                ^^^^^^^^^^^^^^^^^^^^ Studies | Which studies? Cite them.
                Many studies show that the drug works.
                ^^^^^^^^^^^^^^^^^ studies | Which studies? Cite them.""");
    }

    @Test
    void fixedPhrases() {
        references("""
                It is common knowledge that the pier is unsafe.
                ^^^^^^^^^^^^^^^^^^^^^^ it is common knowledge | Known by whom? Name the source.
                According to legend, the well never runs dry.
                ^^^^^^^^^^^^^^^^^^^ according to legend | Whose legend? Name the source.
                Contrary to common belief, the pier is safe.
                ^^^^^^^^^^^^^^^^^^^^^^^^^ contrary to common belief | Whose belief? Name the source.
                The water was brown, according to many local experts.
                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ according to many | According to whom? Name the source.
                According to some, the pier is unsafe.
                ^^^^^^^^^^^^^^^^^ according to some | According to whom? Name the source.""");
    }

    /** "studies show" after the claim is tagged a noun before a full stop, so nothing matches it. */
    @Test
    void citedCountedOrDeterminedEvidenceIsNotVague() {
        references("""
                Research by Oda Lunde shows that ferries are safe.
                The survey shows that ferries are safe.
                Three surveys show that ferries are safe.
                The mill burned in 1740, studies show.
                Legend had a different ending.""");
    }

    @Test
    void theSubjectReadingOnTags() {
        taggedReferences("""
                Legend/NOUN claims/NOUN:claim that/SCONJ the/DET well/NOUN is/AUX:be dry/ADJ
                ^^^^^^^^^^^^^^^^^^ Legend | Whose legend? Name the source.
                Legend/NOUN claims/NOUN that/SCONJ the/DET well/NOUN is/AUX:be dry/ADJ
                Legend/VERB claims/VERB:claim the/DET well/NOUN is/AUX:be dry/ADJ
                ^^^^^^^^^^^^^^^^^^ Legend | Whose legend? Name the source.
                Legend/NOUN has/AUX:have it/PRON that/SCONJ the/DET well/NOUN is/AUX:be dry/ADJ
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^ Legend | Whose legend? Name the source.
                Legend/NOUN has/VERB:have a/DET different/ADJ ending/NOUN""");
    }

    /**
     * A determiner before the head, a number, or a proper noun after the first word make the
     * evidence someone's; a proper noun first ("Lund studies") does not.
     */
    @Test
    void whatMakesEvidenceCited() {
        taggedReferences("""
                Studies/NOUN show/VERB:show it/PRON
                ^^^^^^^^^^^^^^^^^ Studies | Which studies? Cite them.
                Some/DET studies/NOUN show/VERB:show it/PRON
                ^^^^^^^^^^^^^^^^^^^^^^^^^^ studies | Which studies? Cite them.
                The/DET studies/NOUN show/VERB:show it/PRON
                These/DET studies/NOUN show/VERB:show it/PRON
                Lund/PROPN studies/NOUN show/VERB:show it/PRON
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ studies | Which studies? Cite them.
                Studies/NOUN by/ADP Oda/PROPN Lunde/PROPN show/VERB:show it/PRON
                Two/NUM studies/NOUN show/VERB:show it/PRON
                Studies/NOUN of/ADP rats/NOUN show/VERB:show it/PRON
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Studies | Which studies? Cite them.""");
    }

    @Test
    void phrasesOnTags() {
        taggedReferences("""
                according/VERB:accord to/ADP some/DET local/ADJ experts/NOUN ,/PUNCT it/PRON is/AUX:be
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ according to some | According to whom? Name the source.
                according/VERB:accord to/ADP some/DET ,/PUNCT it/PRON is/AUX:be
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ according to some | According to whom? Name the source.
                Some/DET say/VERB:say it/PRON
                ^^^^^^^^^^^^ some say | Who says this? Name the source.""");
    }
}
