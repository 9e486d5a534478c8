package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.text.PlainDocument;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintLabelPart;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** Hover text and inlay hint labels as the window shows them. */
class HoverPopupTest {
    @Test
    void markdownHoverBecomesSwingHtml() {
        Hover h = new Hover(new MarkupContent(
                MarkupKind.MARKDOWN,
                "**Rachel Dunmore** — person\n\n*Role:* the council's director of highways\n\n- \"We know <this>\""));
        String html = HoverPopup.toHtml(h);
        assertThat(html).startsWith("<html><body").endsWith("</body></html>");
        assertThat(html)
                .contains("<strong>Rachel Dunmore</strong>")
                .contains("<em>Role:</em>")
                .contains("<li>")
                .contains("&lt;this&gt;")
                .doesNotContain("<this>");
    }

    @Test
    void plainTextIsEscapedAndEmptyHoverShowsNothing() {
        String html = HoverPopup.toHtml(new Hover(new MarkupContent(MarkupKind.PLAINTEXT, "a < b\n\nnext")));
        assertThat(html).contains("a &lt; b").contains("</p><p>next");
        assertThat(HoverPopup.toHtml(null)).isNull();
        assertThat(HoverPopup.toHtml(new Hover(new MarkupContent(MarkupKind.MARKDOWN, " "))))
                .isNull();
    }

    @Test
    void inlayHintLabelsAreAnchoredInTheText() throws Exception {
        PlainDocument doc = new PlainDocument();
        doc.insertString(0, "\"We know,\" said Dunmore.\n", null);
        InlayHint plain = new InlayHint(new Position(0, 10), Either.forLeft(" Rachel Dunmore "));
        InlayHint parts = new InlayHint(
                new Position(0, 0),
                Either.forRight(List.of(new InlayHintLabelPart("— "), new InlayHintLabelPart("Dunmore"))));
        InlayHints hints = new InlayHints();
        hints.update(List.of(plain, parts), doc);
        assertThat(hints.hints()).extracting(InlayHints.Hint::label).containsExactly("Rachel Dunmore", "— Dunmore");
        doc.insertString(0, ">> ", null);
        assertThat(hints.hints().get(0).at().getOffset()).isEqualTo(13);
    }
}
