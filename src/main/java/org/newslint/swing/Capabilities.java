package org.newslint.swing;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InlayHintCapabilities;
import org.eclipse.lsp4j.InlayHintWorkspaceCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/**
 * Both sides of the initialize handshake as the editor sees them: what it offers the server
 * (UTF-16 positions only, markdown hover, hierarchical symbols, versioned diagnostics, inlay hints
 * with refresh) and how it reads what the server offers back. Pure functions, so the handshake is
 * tested without a server.
 */
final class Capabilities {
    private Capabilities() {}

    static InitializeParams initializeParams() {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        String version = Capabilities.class.getPackage().getImplementationVersion();
        p.setClientInfo(new ClientInfo("newslint-swing", version == null ? "dev" : version));
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        td.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        DocumentSymbolCapabilities ds = new DocumentSymbolCapabilities();
        ds.setHierarchicalDocumentSymbolSupport(true);
        td.setDocumentSymbol(ds);
        PublishDiagnosticsCapabilities pd = new PublishDiagnosticsCapabilities();
        pd.setVersionSupport(true);
        td.setPublishDiagnostics(pd);
        td.setSynchronization(new SynchronizationCapabilities(false, false, false));
        td.setInlayHint(new InlayHintCapabilities(false));
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(td);
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setInlayHint(new InlayHintWorkspaceCapabilities(true));
        caps.setWorkspace(ws);
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(List.of("utf-16"));
        caps.setGeneral(general);
        p.setCapabilities(caps);
        return p;
    }

    /** The editor offered only UTF-16 columns (Swing's offsets); a server that chose another is refused. */
    static void requireUtf16(ServerCapabilities caps) {
        if (caps.getPositionEncoding() != null && !caps.getPositionEncoding().equals("utf-16")) {
            throw new IllegalStateException("the server chose position encoding " + caps.getPositionEncoding()
                    + ", but this editor offered only utf-16");
        }
    }

    /** The sync kind the server asked for; incremental until it has said. */
    static TextDocumentSyncKind syncKind(ServerCapabilities caps) {
        if (caps == null || caps.getTextDocumentSync() == null) {
            return TextDocumentSyncKind.Incremental;
        }
        var sync = caps.getTextDocumentSync();
        TextDocumentSyncKind k =
                sync.isLeft() ? sync.getLeft() : sync.getRight().getChange();
        return k == null ? TextDocumentSyncKind.None : k;
    }

    /** Inlay hints are requested only when the server advertises {@code inlayHintProvider}. */
    static boolean inlayHints(ServerCapabilities caps) {
        if (caps == null || caps.getInlayHintProvider() == null) {
            return false;
        }
        var p = caps.getInlayHintProvider();
        return p.isRight() || Boolean.TRUE.equals(p.getLeft());
    }

    static boolean hover(ServerCapabilities caps) {
        return caps != null
                && caps.getHoverProvider() != null
                && (caps.getHoverProvider().isRight()
                        || Boolean.TRUE.equals(caps.getHoverProvider().getLeft()));
    }

    static boolean documentSymbols(ServerCapabilities caps) {
        return caps != null
                && caps.getDocumentSymbolProvider() != null
                && (caps.getDocumentSymbolProvider().isRight()
                        || Boolean.TRUE.equals(caps.getDocumentSymbolProvider().getLeft()));
    }
}
