package org.newslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --baseline} end to end on a tiny article: the report's lines are there, with numbers (never timings asserted). */
class BenchBaselineTest {
    private static final String NUM = "\\d+(\\.\\d+)?";

    @Test
    void reportsBothPipelinesTheirRatioAndTokensPerSecond(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, """
                Officials said the bridge will close on Monday. "It is not safe," Mayor Jane Smith told reporters.

                The repairs will cost $4 million, according to the city's budget office.
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]),
                "bench",
                "--baseline",
                article.toString(),
                "--runs",
                "2",
                "--warmup",
                "1");
        assertThat(status).as(err.toString()).isZero();
        String report = out.toString();
        assertThat(report)
                .containsPattern(
                        "1 articles, [1-9]\\d* tokens \\(OpenNLP's tokenizer\\), 1 warm-up passes, median of 2 interleaved runs each")
                .containsPattern("bare OpenNLP \\(sentences, tokens, POS\\): +median " + NUM + " ms, p10 " + NUM
                        + " ms, p90 " + NUM + " ms per article; " + NUM + " tokens/s")
                .containsPattern("newslint \\(full fresh analysis\\): +median " + NUM + " ms, p10 " + NUM + " ms, p90 "
                        + NUM + " ms per article; " + NUM + " tokens/s")
                .containsPattern("ratio bare / newslint: of medians " + NUM + "; per article median " + NUM + ", p10 "
                        + NUM + ", p90 " + NUM + " \\(target >= 0\\.5\\)");
    }
}
