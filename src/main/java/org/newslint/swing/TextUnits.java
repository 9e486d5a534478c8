package org.newslint.swing;

import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.Element;

/**
 * Where the units the commands move and kill by begin and end in a document: characters (a
 * surrogate pair is one), words (an apostrophe inside a word belongs to it) and lines. Pure
 * functions of the text, so they are tested without a text component.
 */
final class TextUnits {
    private TextUnits() {}

    static int lineStart(Document doc, int offset) {
        Element root = doc.getDefaultRootElement();
        return root.getElement(root.getElementIndex(offset)).getStartOffset();
    }

    /** The offset of the line break ending the line (or of the end of the text). */
    static int lineEnd(Document doc, int offset) {
        Element root = doc.getDefaultRootElement();
        return Math.min(root.getElement(root.getElementIndex(offset)).getEndOffset() - 1, doc.getLength());
    }

    /** The end of the word at or after {@code from}; at the end of the text there is none. */
    static int wordEnd(String t, int from) {
        int i = from;
        while (i < t.length() && !wordChar(t, i)) {
            i++;
        }
        if (i >= t.length() && from >= t.length()) {
            throw new Commands.UserError("End of buffer");
        }
        while (i < t.length() && wordChar(t, i)) {
            i++;
        }
        return i;
    }

    /** The start of the word before {@code from}; at the start of the text there is none. */
    static int wordStart(String t, int from) {
        int i = from;
        if (i <= 0) {
            throw new Commands.UserError("Beginning of buffer");
        }
        while (i > 0 && !wordChar(t, i - 1)) {
            i--;
        }
        while (i > 0 && wordChar(t, i - 1)) {
            i--;
        }
        return i;
    }

    /** Letters and digits, and an apostrophe inside a word ("don't", "council’s"). */
    static boolean wordChar(String t, int i) {
        char c = t.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return (c == '\'' || c == '\u2019')
                && i > 0
                && i + 1 < t.length()
                && Character.isLetter(t.charAt(i - 1))
                && Character.isLetter(t.charAt(i + 1));
    }

    /** The offset after the character at {@code p}, stepping over a surrogate pair whole. */
    static int nextChar(Document doc, int p) {
        String t = text(doc, p, Math.min(doc.getLength(), p + 2));
        return p
                + (t.length() == 2 && Character.isHighSurrogate(t.charAt(0)) && Character.isLowSurrogate(t.charAt(1))
                        ? 2
                        : 1);
    }

    /** The offset of the character before {@code p}, stepping over a surrogate pair whole. */
    static int previousChar(Document doc, int p) {
        String t = text(doc, Math.max(0, p - 2), p);
        return p
                - (t.length() == 2 && Character.isHighSurrogate(t.charAt(0)) && Character.isLowSurrogate(t.charAt(1))
                        ? 2
                        : 1);
    }

    static String text(Document doc, int from, int to) {
        try {
            return doc.getText(from, Math.max(0, to - from));
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }
}
