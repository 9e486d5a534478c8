package org.newslint.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads LSP base-protocol frames ({@code Content-Length} header, blank line, body) from a stream
 * without ever trusting the client: a broken frame becomes one {@link Frame#problem()} and the
 * reader re-synchronises on the next {@code Content-Length:} header, so one bad frame cannot make
 * the server deaf. lsp4j's own reader blocks or stops on the same input, which is why the server
 * reads its frames here.
 *
 * <p>Limits: a declared length over {@link #MAX_BODY_BYTES} is refused before anything is
 * allocated for it; a header line keeps at most {@link #MAX_HEADER_LINE} bytes. A declared length
 * longer than the message it frames is noticed as soon as the next header arrives (the body can no
 * longer be JSON and a {@code Content-Length:} follows), instead of waiting for bytes that never come.
 */
final class FrameReader {
    /** The largest body accepted: 64 MiB, far above any article an editor sends. */
    static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    static final int MAX_HEADER_LINE = 1024;
    private static final byte[] MARKER = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 8192;

    /** One frame: a body, or the problem that made the bytes unusable; {@link #END} at end of input. */
    record Frame(byte[] body, String problem) {
        static final Frame END = new Frame(null, null);

        static Frame error(String problem) {
            return new Frame(null, problem);
        }

        boolean isEnd() {
            return body == null && problem == null;
        }
    }

    private final InputStream in;
    private byte[] unread = new byte[0];
    private int unreadPos;
    /** After a problem: header lines are skipped until one is a Content-Length. */
    private boolean skipping;
    /** A header line found after garbage on the same line, to be read next. */
    private String pendingLine;

    FrameReader(InputStream in) {
        this.in = in;
    }

    /** The next frame; blocks until one is complete, a problem is found, or the input ends. */
    Frame next() throws IOException {
        Long length = null;
        boolean inHeaders = false;
        while (true) {
            Line line = readLine();
            if (line == null) {
                return Frame.END;
            }
            String text = line.text();
            if (line.garbageBefore() && !skipping) {
                // bytes that belong to no frame, then a Content-Length: report them, then use the header
                pendingLine = text;
                return Frame.error("bytes outside a frame before a Content-Length header");
            }
            if (skipping && !isContentLength(text)) {
                continue;
            }
            skipping = false;
            if (text.isEmpty()) {
                if (!inHeaders) {
                    continue; // blank lines between frames are harmless
                }
                if (length == null) {
                    return problem("a header block without Content-Length");
                }
                return readBody(length);
            }
            inHeaders = true;
            int colon = text.indexOf(':');
            if (colon <= 0) {
                return problem("not a header line");
            }
            if (isContentLength(text)) {
                String value = text.substring(colon + 1).strip();
                if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return problem("Content-Length is not a number");
                }
                long declared = Long.parseLong(value);
                if (declared > MAX_BODY_BYTES) {
                    return problem("Content-Length " + declared + " is over the limit of " + MAX_BODY_BYTES + " bytes");
                }
                length = declared;
            }
            // Content-Type and any other header: accepted and ignored
        }
    }

    private Frame problem(String what) {
        skipping = true;
        return Frame.error(what);
    }

    private static boolean isContentLength(String line) {
        return line.regionMatches(true, 0, "content-length:", 0, MARKER.length);
    }

    /**
     * Reads {@code length} bytes, unless they stop being JSON and a Content-Length header appears in
     * them: then the declared length was a lie, the header is put back and the frame is a problem.
     */
    private Frame readBody(long length) throws IOException {
        int n = (int) length;
        byte[] data = new byte[Math.min(n, CHUNK)];
        int size = 0;
        JsonShape shape = new JsonShape();
        int searchFrom = -1;
        int searchedTo = -1;
        while (size < n) {
            if (size == data.length) {
                data = Arrays.copyOf(data, (int) Math.min(n, 2L * data.length));
            }
            int got = read(data, size, Math.min(CHUNK, data.length - size));
            if (got < 0) {
                return Frame.END; // the client went away in the middle of a message
            }
            int before = size;
            size += got;
            if (searchFrom < 0) {
                int bad = shape.feed(data, before, size);
                if (bad >= 0) {
                    searchFrom = shape.suspectFrom(bad);
                }
            }
            if (searchFrom >= 0) {
                int from = searchedTo < 0 ? searchFrom : Math.max(searchFrom, searchedTo - MARKER.length + 1);
                int marker = indexOfMarker(data, from, size);
                searchedTo = size;
                if (marker >= 0) {
                    pushBack(Arrays.copyOfRange(data, marker, size));
                    return Frame.error("Content-Length " + length + " is longer than the message: another header"
                            + " starts after " + marker + " bytes");
                }
            }
        }
        return new Frame(data, null);
    }

    static int indexOfMarker(byte[] bytes, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i + MARKER.length <= to; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (lower(bytes[i + j]) != MARKER[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    /** A header line without its line end; garbage before a Content-Length on the same line is cut off. */
    private record Line(String text, boolean garbageBefore) {}

    private Line readLine() throws IOException {
        if (pendingLine != null) {
            Line l = new Line(pendingLine, false);
            pendingLine = null;
            return l;
        }
        byte[] buf = new byte[MAX_HEADER_LINE + MARKER.length];
        int size = 0;
        boolean garbage = false;
        while (true) {
            int b = read();
            if (b < 0) {
                return null; // the end of input ends a partial header too: nobody is left to answer
            }
            if (b == '\n') {
                int end = size > 0 && buf[size - 1] == '\r' ? size - 1 : size;
                return new Line(new String(buf, 0, end, StandardCharsets.ISO_8859_1), garbage);
            }
            if (size == buf.length) {
                // an overlong line is garbage; keep its tail, where a Content-Length may be starting
                System.arraycopy(buf, size - MARKER.length, buf, 0, MARKER.length);
                size = MARKER.length;
                garbage = true;
            }
            buf[size++] = (byte) b;
            if (size > MARKER.length && indexOfMarker(buf, size - MARKER.length, size) == size - MARKER.length) {
                System.arraycopy(buf, size - MARKER.length, buf, 0, MARKER.length);
                size = MARKER.length;
                garbage = true;
            }
        }
    }

    private int read() throws IOException {
        if (unreadPos < unread.length) {
            return unread[unreadPos++] & 0xff;
        }
        return in.read();
    }

    /** Reads what is available (the put-back bytes first), never waiting for more than one byte. */
    private int read(byte[] into, int off, int max) throws IOException {
        if (unreadPos < unread.length) {
            int n = Math.min(max, unread.length - unreadPos);
            System.arraycopy(unread, unreadPos, into, off, n);
            unreadPos += n;
            return n;
        }
        return in.read(into, off, max);
    }

    private void pushBack(byte[] bytes) {
        byte[] rest = Arrays.copyOfRange(unread, unreadPos, unread.length);
        byte[] joined = new byte[bytes.length + rest.length];
        System.arraycopy(bytes, 0, joined, 0, bytes.length);
        System.arraycopy(rest, 0, joined, bytes.length, rest.length);
        unread = joined;
        unreadPos = 0;
    }

    /**
     * Just enough of JSON's lexical rules to see, byte by byte, the first place where a body can no
     * longer be a JSON value: a control character inside a string, a byte no token starts with
     * (every header name does), or anything but whitespace after the value ends. The full parse is
     * {@link MessageCheck}'s.
     */
    static final class JsonShape {
        private boolean inString;
        private boolean escaped;
        private boolean complete;
        private int depth;
        private int stringStart = -1;
        private boolean badInString;

        /** Feeds the body bytes {@code [from, to)}; the offset of the first bad byte, or -1. */
        int feed(byte[] bytes, int from, int to) {
            for (int i = from; i < to; i++) {
                int b = bytes[i] & 0xff;
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    } else if (b < 0x20) {
                        badInString = true;
                        return i;
                    }
                    continue;
                }
                if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                    continue;
                }
                if (complete) {
                    return i;
                }
                switch (b) {
                    case '"' -> {
                        inString = true;
                        stringStart = i;
                    }
                    case '{', '[' -> depth++;
                    case '}', ']' -> {
                        if (--depth < 0) {
                            return i;
                        }
                        complete = depth == 0;
                    }
                    default -> {
                        if ("0123456789-+.eE,:truefalsn".indexOf(b) < 0) {
                            return i;
                        }
                    }
                }
            }
            return -1;
        }

        /** Where a header hidden in the body may start, given the first bad byte. */
        int suspectFrom(int bad) {
            return badInString ? stringStart : bad;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "JsonShape[depth=%d, inString=%b]", depth, inString);
        }
    }
}
