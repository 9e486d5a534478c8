package org.newslint.tools.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GumNerTest {
    // hand-written CoNLL-U in GUM's layout: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
    private static final List<String> CONLLU = List.of(
            "# sent_id = d-1",
            "1\tBiologist\tbiologist\tNOUN\tNN\t_\t4\tnsubj\t_\t_",
            "2\tNick\tNick\tPROPN\tNNP\t_\t1\tflat\t_\t_",
            "3\tBos\tBos\tPROPN\tNNP\t_\t1\tflat\t_\t_",
            "4\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_",
            "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_",
            "6\tUniversity\tUniversity\tPROPN\tNNP\t_\t4\tobj\t_\t_",
            "7\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_",
            "8\tNew\tNew\tADJ\tNNP\t_\t9\tamod\t_\t_",
            "9\tMexico\tMexico\tPROPN\tNNP\t_\t6\tnmod\t_\t_",
            "10\tfor\tfor\tADP\tIN\t_\t12\tcase\t_\t_",
            "11\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\t_",
            "12\tcity\tcity\tNOUN\tNN\t_\t4\tobl\t_\t_",
            "",
            "# sent_id = d-2",
            "1\tPresident\tpresident\tPROPN\tNNP\t_\t2\tcompound\t_\t_",
            "2\tObama\tObama\tPROPN\tNNP\t_\t3\tnsubj\t_\t_",
            "3\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_",
            "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_",
            "5\tAnn\tAnn\tPROPN\tNNP\t_\t3\tobl\t_\t_",
            "6\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_",
            "7\tDAB\tDAB\tPROPN\tNNP\t_\t5\tnmod\t_\t_",
            "8\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_",
            "9\tit\tit\tPRON\tPRP\t_\t5\tconj\t_\t_");

    @Test
    void namesAreTheProperNounRunsOfMentionsWithoutTitlesNestedOnesGivingWay() {
        Map<String, List<GumNer.Tok>> s = GumNer.sentences(CONLLU);
        List<GumNer.Tok> one = s.get("d-1");
        // person "Biologist Nick Bos" (head a common noun, name hung by flat), organization "the
        // University of New Mexico", nested place "New Mexico", place "the city" (not a name)
        assertThat(GumNer.tags(
                        one,
                        List.of(new int[] {1, 3}, new int[] {5, 9}, new int[] {8, 9}, new int[] {11, 12}),
                        List.of("PER", "ORG", "LOC", "LOC")))
                .containsExactly("O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O");
        List<GumNer.Tok> two = s.get("d-2");
        // a title is not part of the name; a person's name has no "of" bridge; a pronoun is no name
        assertThat(GumNer.tags(
                        two,
                        List.of(new int[] {1, 2}, new int[] {5, 7}, new int[] {7, 7}, new int[] {9, 9}),
                        List.of("PER", "PER", "ORG", "PER")))
                .containsExactly("O", "B-PER", "O", "O", "B-PER", "O", "B-ORG", "O", "O");
    }

    @Test
    void gumTypesMapToConllTypes() {
        assertThat(GumNer.type("person")).isEqualTo("PER");
        assertThat(GumNer.type("organization")).isEqualTo("ORG");
        assertThat(GumNer.type("place")).isEqualTo("LOC");
        assertThat(GumNer.type("event")).isEqualTo("MISC");
        assertThat(GumNer.type("time")).isNull();
        assertThat(GumNer.type("quantity")).isNull();
    }
}
