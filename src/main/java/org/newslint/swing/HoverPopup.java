package org.newslint.swing;

import java.awt.Point;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JToolTip;
import javax.swing.Popup;
import javax.swing.PopupFactory;
import javax.swing.SwingUtilities;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Shows a hover from the server as a tooltip-styled popup: Markdown is rendered to the HTML that
 * Swing labels understand, plain text is escaped. One popup at a time; any key or mouse move
 * away closes it.
 */
public final class HoverPopup {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).build();
    /** Wider hovers wrap at this many pixels. */
    private static final int WRAP_WIDTH = 420;

    private final JComponent owner;
    private Popup popup;
    private JToolTip tip;

    public HoverPopup(JComponent owner) {
        this.owner = owner;
    }

    /** The hover's contents as Swing HTML, or null when it has nothing to show. */
    public static String toHtml(Hover hover) {
        if (hover == null || hover.getContents() == null) {
            return null;
        }
        Either<List<Either<String, MarkedString>>, MarkupContent> contents = hover.getContents();
        StringBuilder body = new StringBuilder();
        if (contents.isRight()) {
            MarkupContent m = contents.getRight();
            if (m.getValue() == null || m.getValue().isBlank()) {
                return null;
            }
            body.append(MarkupKind.MARKDOWN.equals(m.getKind()) ? markdown(m.getValue()) : plain(m.getValue()));
        } else {
            for (Either<String, MarkedString> part : contents.getLeft()) {
                String s = part.isLeft() ? part.getLeft() : part.getRight().getValue();
                if (s != null && !s.isBlank()) {
                    body.append(part.isLeft() ? markdown(s) : "<pre>" + escape(s) + "</pre>");
                }
            }
            if (body.length() == 0) {
                return null;
            }
        }
        String inner = body.toString().strip();
        String plainText = inner.replaceAll("<[^>]+>", "");
        String style = plainText.length() > 60 ? " style='width: " + WRAP_WIDTH + "px'" : "";
        return "<html><body" + style + ">" + inner + "</body></html>";
    }

    static String markdown(String md) {
        return HTML.render(MARKDOWN.parse(md));
    }

    static String plain(String text) {
        return "<p>" + escape(text).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Shows HTML with its top-left corner at a point in the owner's coordinates. */
    public void show(String html, Point at) {
        hide();
        if (html == null || !owner.isShowing()) {
            return;
        }
        tip = owner.createToolTip();
        tip.setTipText(html);
        Point screen = new Point(at);
        SwingUtilities.convertPointToScreen(screen, owner);
        popup = PopupFactory.getSharedInstance().getPopup(owner, tip, screen.x, screen.y);
        popup.show();
    }

    public boolean showing() {
        return popup != null;
    }

    /** The HTML shown, or null. */
    public String text() {
        return tip == null ? null : tip.getTipText();
    }

    public void hide() {
        if (popup != null) {
            popup.hide();
            popup = null;
            tip = null;
        }
    }
}
