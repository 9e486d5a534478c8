package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framing reader: every broken frame is one problem, and the next good frame is still read. */
class FrameReaderTest {
    private static final String GOOD = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"shutdown\"}";

    private static String frame(String body) {
        return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    /** Reads every frame to the end: bodies as text, problems as "!problem". */
    private static List<String> readAll(String input) throws IOException {
        return readAll(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> readAll(InputStream input) throws IOException {
        FrameReader reader = new FrameReader(input);
        List<String> out = new ArrayList<>();
        for (FrameReader.Frame f = reader.next(); !f.isEnd(); f = reader.next()) {
            out.add(f.problem() != null ? "!" + f.problem() : new String(f.body(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void wellFormedFramesAreReadWithAnyHeaderOrderAndCase() throws IOException {
        String typed = "content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: " + GOOD.length()
                + "\r\n\r\n" + GOOD;
        assertThat(readAll(frame("{}") + typed + frame(GOOD))).containsExactly("{}", GOOD, GOOD);
    }

    @Test
    void aNonNumericContentLengthIsOneProblemAndTheNextFrameIsRead() throws IOException {
        assertThat(readAll("Content-Length: twelve\r\n\r\n{\"a\":1}\r\n" + frame(GOOD)))
                .hasSize(2)
                .satisfies(l -> assertThat(l.get(0)).startsWith("!Content-Length is not a number"))
                .endsWith(GOOD);
    }

    @Test
    void headersWithoutContentLengthOrWithoutAnyHeaderAreProblemsAndTheReaderResynchronises() throws IOException {
        assertThat(readAll("Content-Type: x\r\n\r\n{\"a\":1}" + frame(GOOD)))
                .hasSize(2)
                .endsWith(GOOD)
                .first()
                .asString()
                .startsWith("!a header block without Content-Length");
        // a bare JSON body with no header at all, directly followed by a frame
        assertThat(readAll(GOOD + frame(GOOD)))
                .hasSize(2)
                .endsWith(GOOD)
                .first()
                .asString()
                .startsWith("!bytes outside a frame");
    }

    @Test
    void aContentLengthShorterThanTheBodyGivesACutBodyThenOneProblemForTheRest() throws IOException {
        String lying = "Content-Length: 10\r\n\r\n" + GOOD;
        assertThat(readAll(lying + frame(GOOD)))
                .containsExactly(GOOD.substring(0, 10), "!bytes outside a frame before a Content-Length header", GOOD);
    }

    @Test
    void aContentLengthLongerThanTheBodyIsNoticedAtTheNextHeaderWithoutWaitingForTheMissingBytes() throws IOException {
        // the input never ends: a reader that trusted the length would block forever
        String lying = "Content-Length: 5000\r\n\r\n" + GOOD;
        InputStream neverEnding = new InputStream() {
            private final InputStream data =
                    new ByteArrayInputStream((lying + frame(GOOD)).getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws IOException {
                int b = data.read();
                if (b < 0) {
                    throw new AssertionError("the reader asked for more bytes than the client sent");
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = data.read(b, off, len);
                if (n < 0) {
                    throw new AssertionError("the reader asked for more bytes than the client sent");
                }
                return n;
            }
        };
        FrameReader reader = new FrameReader(neverEnding);
        assertThat(reader.next().problem()).startsWith("Content-Length 5000 is longer than the message");
        assertThat(new String(reader.next().body(), StandardCharsets.UTF_8)).isEqualTo(GOOD);
    }

    @Test
    void aTruncatedStringBodyFollowedByAHeaderIsAlsoNoticed() throws IOException {
        String truncated = "Content-Length: 900\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"text";
        assertThat(readAll(truncated + frame(GOOD)))
                .hasSize(2)
                .endsWith(GOOD)
                .first()
                .asString()
                .startsWith("!Content-Length 900 is longer");
    }

    @Test
    void aLengthOverTheLimitIsRefusedWithoutReadingOrAllocatingIt() throws IOException {
        String huge = "Content-Length: " + (FrameReader.MAX_BODY_BYTES + 1) + "\r\n\r\n{\"jsonrpc\":\"2.0\"}";
        assertThat(readAll(huge + frame(GOOD)))
                .hasSize(2)
                .endsWith(GOOD)
                .first()
                .asString()
                .startsWith("!Content-Length 67108865 is over the limit");
        assertThat(readAll("Content-Length: 99999999999999999999999\r\n\r\n" + frame(GOOD)))
                .hasSize(2)
                .endsWith(GOOD);
    }

    @Test
    void aHeaderThatIsNoHeaderAndAnOverlongLineAreProblemsButTheNextFrameIsRead() throws IOException {
        assertThat(readAll("hello\r\n" + frame(GOOD))).hasSize(2).endsWith(GOOD);
        assertThat(readAll("x".repeat(50_000) + frame(GOOD))).hasSize(2).endsWith(GOOD);
    }

    @Test
    void aHeaderInsideAValidBodyIsNotMistakenForAFrame() throws IOException {
        String body =
                "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"text\":\"Content-Length: 5\\r\\n\\r\\nhi\"}}";
        assertThat(readAll(frame(body) + frame(GOOD))).containsExactly(body, GOOD);
    }

    @Test
    void deepNestingIsJustBytesToTheFrameReader() throws IOException {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(readAll(frame(deep) + frame(GOOD))).containsExactly(deep, GOOD);
    }

    @Test
    void theShapeScannerFindsTheFirstByteThatCannotBeJson() {
        byte[] ok = "{\"a\": [1, -2.5e3, true, null, \"x\\\"y\"]}".getBytes(StandardCharsets.UTF_8);
        assertThat(new FrameReader.JsonShape().feed(ok, 0, ok.length)).isEqualTo(-1);
        byte[] trailing = "{}Content".getBytes(StandardCharsets.UTF_8);
        assertThat(new FrameReader.JsonShape().feed(trailing, 0, trailing.length))
                .isEqualTo(2);
        byte[] control = "{\"a\nb\"}".getBytes(StandardCharsets.UTF_8);
        FrameReader.JsonShape shape = new FrameReader.JsonShape();
        assertThat(shape.feed(control, 0, control.length)).isEqualTo(3);
        assertThat(shape.suspectFrom(3)).isEqualTo(1);
    }
}
