package org.newslint.analysis.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A time expression ("on Saturday", "last week", "less than two weeks ago", "at the time") or a
 * place is never the source of a cue: the source is the subject on the other side of it, or none.
 * Every cue is marked {@code ^^^ cue LEMMA} and its source {@code ^^^ source of LEMMA}.
 */
class TimesAndPlacesTest {
    private static void checkSources(String annotated) {
        AttributionStage stage = AttributionStage.of(annotated);
        assertThat(stage.cueMarks()).containsExactlyInAnyOrderElementsOf(stage.fixture.expected());
    }

    @Test
    void aTimeBetweenTheSubjectAndItsVerbIsSkipped() {
        checkSources("""
                The Harbor Authority less than two weeks ago said for the first time that the pier was unsafe.
                ^^^^^^^^^^^^^^^^^^^^ source of say = Harbor Authority
                                                             ^^^^ cue say""");
        checkSources("""
                Councillor Jon Pell last week said the town owned no flooded land.
                ^^^^^^^^^^^^^^^^^^^ source of say = Jon Pell
                                              ^^^^ cue say""");
        checkSources("""
                Ana Rist at the time said the fees would stay.
                ^^^^^^^^ source of say = Ana Rist
                                     ^^^^ cue say""");
        checkSources("""
                Ana Rist later Thursday told reporters that the fees would stay.
                ^^^^^^^^ source of tell reporters = Ana Rist
                                        ^^^^^^^^^^^^^^ cue tell reporters""");
    }

    @Test
    void aTimeBeforeACoordinatedOrParticipleVerbIsSkipped() {
        checkSources("""
                Senator Mara Quill on Wednesday met the judges and said the court was too slow.
                ^^^^^^^^^^^^^^^^^^ source of say = Mara Quill
                                                                   ^^^^ cue say""");
        checkSources("""
                Senator Mara Quill, who has feuded with the council this week, on Friday criticized the budget, saying it was too small.
                ^^^^^^^^^^^^^^^^^^ source of say = Mara Quill
                ^^^^^^^^^^^^^^^^^^ source of criticize = Mara Quill
                                                                                         ^^^^^^^^^^ cue criticize
                                                                                                                ^^^^^^ cue say""");
    }

    @Test
    void aTimeAfterTheVerbIsNoSource() {
        checkSources("""
                Asked Tuesday about the dam, Mara Quill said she knew nothing.
                                             ^^^^^^^^^^ source of say = Mara Quill
                                                        ^^^^ cue say
                ^^^^^ cue ask, no source""");
    }

    @Test
    void aPlaceInAnAppositiveIsSkippedForThePersonBeforeIt() {
        checkSources("""
                Cory Vance, 22, of Lyndale, Ohio, said he had not given up hope.
                ^^^^^^^^^^ source of say = Cory Vance
                                                  ^^^^ cue say""");
    }
}
