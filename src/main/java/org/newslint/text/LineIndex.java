package org.newslint.text;

import java.util.Arrays;

/**
 * Maps between string offsets and (line, column) positions, because editors speak in lines and
 * columns while the core speaks in offsets. Columns count UTF-16 code units by default, the LSP
 * default; UTF-8 and UTF-32 columns are supported for clients that negotiate them. A document
 * derived from a source file (an HTML article's text) has a {@link #mapped} index: its offsets are
 * the derived text's, its lines and columns the source file's.
 */
public final class LineIndex {
    /** How a column is counted, as in LSP's positionEncoding. */
    public enum Encoding {
        UTF16,
        UTF8,
        UTF32
    }

    /** A zero-based line and column. */
    public record Position(int line, int column) {}

    private final String text;
    private final int[] lineStarts;
    private final SourceMap map;

    public LineIndex(String text) {
        this(text, null);
    }

    /** Lines and columns of {@code map}'s source for offsets into its derived text. */
    public static LineIndex mapped(SourceMap map) {
        return new LineIndex(map.source(), map);
    }

    private LineIndex(String text, SourceMap map) {
        this.text = text;
        this.map = map;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return derived(lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))]);
    }

    /** End of the line's content, before its line break. */
    public int lineEnd(int line) {
        return derived(sourceLineEnd(line));
    }

    private int sourceLineEnd(int line) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length - 1) {
            return text.length();
        }
        int end = lineStarts[line + 1];
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStarts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    public int lineOf(int offset) {
        return sourceLineOf(source(offset));
    }

    private int sourceLineOf(int o) {
        int idx = Arrays.binarySearch(lineStarts, o);
        return idx >= 0 ? idx : -idx - 2;
    }

    public Position position(int offset) {
        return position(offset, Encoding.UTF16);
    }

    public Position position(int offset, Encoding encoding) {
        int o = source(offset);
        int line = sourceLineOf(o);
        int start = lineStarts[line];
        int column = switch (encoding) {
            case UTF16 -> o - start;
            case UTF32 -> text.codePointCount(start, o);
            case UTF8 -> utf8Length(start, o);
        };
        return new Position(line, column);
    }

    public int offset(int line, int column) {
        return offset(line, column, Encoding.UTF16);
    }

    /** Out-of-range lines and columns are clamped, as LSP asks, rather than rejected. */
    public int offset(int line, int column, Encoding encoding) {
        return derived(sourceOffset(line, column, encoding));
    }

    private int sourceOffset(int line, int column, Encoding encoding) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        int end = sourceLineEnd(line);
        int col = Math.max(0, column);
        int result;
        switch (encoding) {
            case UTF16 -> result = Math.min(end, start + col);
            case UTF32 -> {
                int o = start;
                for (int n = 0; n < col && o < end; n++) {
                    o += Character.charCount(text.codePointAt(o));
                }
                result = Math.min(o, end);
            }
            default -> {
                int o = start;
                int bytes = 0;
                while (o < end) {
                    int cp = text.codePointAt(o);
                    int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                    if (bytes + len > col) {
                        break;
                    }
                    bytes += len;
                    o += Character.charCount(cp);
                }
                result = o;
            }
        }
        // never split a surrogate pair
        if (result > 0
                && result < text.length()
                && Character.isLowSurrogate(text.charAt(result))
                && Character.isHighSurrogate(text.charAt(result - 1))) {
            result--;
        }
        return result;
    }

    private int utf8Length(int from, int to) {
        int bytes = 0;
        for (int o = from; o < to; ) {
            int cp = text.codePointAt(o);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            o += Character.charCount(cp);
        }
        return bytes;
    }

    /** A (derived) offset as an offset into the indexed text, clamped. */
    private int source(int offset) {
        int o = map == null ? offset : map.toSource(offset);
        return Math.max(0, Math.min(o, text.length()));
    }

    /** An offset into the indexed text as an offset into the derived text. */
    private int derived(int sourceOffset) {
        return map == null ? sourceOffset : map.fromSource(sourceOffset);
    }
}
