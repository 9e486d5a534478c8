package org.newslint.lsp;

import org.eclipse.lsp4j.ClientCapabilities;

/**
 * The protocol flows the client said it takes part in, read once at {@code initialize}: pulling
 * diagnostics instead of receiving them (and being told to pull again), answering
 * {@code workspace/configuration}, and showing server-initiated progress. Each decides which
 * messages the server sends; a client that says nothing gets none of them.
 */
record ClientSupport(
        boolean pullDiagnostics, boolean diagnosticRefresh, boolean configuration, boolean workDoneProgress) {
    static final ClientSupport NONE = new ClientSupport(false, false, false, false);

    static ClientSupport of(ClientCapabilities caps) {
        if (caps == null) {
            return NONE;
        }
        var td = caps.getTextDocument();
        var ws = caps.getWorkspace();
        var window = caps.getWindow();
        return new ClientSupport(
                td != null && td.getDiagnostic() != null,
                ws != null
                        && ws.getDiagnostics() != null
                        && Boolean.TRUE.equals(ws.getDiagnostics().getRefreshSupport()),
                ws != null && Boolean.TRUE.equals(ws.getConfiguration()),
                window != null && Boolean.TRUE.equals(window.getWorkDoneProgress()));
    }
}
