package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.lsp4j.HoverOptions;
import org.eclipse.lsp4j.InlayHintRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The initialize handshake read both ways, without a server. */
class CapabilitiesTest {
    @Test
    void theEditorOffersWhatItCanShow() {
        var init = Capabilities.initializeParams();
        assertThat(init.getClientInfo().getName()).isEqualTo("newslint-swing");
        assertThat(init.getProcessId()).isEqualTo((int) ProcessHandle.current().pid());
        var td = init.getCapabilities().getTextDocument();
        assertThat(td.getPublishDiagnostics().getVersionSupport())
                .as("versioned diagnostics")
                .isTrue();
        assertThat(td.getSynchronization().getWillSave()).isFalse();
        assertThat(init.getCapabilities().getWorkspace().getInlayHint().getRefreshSupport())
                .isTrue();
    }

    @Test
    void theSyncKindIsIncrementalUntilTheServerSaysAndNoneWhenItSaysNothing() {
        assertThat(Capabilities.syncKind(null)).isEqualTo(TextDocumentSyncKind.Incremental);
        ServerCapabilities caps = new ServerCapabilities();
        assertThat(Capabilities.syncKind(caps)).isEqualTo(TextDocumentSyncKind.Incremental);
        caps.setTextDocumentSync(TextDocumentSyncKind.Full);
        assertThat(Capabilities.syncKind(caps)).isEqualTo(TextDocumentSyncKind.Full);
        TextDocumentSyncOptions options = new TextDocumentSyncOptions();
        caps.setTextDocumentSync(options);
        assertThat(Capabilities.syncKind(caps))
                .as("options without a change kind")
                .isEqualTo(TextDocumentSyncKind.None);
        options.setChange(TextDocumentSyncKind.Incremental);
        assertThat(Capabilities.syncKind(caps)).isEqualTo(TextDocumentSyncKind.Incremental);
    }

    @Test
    void aProviderIsOfferedByTrueOrByOptions() {
        assertThat(Capabilities.hover(null)).isFalse();
        ServerCapabilities caps = new ServerCapabilities();
        assertThat(Capabilities.hover(caps)).isFalse();
        assertThat(Capabilities.documentSymbols(caps)).isFalse();
        assertThat(Capabilities.inlayHints(caps)).isFalse();
        caps.setHoverProvider(false);
        assertThat(Capabilities.hover(caps)).isFalse();
        caps.setHoverProvider(new HoverOptions());
        assertThat(Capabilities.hover(caps)).isTrue();
        caps.setDocumentSymbolProvider(true);
        assertThat(Capabilities.documentSymbols(caps)).isTrue();
        caps.setInlayHintProvider(Either.forLeft(false));
        assertThat(Capabilities.inlayHints(caps)).isFalse();
        caps.setInlayHintProvider(Either.forRight(new InlayHintRegistrationOptions()));
        assertThat(Capabilities.inlayHints(caps)).isTrue();
    }

    @Test
    void onlyUtf16PositionsAreAccepted() {
        ServerCapabilities caps = new ServerCapabilities();
        Capabilities.requireUtf16(caps);
        caps.setPositionEncoding("utf-16");
        Capabilities.requireUtf16(caps);
        caps.setPositionEncoding("utf-8");
        assertThatThrownBy(() -> Capabilities.requireUtf16(caps))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the server chose position encoding utf-8, but this editor offered only utf-16");
    }
}
