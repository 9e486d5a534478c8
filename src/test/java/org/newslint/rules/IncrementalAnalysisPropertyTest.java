package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Settings;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;

/**
 * The analysis the language server runs on every keystroke (one {@link Checker} for the session,
 * remembering tagged paragraphs) must equal a fresh analysis of the same text, finding for finding,
 * after every edit of a generated sequence on the fixture articles: typing, deleting, pasting
 * sentences and quotations, splitting and joining paragraphs, in plain text and Markdown. 20
 * sequences per run, with a new seed each run (jqwik retries a failing sample first).
 */
class IncrementalAnalysisPropertyTest {
    private static final List<String> ARTICLES = articles();
    private static final List<String> PIECES = List.of(
            "x",
            " ",
            "said",
            "Smith",
            "\"",
            "\u201c",
            ".",
            ", ",
            "\n",
            "\n\n",
            "According to officials, ",
            "the council ",
            "He said the plan would cost $2 billion. ",
            "\"We will not back down,\" said Maria Lopez, a union spokeswoman. ",
            "Critics say the project is over budget. ",
            "Dr. Ann Lee of Harvard University told reporters on Tuesday that ");

    private final Checker incremental = new Checker(Analyzer.Config.builder().analyzer(), Rules.ALL);
    private final Checker fresh =
            new Checker(Analyzer.Config.builder().freshTagging().analyzer(), Rules.ALL);

    /** One generated edit: a place in the text (a fraction), how much to delete there, what to insert. */
    record Edit(double at, int delete, String insert) {}

    @Property(tries = 20)
    void everyEditGivesWhatAFreshAnalysisGives(
            @ForAll("article") int article,
            @ForAll("format") DocumentFormat format,
            @ForAll("edits") List<Edit> edits) {
        check(article, format, edits);
    }

    private void check(int article, DocumentFormat format, List<Edit> edits) {
        String text = ARTICLES.get(article);
        int version = 1;
        assertSame(new Document("file:///a", version, text, format));
        for (Edit e : edits) {
            int at = (int) (e.at() * text.length());
            int end = Math.min(text.length(), at + e.delete());
            text = text.substring(0, at) + e.insert() + text.substring(end);
            version++;
            assertSame(new Document("file:///a", version, text, format));
        }
    }

    private void assertSame(Document doc) {
        ArticleAnalysis expected = fresh.check(doc, Settings.defaults());
        ArticleAnalysis actual = incremental.check(doc, Settings.defaults());
        assertThat(actual.findings()).as("findings").isEqualTo(expected.findings());
        assertThat(actual.sentences()).as("sentences").isEqualTo(expected.sentences());
        assertThat(actual.quotes()).as("quotes").isEqualTo(expected.quotes());
        assertThat(actual.entities()).as("entities").isEqualTo(expected.entities());
        assertThat(actual.strayQuoteMarks()).as("stray quotation marks").isEqualTo(expected.strayQuoteMarks());
        assertThat(actual.limitNote()).isEqualTo(expected.limitNote());
    }

    @Provide
    Arbitrary<Integer> article() {
        return Arbitraries.integers().between(0, ARTICLES.size() - 1);
    }

    @Provide
    Arbitrary<DocumentFormat> format() {
        return Arbitraries.of(DocumentFormat.PLAIN_TEXT, DocumentFormat.MARKDOWN);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers()
                                .between(0, 40)
                                .withDistribution(net.jqwik.api.RandomDistribution.biased()),
                        Arbitraries.of(PIECES))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    private static List<String> articles() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/articles"))) {
            return files.filter(p -> !p.toString().endsWith(".tsv"))
                    .sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
