package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Settings;
import org.newslint.nlp.SampleArticles;
import org.newslint.testing.CaretFixture;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.LineIndex;
import org.newslint.text.SourceMap;

/**
 * Findings on an HTML article land on the HTML: the carets under each source line mark where a
 * finding must start and end in the {@code .html} file (an entity is all of its characters: the
 * unclosed {@code &ldquo;}), nothing outside the article body is judged, and the article judged as
 * HTML gets the findings it gets as plain text.
 */
class HtmlArticleFindingsTest {
    private static final Checker CHECKER = Checker.createDefault();
    private static final Set<String> COMPARED = Set.of(VagueSource.ID, UnbalancedQuote.ID);

    private static ArticleAnalysis check(String text, DocumentFormat format) {
        return CHECKER.check(new Document("file:///article.html", 1, text, format), Settings.defaults());
    }

    @Test
    void findingsLandOnTheirSourceSpans() {
        CaretFixture page = CaretFixture.parse("""
                <html><body>
                <nav>Critics say menus are no prose.</nav>
                <article>
                <h1>Council votes to close the library</h1>
                <p>Critics say the decision was <em>rushed</em>.</p>
                   ^^^^^^^^^^^ vague-source
                <p>&ldquo;This is a disgrace,&rdquo; a resident shouted at the mayor&rsquo;s office.</p>
                                                     ^^^^^^^^^^^^^^^^^^ vague-source
                <p>Some of the town&rsquo;s experts believe the closure was <b>unlawful</b>.</p>
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ vague-source
                <p>The librarian said: &ldquo;We will fight this.</p>
                                       ^^^^^^^ unbalanced-quote
                </article>
                <footer>Some experts believe footers are prose.</footer>
                </body></html>
                """);
        ArticleAnalysis a = check(page.text(), DocumentFormat.HTML);
        SourceMap map = a.document().source();
        assertThat(map)
                .as("an HTML document is analysed through its source map")
                .isNotNull();
        List<String> actual = new ArrayList<>();
        for (Finding f : a.findings()) {
            if (COMPARED.contains(f.rule())) {
                actual.add(page.describe(
                        f.rule(),
                        map.toSource(f.range().start()),
                        map.toSource(f.range().end())));
            }
        }
        assertThat(actual).as("all findings: " + a.findings()).containsExactlyInAnyOrderElementsOf(page.expected());
    }

    @Test
    void aSuppressionCommentBeforeABlockSilencesThatBlock() {
        String page = "<article>\n<!-- newslint-disable-next-line vague-source -->\n"
                + "<p>Critics say the plan\nis <em>bad</em>.</p>\n<p>Critics say it is late.</p>\n</article>\n";
        ArticleAnalysis a = check(page, DocumentFormat.HTML);
        SourceMap map = a.document().source();
        assertThat(a.findings())
                .filteredOn(f -> f.rule().equals(VagueSource.ID))
                .singleElement()
                .satisfies(f -> assertThat(map.toSource(f.range().start())).isEqualTo(page.indexOf("Critics say it")));
        assertThat(a.findings()).noneMatch(f -> f.rule().equals(UnusedSuppression.ID));
    }

    @Test
    void positionsAreTheHtmlFilesLinesAndColumns() {
        String page = "<article>\n<p>Smith &amp; Jones will buy it.</p>\n<p>Critics say it is wrong.</p>\n</article>\n";
        ArticleAnalysis a = check(page, DocumentFormat.HTML);
        Finding vague = a.findings().stream()
                .filter(f -> f.rule().equals(VagueSource.ID))
                .findFirst()
                .orElseThrow();
        LineIndex lines = a.document().lineIndex();
        assertThat(lines.position(vague.range().start())).isEqualTo(new LineIndex.Position(2, 3));
        assertThat(lines.position(vague.range().end())).isEqualTo(new LineIndex.Position(2, 14));
    }

    @Test
    void theArticleAsHtmlGetsTheFindingsItGetsAsPlainText() {
        String plain = "Council votes to close the library\n"
                + "Critics say the decision was rushed, and the closure will save millions of dollars.\n"
                + "\u201cThis is a disgrace,\u201d a resident shouted.\n"
                + "The mayor said the town\u2019s budget was the smallest in the county.\n";
        StringBuilder html = new StringBuilder("<!doctype html><html><body><nav>Home</nav><article>\n");
        for (String line : plain.split("\n")) {
            html.append("<p>")
                    .append(line.replace("\u201c", "&ldquo;")
                            .replace("\u201d", "&rdquo;")
                            .replace("\u2019", "&rsquo;")
                            .replace("rushed", "<em>rushed</em>"))
                    .append("</p>\n");
        }
        html.append("</article><footer>Many say footers are prose.</footer></body></html>\n");
        ArticleAnalysis asText = check(plain, DocumentFormat.PLAIN_TEXT);
        ArticleAnalysis asHtml = check(html.toString(), DocumentFormat.HTML);
        assertThat(asHtml.document().text()).isEqualTo(plain);
        assertThat(describe(asHtml)).isEqualTo(describe(asText)).isNotEmpty();
    }

    /**
     * Every plain-text sample article (the fixtures, and the 43 Wikinews articles when
     * {@code ../shared} is there) written as an HTML page, one {@code <p>} per line with its
     * ampersands, angle brackets and curly quotation marks as entities, between a menu and a
     * footer: the same findings, and each finding's span in the HTML decodes to its words.
     */
    @Test
    void everySampleArticleAsHtmlGetsItsPlainTextFindingsOnTheRightSource() throws IOException {
        List<Path> articles = SampleArticles.paths().stream()
                .filter(p -> p.toString().endsWith(".txt"))
                .toList();
        assertThat(articles).isNotEmpty();
        for (Path p : articles) {
            String plain = Files.readString(p);
            StringBuilder html = new StringBuilder("<!doctype html><html><body><nav>Home | News</nav><article>\n");
            for (String line : plain.split("\r?\n")) {
                if (!line.isBlank()) {
                    html.append("<p>").append(escape(line)).append("</p>\n");
                }
            }
            html.append("</article><footer>Some say footers are prose.</footer></body></html>\n");
            ArticleAnalysis asText = check(plain, DocumentFormat.PLAIN_TEXT);
            ArticleAnalysis asHtml = check(html.toString(), DocumentFormat.HTML);
            assertThat(describe(asHtml)).as(p.toString()).isEqualTo(describe(asText));
            SourceMap map = asHtml.document().source();
            for (Finding f : asHtml.findings()) {
                String source = html.substring(
                        map.toSource(f.range().start()), map.toSource(f.range().end()));
                assertThat(words(Parser.unescapeEntities(source.replaceAll("<[^>]*>", ""), false)))
                        .as(p + ": " + f)
                        .isEqualTo(words(f.range().of(asHtml.document().text())));
            }
        }
    }

    private static String escape(String line) {
        return line.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\u2019", "&rsquo;")
                .replace("\u201c", "&ldquo;")
                .replace("\u201d", "&rdquo;");
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static List<String> describe(ArticleAnalysis a) {
        return a.findings().stream()
                .map(f -> f.rule() + " " + words(f.range().of(a.document().text())) + ": " + f.message())
                .toList();
    }
}
