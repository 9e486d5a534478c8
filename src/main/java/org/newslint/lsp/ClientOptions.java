package org.newslint.lsp;

import org.newslint.text.LineIndex;

/**
 * What the client said it can show, negotiated once at {@code initialize}: Markdown or plain
 * hovers, hierarchical or flat symbols, the position encoding every range is converted in, and
 * the protocol flows it takes part in ({@link ClientSupport}).
 */
record ClientOptions(
        boolean markdownHover, boolean hierarchicalSymbols, LineIndex.Encoding encoding, ClientSupport support) {
    static ClientOptions defaults() {
        return new ClientOptions(true, true, LineIndex.Encoding.UTF16, ClientSupport.NONE);
    }
}
