package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.HouseLists;
import org.newslint.analysis.model.Settings;
import org.newslint.config.ConfigFiles;
import org.newslint.rules.Checker;
import org.newslint.testing.RecordingClient;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.LineIndex;

/**
 * The actions on a name, through the in-process server, with their edits applied: the full name at
 * the first mention, and the name added to the house list of {@code .newslint.json} (an existing
 * file edited in place, or a new one created where the client can create files).
 */
class NameActionsTest {
    private static final Checker CHECKER = Checker.createDefault();
    private static final String ARTICLE = "The Riverside Bridge will close in March, Dunmore said on Monday.\n"
            + "Rachel Dunmore, the council's director of highways, said the repairs were overdue.\n";
    private final RecordingClient client = new RecordingClient();
    private final NewslintLanguageServer server = new NewslintLanguageServer(CHECKER, 10, s -> {});

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private List<CodeAction> actionsAt(InitializeParams init, String uri, String text, int offset, List<String> only)
            throws Exception {
        server.connect(client);
        server.initialize(init).get(10, TimeUnit.SECONDS);
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
        client.awaitDiagnostics(uri, 1, 20_000);
        LineIndex lines = new LineIndex(text);
        Position at = new Position(lines.lineOf(offset), offset - lines.lineStart(lines.lineOf(offset)));
        CodeActionContext context = new CodeActionContext(List.of());
        context.setOnly(only);
        List<CodeAction> out = new ArrayList<>();
        for (var e : server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), new Range(at, at), context))
                .get(20, TimeUnit.SECONDS)) {
            out.add(e.getRight());
        }
        return out;
    }

    private static CodeAction titled(List<CodeAction> actions, String prefix) {
        return actions.stream()
                .filter(a -> a.getTitle().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no action '" + prefix + "…' in "
                        + actions.stream().map(CodeAction::getTitle).toList()));
    }

    @Test
    void aSurnameFirstIsWrittenInFullWhenTheFullNameComesLater(@TempDir Path dir) throws Exception {
        String uri = dir.resolve("story.txt").toUri().toString();
        int cursor = ARTICLE.indexOf("Rachel Dunmore") + 8; // on the later, full mention
        List<CodeAction> actions = actionsAt(new InitializeParams(), uri, ARTICLE, cursor, null);
        CodeAction expand = titled(actions, "Write \u201CRachel Dunmore\u201D in full");
        assertThat(expand.getKind()).isEqualTo("refactor.rewrite");
        String fixed = QuickFixesTest.apply(ARTICLE, expand, uri);
        assertThat(fixed)
                .isEqualTo("The Riverside Bridge will close in March, Rachel Dunmore said on Monday.\n"
                        + "Rachel Dunmore, the council's director of highways, said the repairs were overdue.\n");
        // applied, the name is already full at its first mention: no such action any more
        ArticleAnalysis after =
                CHECKER.check(new Document(uri, 2, fixed, DocumentFormat.PLAIN_TEXT), Settings.defaults());
        Entity e = after.entityAt(fixed.indexOf("Rachel"));
        assertThat(e.name()).isEqualTo("Rachel Dunmore");
        assertThat(NameActions.expandFirstMention(after, e, LineIndex.Encoding.UTF16))
                .isNull();
        // the attribution placeholder reads as a name, but is offered nothing
        String placeholder = ARTICLE + "The bridge is the busiest crossing in the county, SOURCE said.\n";
        ArticleAnalysis withPlaceholder =
                CHECKER.check(new Document(uri, 3, placeholder, DocumentFormat.PLAIN_TEXT), Settings.defaults());
        int src = placeholder.indexOf("SOURCE");
        assertThat(withPlaceholder.entityAt(src)).as("SOURCE reads as a name").isNotNull();
        assertThat(NameActions.at(
                        withPlaceholder,
                        new Range(new Position(2, src - placeholder.lastIndexOf('\n', src) - 1), new Position(2, 50)),
                        LineIndex.Encoding.UTF16,
                        new NameActions.ConfigTarget(
                                "file:///x/.newslint.json", Path.of("/x/.newslint.json"), "{}", false)))
                .isEmpty();
        // only quick fixes asked for: the refactorings are left out
        assertThat(actionsAt(new InitializeParams(), uri, ARTICLE, cursor, List.of("quickfix")))
                .noneMatch(a -> a.getKind().startsWith("refactor"));
    }

    @Test
    void aNameIsAddedToTheProjectsHouseListAndKeepsTheRestOfTheFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve(".newslint.json");
        String before = "{\n  \"rules\": {\"vague-source\": \"info\"},\n  \"reportingVerbs\": [\"tweet\"]\n}\n";
        Files.writeString(config, before, StandardCharsets.UTF_8);
        Path story = Files.createDirectories(dir.resolve("desk")).resolve("story.txt");
        String uri = story.toUri().toString();
        List<CodeAction> actions =
                actionsAt(new InitializeParams(), uri, ARTICLE, ARTICLE.indexOf("Dunmore said") + 2, null);
        CodeAction add = titled(actions, "Add \u201CRachel Dunmore\u201D (person) to the house names");
        assertThat(add.getKind()).isEqualTo("refactor");
        assertThat(add.getEdit().getChanges()).containsOnlyKeys(config.toUri().toString());
        String after = QuickFixesTest.apply(
                before, add.getEdit().getChanges().get(config.toUri().toString()));
        assertThat(after)
                .isEqualTo("{\n  \"rules\": {\"vague-source\": \"info\"},\n  \"reportingVerbs\": [\"tweet\"],\n"
                        + "  \"names\": [{\"name\": \"Rachel Dunmore\", \"type\": \"person\", \"aliases\":"
                        + " [\"Dunmore\"]}]\n}\n");
        var parsed = ConfigFiles.parse(config, after);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.settings().house().names())
                .containsExactly(new HouseLists.Name("Rachel Dunmore", EntityType.PERSON, List.of("Dunmore")));
        assertThat(parsed.settings().house().reportingVerbs()).containsExactly("tweet");
        // saved, the name is listed: the action is not offered again
        Files.writeString(config, after, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(
                config, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        var target = server.configTargetFor(uri, u -> null);
        ArticleAnalysis a =
                CHECKER.check(new Document(uri, 1, ARTICLE, DocumentFormat.PLAIN_TEXT), Settings.defaults());
        Entity e = a.entityAt(ARTICLE.indexOf("Rachel"));
        assertThat(NameActions.addToHouseList(a, e, target, LineIndex.Encoding.UTF16))
                .isNull();
    }

    @Test
    void withoutAConfigFileOneIsCreatedAtTheRootOnlyWhereTheClientCanCreateFiles(@TempDir Path dir) throws Exception {
        String uri = dir.resolve("story.txt").toUri().toString();
        int cursor = ARTICLE.indexOf("Rachel Dunmore");
        // a client that cannot create files (the default capabilities) is offered nothing
        InitializeParams plain = new InitializeParams();
        plain.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "desk")));
        assertThat(actionsAt(plain, uri, ARTICLE, cursor, null))
                .noneMatch(a -> a.getTitle().contains(".newslint.json"));
        server.shutdown();

        NewslintLanguageServer capable = new NewslintLanguageServer(CHECKER, 10, s -> {});
        try {
            InitializeParams init = new InitializeParams();
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "desk")));
            WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
            edits.setResourceOperations(List.of("create", "rename", "delete"));
            WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
            workspace.setWorkspaceEdit(edits);
            ClientCapabilities caps = new ClientCapabilities();
            caps.setWorkspace(workspace);
            init.setCapabilities(caps);
            RecordingClient other = new RecordingClient();
            capable.connect(other);
            capable.initialize(init).get(10, TimeUnit.SECONDS);
            capable.getTextDocumentService()
                    .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, ARTICLE)));
            other.awaitDiagnostics(uri, 1, 20_000);
            LineIndex lines = new LineIndex(ARTICLE);
            Position at = new Position(lines.lineOf(cursor), cursor - lines.lineStart(lines.lineOf(cursor)));
            List<CodeAction> actions = new ArrayList<>();
            for (var e : capable.getTextDocumentService()
                    .codeAction(new CodeActionParams(
                            new TextDocumentIdentifier(uri), new Range(at, at), new CodeActionContext(List.of())))
                    .get(20, TimeUnit.SECONDS)) {
                actions.add(e.getRight());
            }
            CodeAction create = titled(actions, "Create .newslint.json with \u201CRachel Dunmore\u201D");
            var changes = create.getEdit().getDocumentChanges();
            String configUri = dir.resolve(".newslint.json").toUri().toString();
            assertThat(changes).hasSize(2);
            CreateFile op = (CreateFile) changes.get(0).getRight();
            assertThat(op.getUri()).isEqualTo(configUri);
            assertThat(op.getOptions())
                    .as("never overwrite nor ignore an existing file")
                    .isNull();
            TextDocumentEdit content = changes.get(1).getLeft();
            assertThat(content.getTextDocument().getUri()).isEqualTo(configUri);
            String created = QuickFixesTest.apply(
                    "", content.getEdits().stream().map(x -> x.getLeft()).toList());
            assertThat(ConfigFiles.parse(dir.resolve(".newslint.json"), created)
                            .settings()
                            .house()
                            .names())
                    .extracting(HouseLists.Name::name)
                    .containsExactly("Rachel Dunmore");
            // and a document outside the workspace root gets no such action
            assertThat(capable.configTargetFor(
                            Path.of("/elsewhere/story.txt").toUri().toString(), u -> null))
                    .isNull();
        } finally {
            capable.shutdown();
        }
    }
}
