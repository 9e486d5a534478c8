package org.newslint.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Severity;
import org.newslint.rules.UnattributedClaim;
import org.newslint.text.TextRange;
import org.newslint.tools.eval.SourcingLabels;

/** The sourcing score of GUIDELINES.md: half the non-blank characters, by severity, of one rule only. */
class EvalSourcingTest {
    private static final String TEXT = "Prices rose 5%.  Aides  said so.";
    private static final TextRange FIRST = new TextRange(0, 15);

    private static Finding finding(String rule, Severity severity, int start, int end) {
        return new Finding(rule, severity, new TextRange(start, end), "m");
    }

    @Test
    void aUnitIsFlaggedWhenFindingsCoverHalfItsNonBlankCharacters() {
        // "Prices rose 5%." has 13 non-blank characters; "Prices rose" covers 10 of them, "Prices" 6
        assertThat(EvalSourcing.flagged(
                        TEXT,
                        FIRST,
                        List.of(finding(UnattributedClaim.ID, Severity.WARNING, 0, 11)),
                        Severity.WARNING,
                        true))
                .isTrue();
        assertThat(EvalSourcing.flagged(
                        TEXT,
                        FIRST,
                        List.of(finding(UnattributedClaim.ID, Severity.WARNING, 0, 6)),
                        Severity.WARNING,
                        true))
                .isFalse();
    }

    @Test
    void severityAndRuleDecideWhatCounts() {
        List<Finding> hint = List.of(finding(UnattributedClaim.ID, Severity.HINT, 0, 15));
        assertThat(EvalSourcing.flagged(TEXT, FIRST, hint, Severity.WARNING, true))
                .isFalse();
        assertThat(EvalSourcing.flagged(TEXT, FIRST, hint, Severity.HINT, true)).isTrue();
        List<Finding> otherRule = List.of(finding("vague-source", Severity.WARNING, 0, 15));
        assertThat(EvalSourcing.flagged(TEXT, FIRST, otherRule, Severity.HINT, true))
                .isFalse();
        assertThat(EvalSourcing.flagged(TEXT, FIRST, otherRule, Severity.HINT, false))
                .isTrue();
    }

    @Test
    void labelsAreReadWithCodePointOffsetsAndNotes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("units"));
        Files.createDirectories(dir.resolve("labels"));
        Files.createDirectories(dir.resolve("text"));
        // an astral character before the second sentence: code point 4 is UTF-16 offset 5
        Files.writeString(dir.resolve("text/doc.txt"), "\uD83D\uDE00 A. B.");
        Files.writeString(dir.resolve("units/doc.tsv"), "n\tparagraph\tstart\tend\n1\t1\t2\t4\n2\t1\t5\t7\n");
        Files.writeString(dir.resolve("labels/doc.tsv"), "n\tlabel\tnote\n1\tS\tfigure\n2\tN\n");
        SourcingLabels.Doc doc = SourcingLabels.read(dir, null).get(0);
        assertThat(doc.units()).hasSize(2);
        assertThat(doc.units().get(0).range().of(doc.text())).isEqualTo("A.");
        assertThat(doc.units().get(0).label()).isEqualTo(SourcingLabels.Label.S);
        assertThat(doc.units().get(0).note()).isEqualTo("figure");
        assertThat(doc.units().get(1).range().of(doc.text())).isEqualTo("B.");
        assertThat(doc.units().get(1).note()).isEmpty();
    }

    @Test
    void kappaIsOneForPerfectAgreementAndZeroAtChance() {
        List<String[]> perfect = List.of(new String[] {"S", "S"}, new String[] {"A", "A"});
        assertThat(EvalSourcingAgreement.kappa(perfect)).containsExactly(1.0, 1.0);
        // both annotators say S half the time, independently: agreement 0.5, kappa 0
        List<String[]> chance = List.of(
                new String[] {"S", "S"}, new String[] {"S", "A"}, new String[] {"A", "S"}, new String[] {"A", "A"});
        assertThat(EvalSourcingAgreement.kappa(chance)).containsExactly(0.5, 0.0);
    }
}
