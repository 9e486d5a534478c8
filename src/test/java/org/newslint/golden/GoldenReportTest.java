package org.newslint.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.TextReport;
import org.newslint.rules.Checker;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;

/**
 * Whole-article snapshots: findings with caret underlines, the quote outline and entities. Run with
 * {@code -Dnewslint.updateGolden=true} to rewrite them, then review the change in {@code git diff}.
 */
class GoldenReportTest {
    private static final Path EXPECTED = Path.of("src/test/resources/golden/expected");
    private static final boolean UPDATE = Boolean.getBoolean("newslint.updateGolden");

    @TestFactory
    Stream<DynamicTest> articlesMatchTheirGoldenReports() throws IOException {
        try (Stream<Path> files = Files.list(FixtureExpectationsTest.ARTICLES)) {
            return files.filter(p -> !p.toString().endsWith(".expect.tsv")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    private void check(Path article) throws IOException {
        String name = article.getFileName().toString();
        String text = Files.readString(article, StandardCharsets.UTF_8);
        var analysis = Checker.createDefault()
                .check(
                        new Document(
                                article.toUri().toString(), 0, text, DocumentFormat.fromLanguageIdOrPath(null, name)),
                        Settings.defaults());
        String actual = TextReport.of(analysis);
        Path golden = EXPECTED.resolve(name + ".report.txt");
        assertThat(UPDATE || Files.exists(golden))
                .as("missing golden file %s: run with -Dnewslint.updateGolden=true", golden)
                .isTrue();
        if (UPDATE) {
            Files.createDirectories(EXPECTED);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as("golden report %s (rerun with -Dnewslint.updateGolden=true and review git diff)", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
