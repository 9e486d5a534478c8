package org.newslint.swing;

import java.util.concurrent.Executor;
import javax.swing.text.Document;
import javax.swing.text.JTextComponent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.newslint.text.LineIndex;

/**
 * The views of the server's analysis besides the underlines: the outline panel (document symbols)
 * and the inlay hints. Each refresh asks the server and shows the answer on the event thread,
 * unless the text changed meanwhile: a newer analysis will bring a newer answer.
 */
final class ServerViews {
    private final ServerSession session;
    private final EditorBuffer buffer;
    private final JTextComponent area;
    private final OutlinePanel outline;
    private final InlayHints inlays;
    private final Executor ui;

    ServerViews(
            ServerSession session,
            EditorBuffer buffer,
            JTextComponent area,
            OutlinePanel outline,
            InlayHints inlays,
            Executor ui) {
        this.session = session;
        this.buffer = buffer;
        this.area = area;
        this.outline = outline;
        this.inlays = inlays;
        this.ui = ui;
    }

    void refreshOutline() {
        ServerConnection server = session.connection();
        DocumentSync sync = buffer.sync();
        if (server == null || sync == null || server.capabilities() == null) {
            return;
        }
        if (!server.documentSymbolsSupported()) {
            outline.setStatus("The server offers no outline");
            return;
        }
        int version = sync.version();
        String uri = sync.uri();
        Document doc = area.getDocument();
        server.documentSymbols(uri)
                .whenComplete((symbols, ex) -> ui.execute(() -> {
                    DocumentSync now = buffer.sync();
                    if (now.version() != version
                            || !now.uri().equals(uri)
                            || now.hasPendingChanges()
                            || area.getDocument() != doc) {
                        return; // a newer analysis will bring a newer outline
                    }
                    if (ex != null) {
                        outline.setStatus("Outline failed: " + ServerSession.rootMessage(ex));
                        return;
                    }
                    outline.update(OutlineModel.build(symbols, doc));
                }));
    }

    void refreshInlayHints() {
        ServerConnection server = session.connection();
        DocumentSync sync = buffer.sync();
        if (server == null || sync == null || !server.inlayHintsSupported() || sync.hasPendingChanges()) {
            return;
        }
        int version = sync.version();
        String uri = sync.uri();
        LineIndex lines = new LineIndex(sync.shadowText());
        LineIndex.Position end = lines.position(sync.shadowText().length());
        Document doc = area.getDocument();
        server.inlayHints(uri, new Range(new Position(0, 0), new Position(end.line(), end.column())))
                .whenComplete((hints, ex) -> ui.execute(() -> {
                    DocumentSync now = buffer.sync();
                    if (ex != null
                            || now.version() != version
                            || now.hasPendingChanges()
                            || area.getDocument() != doc) {
                        return;
                    }
                    inlays.update(hints, doc);
                    area.repaint();
                }));
    }
}
