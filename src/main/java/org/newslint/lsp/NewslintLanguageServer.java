package org.newslint.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceDiagnosticParams;
import org.eclipse.lsp4j.WorkspaceDiagnosticReport;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.newslint.analysis.model.Settings;
import org.newslint.config.ConfigFiles;
import org.newslint.config.ProjectConfig;
import org.newslint.config.SettingsJson;
import org.newslint.rules.Checker;
import org.newslint.text.Document;
import org.newslint.text.LineIndex;

/**
 * The newslint language server: negotiates capabilities and encodings, holds the settings and
 * hands document work to {@link NewslintTextDocumentService}. Every handler converts from LSP,
 * calls the core, converts back.
 */
public final class NewslintLanguageServer implements LanguageServer, LanguageClientAware {
    static final String VERSION = NewslintLanguageServer.class.getPackage().getImplementationVersion() != null
            ? NewslintLanguageServer.class.getPackage().getImplementationVersion()
            : "dev";
    private static final Logger LOG = Logger.getLogger(NewslintLanguageServer.class.getName());

    private final NewslintTextDocumentService documents;
    private final AnalysisScheduler scheduler;
    private final IntConsumer exit;
    private volatile LanguageClient client;
    private volatile ClientOptions clientOptions = ClientOptions.defaults();
    /** The client's settings section (initializationOptions, replaced by each didChangeConfiguration), or null. */
    private volatile Object clientSettings;

    private final ConfigFiles projectConfigs =
            new ConfigFiles(problem -> log(MessageType.Warning, "newslint configuration: " + problem));
    private volatile boolean shutdownRequested;
    private final ConfigurationPull configurationPull = new ConfigurationPull();
    /** The model loading started with the server ({@link StdioServer#warmUp}); done when there is none. */
    private volatile CompletableFuture<?> modelsLoading = CompletableFuture.completedFuture(null);
    /** The workspace's root folder (first workspace folder, else rootUri), or null. */
    private volatile Path workspaceRoot;
    /** Whether the client applies a {@code create} resource operation (in {@code documentChanges}). */
    private volatile boolean clientCreatesFiles;

    /**
     * @param exit called with the process exit status when the client sends {@code exit}
     *             (0 after {@code shutdown}, 1 otherwise); tests pass a recorder instead of System::exit
     */
    public NewslintLanguageServer(Checker checker, long debounceMillis, IntConsumer exit) {
        OpenDocuments open = new OpenDocuments();
        DiagnosticsPublisher diagnostics = new DiagnosticsPublisher(
                this::client, this::clientOptions, doc -> settingsFor(doc).rulesDocumentationUrl());
        this.scheduler = new AnalysisScheduler(
                debounceMillis,
                (doc, cancelled) -> checker.check(doc, settingsFor(doc), cancelled),
                open::isCurrent,
                diagnostics);
        this.documents = new NewslintTextDocumentService(this, open, scheduler, diagnostics);
        this.exit = exit;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    LanguageClient client() {
        return client;
    }

    /** The model loading to show as progress to a client that supports it (after {@code initialized}). */
    void modelsLoading(CompletableFuture<?> loading) {
        this.modelsLoading = loading;
    }

    ClientOptions clientOptions() {
        return clientOptions;
    }

    void log(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            try {
                c.logMessage(new MessageParams(type, message));
            } catch (RuntimeException e) {
                LOG.warning("cannot send log message: " + e);
            }
        }
        LOG.info(message);
    }

    /**
     * A document's settings, in the order of the README: the defaults, the nearest
     * {@code .newslint.json} above the document, then the client's settings; a document its
     * project ignores gets no findings.
     */
    Settings settingsFor(Document doc) {
        ProjectConfig project = projectConfigs.forUri(doc.uri());
        Settings s = project == null ? Settings.defaults() : project.settings();
        Object raw = clientSettings;
        if (raw != null) {
            s = SettingsParser.parse(raw, s).settings();
        }
        if (project != null && project.ignores(Path.of(java.net.URI.create(doc.uri())))) {
            for (String id : SettingsJson.ruleIds()) {
                s = s.with(id, false, null);
            }
        }
        return s;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        ClientCapabilities caps = params.getCapabilities();
        boolean markdownHover = false;
        boolean hierarchical = false;
        LineIndex.Encoding encoding = LineIndex.Encoding.UTF16;
        if (caps != null && caps.getTextDocument() != null) {
            var td = caps.getTextDocument();
            if (td.getHover() != null && td.getHover().getContentFormat() != null) {
                markdownHover = td.getHover().getContentFormat().contains(MarkupKind.MARKDOWN);
            }
            if (td.getDocumentSymbol() != null
                    && Boolean.TRUE.equals(td.getDocumentSymbol().getHierarchicalDocumentSymbolSupport())) {
                hierarchical = true;
            }
        }
        if (caps != null && caps.getGeneral() != null && caps.getGeneral().getPositionEncodings() != null) {
            List<String> offered = caps.getGeneral().getPositionEncodings();
            if (!offered.isEmpty() && !offered.contains("utf-16")) {
                if (offered.contains("utf-8")) {
                    encoding = LineIndex.Encoding.UTF8;
                } else if (offered.contains("utf-32")) {
                    encoding = LineIndex.Encoding.UTF32;
                }
            }
        }
        clientOptions = new ClientOptions(markdownHover, hierarchical, encoding, ClientSupport.of(caps));
        workspaceRoot = root(params);
        clientCreatesFiles = createsFiles(caps);
        ParentWatch.watch(params.getProcessId(), () -> exit.accept(1));
        SettingsParser.Parsed parsed = SettingsParser.parse(params.getInitializationOptions(), Settings.defaults());
        if (parsed.present()) {
            clientSettings = params.getInitializationOptions();
        }
        logProblems(parsed);

        ServerCapabilities sc = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sc.setTextDocumentSync(sync);
        sc.setHoverProvider(true);
        sc.setDocumentSymbolProvider(true);
        sc.setDefinitionProvider(true);
        sc.setReferencesProvider(true);
        sc.setDocumentHighlightProvider(true);
        sc.setInlayHintProvider(true);
        sc.setCodeActionProvider(new CodeActionOptions(
                List.of(CodeActionKind.QuickFix, CodeActionKind.Refactor, CodeActionKind.RefactorRewrite)));
        sc.setPositionEncoding(Conversions.encodingName(encoding));
        sc.setWorkspaceSymbolProvider(true);
        sc.setSemanticTokensProvider(new SemanticTokensWithRegistrationOptions(ArticleTokens.legend(), true, true));
        if (clientOptions.support().pullDiagnostics()) {
            sc.setDiagnosticProvider(PullDiagnostics.options()); // and never a publishDiagnostics
        }
        return CompletableFuture.completedFuture(new InitializeResult(sc, new ServerInfo("newslint", VERSION)));
    }

    private static Path root(InitializeParams params) {
        String uri = null;
        if (params.getWorkspaceFolders() != null
                && !params.getWorkspaceFolders().isEmpty()) {
            uri = params.getWorkspaceFolders().get(0).getUri();
        } else if (params.getRootUri() != null) {
            uri = params.getRootUri();
        }
        try {
            return uri != null && uri.startsWith("file:") ? Path.of(java.net.URI.create(uri)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean createsFiles(ClientCapabilities caps) {
        var edit = caps == null || caps.getWorkspace() == null
                ? null
                : caps.getWorkspace().getWorkspaceEdit();
        // resource operations exist only in documentChanges, so a client that lists "create" applies them
        // (Neovim 0.7 lists it without setting documentChanges, and applies both)
        return edit != null
                && edit.getResourceOperations() != null
                && edit.getResourceOperations().contains("create");
    }

    /**
     * Where "add to the house list" writes for a document: the {@code .newslint.json} its settings
     * came from (its text as the editor has it open, else as on disk), or a new one at the workspace
     * root when there is none, the document lies under that root and the client can create files;
     * otherwise null (no such action).
     */
    NameActions.ConfigTarget configTargetFor(String docUri, java.util.function.Function<String, String> openText) {
        ProjectConfig project = projectConfigs.forUri(docUri);
        if (project != null && project.file() != null) {
            String uri = project.file().toUri().toString();
            String text = openText.apply(uri);
            if (text == null) {
                try {
                    text = java.nio.file.Files.readString(project.file(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.io.IOException | RuntimeException e) {
                    return null;
                }
            }
            return new NameActions.ConfigTarget(uri, project.file(), text, false);
        }
        Path root = workspaceRoot;
        if (root == null || !clientCreatesFiles || docUri == null || !docUri.startsWith("file:")) {
            return null;
        }
        try {
            if (!Path.of(java.net.URI.create(docUri)).startsWith(root)) {
                return null;
            }
        } catch (RuntimeException e) {
            return null;
        }
        Path file = root.resolve(ProjectConfig.FILE_NAME);
        return new NameActions.ConfigTarget(file.toUri().toString(), file, "", true);
    }

    /** All of a settings object's problems in one message: what was wrong keeps its default, the rest applies. */
    private void logProblems(SettingsParser.Parsed parsed) {
        if (!parsed.problems().isEmpty()) {
            log(
                    MessageType.Warning,
                    "newslint configuration: " + String.join("; ", parsed.problems()) + " (defaults used for these)");
        }
    }

    @Override
    public void initialized(InitializedParams params) {
        log(MessageType.Info, "newslint " + VERSION + " ready");
        LanguageClient c = client;
        if (c != null && clientOptions.support().workDoneProgress()) {
            ModelProgress.show(c, modelsLoading, problem -> log(MessageType.Info, problem));
        }
        pullConfiguration();
    }

    /**
     * The client's settings payload (initializationOptions, didChangeConfiguration or a
     * workspace/configuration answer) replaces the previous one when it has a newslint section;
     * its problems are one message. Returns whether it was taken.
     */
    private boolean applyClientSettings(Object payload) {
        SettingsParser.Parsed parsed = SettingsParser.parse(payload, Settings.defaults());
        logProblems(parsed);
        if (!parsed.present()) {
            return false;
        }
        clientSettings = payload;
        settingsChanged();
        return true;
    }

    /** Every open document is analysed again, and a client that pulls diagnostics is told to pull again. */
    private void settingsChanged() {
        documents.reanalyseAll();
        LanguageClient c = client;
        ClientSupport support = clientOptions.support();
        if (c != null && support.pullDiagnostics() && support.diagnosticRefresh()) {
            try {
                c.refreshDiagnostics().exceptionally(e -> {
                    LOG.info("workspace/diagnostic/refresh failed: "
                            + MessageCheck.oneLine(String.valueOf(
                                    e instanceof CompletionException && e.getCause() != null ? e.getCause() : e)));
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.info("cannot send workspace/diagnostic/refresh: " + e);
            }
        }
    }

    /** Asks a client that answers workspace/configuration for the newslint section (after initialized, after each change). */
    private void pullConfiguration() {
        LanguageClient c = client;
        if (c == null || !clientOptions.support().configuration()) {
            return;
        }
        configurationPull.request(
                c,
                payload -> {
                    if (!payload.equals(clientSettings)) {
                        applyClientSettings(payload);
                    }
                },
                problem -> log(MessageType.Warning, "newslint configuration: " + problem));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        scheduler.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exit.accept(shutdownRequested ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {
                // a newslint section replaces the whole configuration; a payload without one (eglot's {}, a pull
                // client's null) changes nothing; then a client that answers workspace/configuration is asked, and
                // its section, if it has one, replaces the payload's
                applyClientSettings(params == null ? null : params.getSettings());
                pullConfiguration();
            }

            /** A report per open document ({@link PullDiagnostics#workspace}). */
            @Override
            public CompletableFuture<WorkspaceDiagnosticReport> diagnostic(WorkspaceDiagnosticParams params) {
                return documents.pull().workspace(params);
            }

            @Override
            public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
                    WorkspaceSymbolParams params) {
                return documents.workspaceSymbols(params).thenApply(Either::forLeft);
            }

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
                // a changed .newslint.json is noticed by its time stamp on the next analysis; re-analyse now
                if (params != null
                        && params.getChanges() != null
                        && params.getChanges().stream()
                                .anyMatch(c -> c.getUri() != null && c.getUri().endsWith(ProjectConfig.FILE_NAME))) {
                    settingsChanged();
                }
            }
        };
    }
}
