package org.newslint.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newslint check} and {@code analyze} on {@code .html} articles through the packaged jar:
 * findings in text and JSON point at the HTML file's lines, columns and offsets; a broken page
 * still gets its findings; a page without article text gets one notice.
 */
class HtmlInputIT {
    private static final String PAGE = "<!DOCTYPE html>\n"
            + "<html><head><title>Critics say</title></head><body>\n"
            + "<nav>Critics say menus are no prose.</nav>\n"
            + "<article>\n"
            + "  <h1>Council votes to close the library</h1>\n"
            + "  <p>The town&rsquo;s council voted on Tuesday. Critics say the decision was rushed.</p>\n"
            + "  <p>&ldquo;This is a disgrace,&rdquo; a resident shouted.</p>\n"
            + "</article>\n"
            + "<footer>Some experts believe footers are prose.</footer>\n"
            + "</body></html>\n";

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void textAndJsonFindingsPointIntoTheHtmlFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("story.html"), PAGE);
        JarCli.Run text = JarCli.run(dir, "check", "--fail-on", "never", "story.html");
        assertThat(text.status()).isZero();
        // "Critics say" opens at column 49 of line 6; "a resident shouted" at column 40 of line 7
        assertThat(text.out())
                .contains("story.html:6:49: warning: Vague source (“Critics say”)")
                .contains("story.html:7:40: information: Anonymous source (“a resident shouted”)")
                .doesNotContain("menus")
                .doesNotContain("footers")
                .doesNotContain("story.html:3:")
                .doesNotContain("story.html:9:");

        JarCli.Run json = JarCli.run(dir, "check", "--format", "json", "--fail-on", "never", "story.html");
        JsonArray files = JsonParser.parseString(json.out()).getAsJsonArray();
        JsonArray findings = files.get(0).getAsJsonObject().getAsJsonArray("findings");
        List<String> spans = new ArrayList<>();
        for (var f : findings) {
            JsonObject o = f.getAsJsonObject();
            String source =
                    PAGE.substring(o.get("start").getAsInt(), o.get("end").getAsInt());
            spans.add(o.get("rule").getAsString() + " " + o.get("line").getAsInt() + ":"
                    + o.get("column").getAsInt() + "-" + o.get("endLine").getAsInt() + ":"
                    + o.get("endColumn").getAsInt() + " " + source);
        }
        assertThat(spans).contains("vague-source 6:49-6:60 Critics say", "vague-source 7:40-7:58 a resident shouted");

        JarCli.Run analyze = JarCli.run(dir, "analyze", "story.html");
        JsonObject report = JsonParser.parseString(analyze.out()).getAsJsonObject();
        JsonObject quote = report.getAsJsonArray("quotes").get(0).getAsJsonObject();
        assertThat(quote.get("text").getAsString()).isEqualTo("“This is a disgrace,”");
        assertThat(PAGE.substring(
                        quote.get("start").getAsInt(), quote.get("end").getAsInt()))
                .isEqualTo("&ldquo;This is a disgrace,&rdquo;");
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aBrokenPageStillGetsFindingsAndAnEmptyOneANotice(@TempDir Path dir) throws Exception {
        byte[] broken = ("<html><body><article><p>Critics say the plan <b>is bad.\n"
                        + "<p>Unclosed &ldquo;quote <div><td>tail</tr>\u0001 junk &amp")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("broken.htm"), broken);
        Files.writeString(
                dir.resolve("empty.html"), "<html><body><nav>Critics say</nav><script>x()</script></body></html>");
        Files.writeString(dir.resolve("plain.txt"), "Critics say the plan is bad.\n");
        JarCli.Run r = JarCli.run(dir, "check", "--fail-on", "never", ".");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("broken.htm:1:25: warning: Vague source (“Critics say”)")
                .contains("broken.htm:2:13: warning: This quotation mark is never closed")
                .contains("plain.txt:1:1: warning: Vague source")
                .doesNotContain("empty.html:");
        assertThat(r.err().lines().filter(l -> l.contains("empty.html")).toList())
                .singleElement()
                .satisfies(
                        l -> assertThat(l).contains("HTML without article text").contains("nothing to check"));
    }
}
