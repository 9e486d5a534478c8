package org.newslint.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void mapsOffsetsAcrossLfAndCrlf() {
        LineIndex index = new LineIndex("ab\r\ncd\nef");
        assertThat(index.lineCount()).isEqualTo(3);
        assertThat(index.position(4)).isEqualTo(new LineIndex.Position(1, 0));
        assertThat(index.position(8)).isEqualTo(new LineIndex.Position(2, 1));
        assertThat(index.offset(1, 1)).isEqualTo(5);
        assertThat(index.lineEnd(0)).isEqualTo(2);
    }

    @Test
    void clampsOutOfRangePositionsInsteadOfThrowing() {
        LineIndex index = new LineIndex("one\ntwo");
        assertThat(index.offset(0, 99)).isEqualTo(3);
        assertThat(index.offset(99, 0)).isEqualTo(7);
        assertThat(index.offset(-1, -5)).isEqualTo(0);
        assertThat(index.position(1000)).isEqualTo(new LineIndex.Position(1, 3));
    }

    @Test
    void countsColumnsInUtf16Utf8AndUtf32() {
        String text = "a\uD83D\uDE00b “c”"; // an emoji is two UTF-16 units, four UTF-8 bytes, one code point
        LineIndex index = new LineIndex(text);
        int b = text.indexOf('b');
        assertThat(index.position(b, LineIndex.Encoding.UTF16).column()).isEqualTo(3);
        assertThat(index.position(b, LineIndex.Encoding.UTF8).column()).isEqualTo(5);
        assertThat(index.position(b, LineIndex.Encoding.UTF32).column()).isEqualTo(2);
        assertThat(index.offset(0, 5, LineIndex.Encoding.UTF8)).isEqualTo(b);
        assertThat(index.offset(0, 2, LineIndex.Encoding.UTF32)).isEqualTo(b);
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "a\uD83D\uDE00b";
        assertThat(new LineIndex(text).offset(0, 2)).isEqualTo(1);
    }
}
