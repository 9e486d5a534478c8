package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.swing.text.PlainDocument;
import org.junit.jupiter.api.Test;

/** Characters, words and lines as the motion and kill commands count them. */
class TextUnitsTest {
    private static PlainDocument document(String text) throws Exception {
        PlainDocument doc = new PlainDocument();
        doc.insertString(0, text, null);
        return doc;
    }

    @Test
    void wordsKeepInnerApostrophesAndSkipPunctuation() {
        String t = "Don't say \u201cthe council\u2019s\u201d; 'tis so.";
        assertThat(TextUnits.wordEnd(t, 0)).as("an apostrophe inside a word").isEqualTo("Don't".length());
        assertThat(TextUnits.wordEnd(t, t.indexOf("council")))
                .as("a typographic one too")
                .isEqualTo(t.indexOf("\u201d"));
        assertThat(TextUnits.wordEnd(t, t.indexOf(";")))
                .as("skips to the end of the next word")
                .isEqualTo(t.indexOf(" so"));
        assertThat(TextUnits.wordChar(t, t.indexOf("'tis")))
                .as("a leading apostrophe is no part of a word")
                .isFalse();
        assertThat(TextUnits.wordStart(t, t.indexOf("\u201d"))).isEqualTo(t.indexOf("council"));
        assertThat(TextUnits.wordStart(t, t.indexOf(" say"))).isZero();
    }

    @Test
    void thereIsNoWordPastEitherEnd() {
        assertThatThrownBy(() -> TextUnits.wordEnd("end.", 4))
                .isInstanceOf(Commands.UserError.class)
                .hasMessage("End of buffer");
        assertThatThrownBy(() -> TextUnits.wordStart("start", 0))
                .isInstanceOf(Commands.UserError.class)
                .hasMessage("Beginning of buffer");
        assertThat(TextUnits.wordEnd("end. ", 3))
                .as("trailing punctuation: to the end of the text")
                .isEqualTo(5);
    }

    @Test
    void aSurrogatePairIsOneCharacter() throws Exception {
        PlainDocument doc = document("a\uD83D\uDE00b");
        assertThat(TextUnits.nextChar(doc, 0)).isEqualTo(1);
        assertThat(TextUnits.nextChar(doc, 1)).isEqualTo(3);
        assertThat(TextUnits.previousChar(doc, 3)).isEqualTo(1);
        assertThat(TextUnits.previousChar(doc, 1)).isZero();
    }

    @Test
    void linesEndAtTheirBreakOrAtTheEndOfTheText() throws Exception {
        PlainDocument doc = document("ab\ncd");
        assertThat(TextUnits.lineStart(doc, 1)).isZero();
        assertThat(TextUnits.lineEnd(doc, 1)).isEqualTo(2);
        assertThat(TextUnits.lineStart(doc, 4)).isEqualTo(3);
        assertThat(TextUnits.lineEnd(doc, 3)).as("the last line has no break").isEqualTo(5);
        assertThat(TextUnits.text(doc, 3, 5)).isEqualTo("cd");
        assertThat(TextUnits.text(doc, 4, 2)).as("a reversed range is empty").isEmpty();
    }
}
