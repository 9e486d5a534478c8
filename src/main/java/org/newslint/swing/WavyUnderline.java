package org.newslint.swing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import javax.swing.text.LayeredHighlighter;
import javax.swing.text.Position;
import javax.swing.text.View;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * Paints a diagnostic as a wavy underline in its severity's colour, the way editors mark spelling
 * and compiler problems, line by line so that a wrapped sentence is underlined on every row.
 */
public final class WavyUnderline extends LayeredHighlighter.LayerPainter {
    private static final float WAVE_HEIGHT = 2f;
    private static final float WAVE_LENGTH = 4f;

    private final Color color;

    public WavyUnderline(Color color) {
        this.color = color;
    }

    /** Red for errors, amber for warnings, blue for information, grey for hints. */
    public static Color colorOf(DiagnosticSeverity severity) {
        return switch (severity == null ? DiagnosticSeverity.Error : severity) {
            case Error -> new Color(0xD3, 0x2F, 0x2F);
            case Warning -> new Color(0xE0, 0x8A, 0x00);
            case Information -> new Color(0x1E, 0x6F, 0xD9);
            case Hint -> new Color(0x80, 0x80, 0x80);
        };
    }

    public Color color() {
        return color;
    }

    @Override
    public void paint(Graphics g, int p0, int p1, Shape bounds, JTextComponent c) {
        // everything is painted per view in paintLayer
    }

    @Override
    public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
        Rectangle r;
        try {
            Shape s = offs0 == view.getStartOffset() && offs1 == view.getEndOffset()
                    ? bounds
                    : view.modelToView(offs0, Position.Bias.Forward, offs1, Position.Bias.Backward, bounds);
            r = s instanceof Rectangle rect ? rect : s.getBounds();
        } catch (BadLocationException e) {
            return null;
        }
        if (r.width <= 0) {
            r.width = 6;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(color);
            g2.setStroke(new BasicStroke(1.2f));
            float base = r.y + r.height - WAVE_HEIGHT - 0.5f;
            Path2D.Float wave = new Path2D.Float();
            wave.moveTo(r.x, base);
            boolean up = true;
            for (float x = r.x; x < r.x + r.width; x += WAVE_LENGTH / 2) {
                wave.lineTo(Math.min(x + WAVE_LENGTH / 2, r.x + r.width), up ? base + WAVE_HEIGHT : base);
                up = !up;
            }
            g2.draw(wave);
        } finally {
            g2.dispose();
        }
        return r;
    }
}
