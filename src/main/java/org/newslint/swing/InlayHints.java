package org.newslint.swing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.JTextComponent;
import javax.swing.text.Position;
import javax.swing.text.Utilities;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintLabelPart;
import org.newslint.text.LineIndex;

/**
 * Inlay hints (the speaker of each quote, when the server offers them) as faint text. A JTextArea
 * cannot make room inside a line, so the hints of a row are drawn after the row's last character.
 * Inactive unless the server advertises {@code inlayHintProvider}; newslint does not yet.
 */
public final class InlayHints {
    static final Color FAINT = new Color(0x90, 0x90, 0x90);

    /** One hint anchored in the text. */
    public record Hint(Position at, String label) {}

    private final List<Hint> hints = new ArrayList<>();

    /** Replaces the hints; positions are converted against the document's current text. */
    public void update(List<InlayHint> received, Document doc) {
        hints.clear();
        if (received == null) {
            return;
        }
        String text;
        try {
            text = doc.getText(0, doc.getLength());
        } catch (BadLocationException e) {
            return;
        }
        LineIndex lines = new LineIndex(text);
        for (InlayHint h : received) {
            if (h == null || h.getPosition() == null || h.getLabel() == null) {
                continue;
            }
            String label = label(h);
            if (label.isBlank()) {
                continue;
            }
            try {
                hints.add(new Hint(
                        doc.createPosition(lines.offset(
                                h.getPosition().getLine(), h.getPosition().getCharacter())),
                        label));
            } catch (BadLocationException e) {
                // clamped: cannot happen
            }
        }
    }

    public void clear() {
        hints.clear();
    }

    public List<Hint> hints() {
        return List.copyOf(hints);
    }

    /** A hint's text: the string label, or its parts joined. */
    static String label(InlayHint h) {
        String s;
        if (h.getLabel().isLeft()) {
            s = h.getLabel().getLeft();
        } else {
            StringBuilder sb = new StringBuilder();
            for (InlayHintLabelPart part : h.getLabel().getRight()) {
                sb.append(part.getValue());
            }
            s = sb.toString();
        }
        return s.strip();
    }

    /** Draws the hints of each visible row after its text. */
    public void paint(Graphics g, JTextComponent c) {
        if (hints.isEmpty()) {
            return;
        }
        Map<Integer, List<String>> byRowEnd = new LinkedHashMap<>();
        for (Hint h : hints) {
            try {
                int end = Utilities.getRowEnd(
                        c, Math.min(h.at().getOffset(), c.getDocument().getLength()));
                byRowEnd.computeIfAbsent(end, k -> new ArrayList<>()).add(h.label());
            } catch (BadLocationException e) {
                // not laid out yet
            }
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font f = c.getFont().deriveFont(Font.ITALIC, c.getFont().getSize2D() * 0.9f);
            g2.setFont(f);
            g2.setColor(FAINT);
            for (Map.Entry<Integer, List<String>> e : byRowEnd.entrySet()) {
                Rectangle2D r = c.modelToView2D(e.getKey());
                if (r == null) {
                    continue;
                }
                float baseline =
                        (float) (r.getY() + r.getHeight() - g2.getFontMetrics().getDescent());
                g2.drawString("  " + String.join("  ", e.getValue()), (float) r.getX() + 4, baseline);
            }
        } catch (BadLocationException e) {
            // the text changed under us; the next paint catches up
        } finally {
            g2.dispose();
        }
    }
}
