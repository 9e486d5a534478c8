package org.newslint.swing;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
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
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/**
 * How the editor starts its server: the command line (this jar's own server, on the JVM that runs
 * the editor) and the capabilities it announces in {@code initialize}.
 */
final class ServerLaunch {
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ServerLaunch.class.getName());

    private ServerLaunch() {}

    /**
     * {@code <java.home>/bin/java -cp <jar> org.newslint.cli.Main lsp}, where the jar is the one this
     * class was loaded from; system property {@code newslint.server.jar} or environment variable
     * {@code NEWSLINT_SERVER_JAR} name another (tests point it at the packaged jar).
     */
    static List<String> defaultCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Djava.awt.headless=true", "-cp", serverClasspath(), "org.newslint.cli.Main", "lsp");
    }

    static String serverClasspath() {
        String override = System.getProperty("newslint.server.jar");
        if (override == null || override.isBlank()) {
            override = System.getenv("NEWSLINT_SERVER_JAR");
        }
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath().toString();
        }
        CodeSource source = ServerConnection.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return location.toString();
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                LOG.fine("code source is not a file: " + source.getLocation());
            }
        }
        // running from classes directories (tests, an IDE): the same class path as this JVM
        return System.getProperty("java.class.path");
    }

    static InitializeParams initializeParams() {
        InitializeParams p = new InitializeParams();
        p.setProcessId((int) ProcessHandle.current().pid());
        String version = ServerConnection.class.getPackage().getImplementationVersion();
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
}
