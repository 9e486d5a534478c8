package org.newslint.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed sourcing labels (data/sourcing/train) are whole: every unit has exactly one label of
 * the guideline's four, units are numbered in order with increasing, non-overlapping offsets, and
 * every doubly labelled article has a first label set too. The texts are not needed.
 */
class SourcingLabelSetTest {
    private static final Path DIR = Path.of("data/sourcing/train");

    private static List<String[]> rows(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).as(file.toString()).startsWith("n\t");
        return lines.subList(1, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1))
                .toList();
    }

    @Test
    void everyUnitHasOneLabelOfTheGuideline() throws Exception {
        List<Path> unitFiles;
        try (Stream<Path> s = Files.list(DIR.resolve("units"))) {
            unitFiles = s.sorted().toList();
        }
        assertThat(unitFiles).hasSizeGreaterThanOrEqualTo(120);
        for (Path unitFile : unitFiles) {
            List<String[]> units = rows(unitFile);
            List<String[]> labels = rows(DIR.resolve("labels").resolve(unitFile.getFileName()));
            assertThat(labels).as(unitFile.toString()).hasSameSizeAs(units);
            int lastEnd = 0;
            for (int i = 0; i < units.size(); i++) {
                String[] u = units.get(i);
                assertThat(u).as(unitFile + " row " + (i + 1)).hasSize(4);
                assertThat(Integer.parseInt(u[0])).isEqualTo(i + 1);
                int start = Integer.parseInt(u[2]);
                int end = Integer.parseInt(u[3]);
                assertThat(start).isGreaterThanOrEqualTo(lastEnd).isLessThan(end);
                lastEnd = end;
                assertThat(Integer.parseInt(labels.get(i)[0])).isEqualTo(i + 1);
                assertThat(labels.get(i)[1]).as(unitFile + " unit " + (i + 1)).isIn("S", "K", "A", "N");
            }
        }
    }

    @Test
    void theDoublyLabelledSampleMatchesTheFirstLabels() throws Exception {
        try (Stream<Path> s = Files.list(DIR.resolve("labels-second"))) {
            for (Path second : s.toList()) {
                assertThat(rows(second))
                        .hasSameSizeAs(rows(DIR.resolve("labels").resolve(second.getFileName())));
            }
        }
    }
}
