package org.newslint.text.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.LineIndex;
import org.newslint.text.Prose;
import org.newslint.text.SourceMap;

/** The text of an HTML article and the way back from each of its characters to the HTML. */
class HtmlArticleTest {
    private static final String PAGE = "<!DOCTYPE html>\n"
            + "<html><head><title>Site</title><style>p { color: red }</style></head>\n"
            + "<body>\n"
            + "<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>\n"
            + "<header><h1>The Lyndale Courier</h1></header>\n"
            + "<article>\n"
            + "  <h1>Council closes the library</h1>\n"
            + "  <p>The council voted on Tuesday to close the town&rsquo;s\n"
            + "     oldest library.<br>It opened in 1901.</p>\n"
            + "  <script>var said = \"Critics say\";</script>\n"
            + "  <p>Smith &amp; Jones will buy it, <em>the mayor</em> said.</p>\n"
            + "  <aside>Read more: Critics say</aside>\n"
            + "</article>\n"
            + "<footer>&copy; Courier</footer>\n"
            + "</body></html>\n";

    @Test
    void theArticleBodyIsTheTextOneLinePerBlockWithEntitiesDecoded() {
        SourceMap map = HtmlArticle.extract(PAGE);
        assertThat(map.derived())
                .isEqualTo("Council closes the library\n"
                        + "The council voted on Tuesday to close the town\u2019s oldest library.\n"
                        + "It opened in 1901.\n"
                        + "Smith & Jones will buy it, the mayor said.\n");
    }

    @Test
    void everyCharacterPointsAtItsSourceAndAnEntityAtAllOfIt() {
        SourceMap map = HtmlArticle.extract(PAGE);
        String text = map.derived();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String source = PAGE.substring(map.start(i), map.end(i));
            boolean ok = switch (c) {
                case '\u2019' -> source.equals("&rsquo;");
                case '&' -> source.equals("&amp;");
                case '\n' -> source.isEmpty();
                case ' ' -> !source.isEmpty() && source.isBlank();
                default -> source.equals(String.valueOf(c));
            };
            if (!ok) {
                wrong.add(i + " '" + c + "' <- '" + source + "'");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aDocumentsLinesAndColumnsAreTheHtmlFilesBothWays() {
        Document html = new Document("file:///a.html", 1, PAGE, DocumentFormat.HTML);
        Document text = html.analysable();
        assertThat(text.format()).isEqualTo(DocumentFormat.PLAIN_TEXT);
        assertThat(text.uri()).isEqualTo(html.uri());
        LineIndex lines = text.lineIndex();
        int jones = text.text().indexOf("Jones");
        // line 11 (1-based) of the page: "  <p>Smith &amp; Jones will buy it, ..."
        assertThat(lines.position(jones)).isEqualTo(new LineIndex.Position(10, 17));
        assertThat(lines.offset(10, 17)).isEqualTo(jones);
        // the end of "town’s", just before the line break in the source
        int townsEnd = text.text().indexOf("town\u2019s") + "town\u2019s".length();
        assertThat(lines.position(townsEnd)).isEqualTo(new LineIndex.Position(7, 59));
        // a range ending before an inline closing tag ends before the tag: "the mayor" of "<em>the mayor</em> said"
        int mayorEnd = text.text().indexOf("the mayor") + "the mayor".length();
        assertThat(PAGE.substring(
                        text.source().toSource(text.text().indexOf("the mayor")),
                        text.source().toSource(mayorEnd)))
                .isEqualTo("the mayor");
        // a position inside a tag is the next character's
        int inTag = PAGE.indexOf("<em>") + 2;
        assertThat(text.text().substring(text.source().fromSource(inTag))).startsWith("the mayor");
    }

    @Test
    void theLargestArticleWinsThenMainThenBody() {
        assertThat(HtmlArticle.extract("<body><article><p>Teaser.</p></article>"
                                + "<article><p>The story itself, longer.</p></article></body>")
                        .derived())
                .isEqualTo("The story itself, longer.\n");
        assertThat(HtmlArticle.extract("<body><div>Menu</div><main><p>Main text.</p></main></body>")
                        .derived())
                .isEqualTo("Main text.\n");
        assertThat(HtmlArticle.extract("Just text, no tags &mdash; at all.").derived())
                .isEqualTo("Just text, no tags \u2014 at all.\n");
    }

    @Test
    void brokenHtmlStillGivesItsText() {
        String broken = "<html><body><article><p>The mayor said <b>the plan <i>was</b> fine.\n"
                + "<p>Unclosed <div>paragraph &amp no semicolon &bogus; entity\n<td>cell</tr></table>";
        SourceMap map = HtmlArticle.extract(broken);
        assertThat(map.derived())
                .contains("The mayor said the plan was fine.")
                .contains("Unclosed")
                .contains("paragraph & no semicolon &bogus; entity")
                .contains("cell");
        for (int i = 0; i < map.derived().length(); i++) {
            assertThat(map.end(i)).isBetween(map.start(i), broken.length());
        }
        // "&amp" without its semicolon: jsoup decodes it; the text still maps into the source
        int amp = map.derived().indexOf('&');
        assertThat(broken.substring(map.start(amp))).startsWith("&amp");
    }

    @Test
    void suppressionCommentsStayAsLinesAndProseBlanksThem() {
        String page = "<article><!-- newslint-disable-next-line vague-source -->\n"
                + "<p>Critics say it is wrong.</p><!-- an ordinary comment --></article>";
        SourceMap map = HtmlArticle.extract(page);
        assertThat(map.derived())
                .isEqualTo("<!-- newslint-disable-next-line vague-source -->\nCritics say it is wrong.\n");
        Document text = new Document("file:///a.html", 1, page, DocumentFormat.HTML).analysable();
        assertThat(Prose.of(text).text()).startsWith(" ".repeat(48) + "\nCritics say");
    }

    @Test
    void nothingToReadIsAnEmptyText() {
        assertThat(HtmlArticle.extract("").derived()).isEmpty();
        assertThat(HtmlArticle.extract("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")
                        .derived())
                .isEmpty();
    }
}
