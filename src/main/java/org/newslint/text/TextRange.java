package org.newslint.text;

/** A half-open span of UTF-16 code units in a document; the one offset currency of the core. */
public record TextRange(int start, int end) implements Comparable<TextRange> {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Inclusive at the end too, so a cursor just after a word still "touches" it. */
    public boolean touches(int offset) {
        return offset >= start && offset <= end;
    }

    public boolean contains(TextRange other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(TextRange other) {
        return other.start < end && start < other.end;
    }

    public int overlapLength(TextRange other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(TextRange o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
