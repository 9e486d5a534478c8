package org.newslint.swing;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Insets;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;

/**
 * The editor window's widgets and where they sit: the Emacs text area in a scroll pane, the
 * outline panel beside it when shown, the mode line and the echo line underneath, and read-only
 * text windows for help. It builds and styles them and nothing else; what they show is up to the
 * other parts. Needs a display.
 */
final class WindowLayout {
    private final JFrame frame = new JFrame();
    private final EmacsTextArea area = new EmacsTextArea();
    private final EchoArea echo;
    private final JLabel modeLine = new JLabel(" ");
    private final OutlinePanel outline;
    private final JSplitPane split;

    /**
     * @param jump    what a click in the outline does
     * @param closing what closing the window does (asks, as C-x C-c does)
     */
    WindowLayout(Consumer<OutlineModel.Item> jump, Runnable closing) {
        Font mono = new Font(Font.MONOSPACED, Font.PLAIN, 14);
        Font ui = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        echo = new EchoArea(mono.deriveFont(13f), EchoArea.systemBeep());
        area.setFont(mono);
        area.setMargin(new Insets(8, 10, 8, 10));
        area.setSelectionColor(new Color(0xC6, 0xDB, 0xF5));

        outline = new OutlinePanel(ui, jump);
        outline.setPreferredSize(new Dimension(340, 400));
        outline.setMinimumSize(new Dimension(160, 100));
        JScrollPane textScroll = new JScrollPane(area);
        textScroll.setBorder(BorderFactory.createEmptyBorder());
        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, textScroll, null);
        split.setResizeWeight(1.0);
        split.setBorder(BorderFactory.createEmptyBorder());

        modeLine.setFont(mono.deriveFont(13f));
        modeLine.setOpaque(true);
        modeLine.setBackground(new Color(0xD6, 0xD6, 0xD6));
        modeLine.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 1, 0, new Color(0x9A, 0x9A, 0x9A)),
                BorderFactory.createEmptyBorder(2, 6, 2, 6)));
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(modeLine, BorderLayout.NORTH);
        bottom.add(echo, BorderLayout.SOUTH);

        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closing.run();
            }
        });
        frame.getContentPane().add(split, BorderLayout.CENTER);
        frame.getContentPane().add(bottom, BorderLayout.SOUTH);
        frame.setSize(1100, 720);
        frame.setLocationRelativeTo(null);
    }

    JFrame frame() {
        return frame;
    }

    EmacsTextArea area() {
        return area;
    }

    EchoArea echo() {
        return echo;
    }

    JLabel modeLine() {
        return modeLine;
    }

    OutlinePanel outline() {
        return outline;
    }

    boolean outlineShowing() {
        return split.getRightComponent() != null;
    }

    /** Puts the outline beside the text; {@link #relayout} afterwards. */
    void showOutline() {
        split.setRightComponent(outline);
        split.setDividerLocation(Math.max(300, split.getWidth() - 360));
    }

    /** Takes the outline away; {@link #relayout} afterwards. */
    void hideOutline() {
        split.setRightComponent(null);
    }

    void relayout() {
        split.revalidate();
    }

    /** A read-only text in a window of its own (C-h b, C-h e). */
    void showText(String title, String text) {
        JDialog d = new JDialog(frame, title, false);
        JTextArea t = new JTextArea(text);
        t.setEditable(false);
        t.setFont(area.getFont().deriveFont(13f));
        t.setCaretPosition(0);
        d.getContentPane().add(new JScrollPane(t));
        d.setSize(560, 480);
        d.setLocationRelativeTo(frame);
        d.setVisible(true);
    }
}
