package org.newslint.swing;

import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;

/** Line breaks typed or pasted as CR LF or CR become LF, so Swing's lines are the server's lines. */
final class LineBreakFilter extends DocumentFilter {
    @Override
    public void insertString(FilterBypass fb, int offset, String s, AttributeSet attr) throws BadLocationException {
        super.insertString(fb, offset, normalise(s), attr);
    }

    @Override
    public void replace(FilterBypass fb, int offset, int length, String s, AttributeSet attrs)
            throws BadLocationException {
        super.replace(fb, offset, length, s == null ? null : normalise(s), attrs);
    }

    static String normalise(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
