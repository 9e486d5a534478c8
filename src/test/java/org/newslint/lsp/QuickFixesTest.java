package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Settings;
import org.newslint.rules.Checker;
import org.newslint.testing.RecordingClient;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.LineIndex;

/** The server's quick fixes applied to the text: the finding they are for is gone, and nothing new appears. */
class QuickFixesTest {
    private static final Checker CHECKER = Checker.createDefault();
    private final RecordingClient client = new RecordingClient();
    private final NewslintLanguageServer server = new NewslintLanguageServer(CHECKER, 10, s -> {});

    @AfterEach
    void stop() {
        server.shutdown();
    }

    private List<CodeAction> actionsFor(String uri, String language, String text, String rule) throws Exception {
        server.connect(client);
        InitializeResult init = server.initialize(new InitializeParams()).get(10, TimeUnit.SECONDS);
        assertThat(init.getCapabilities().getCodeActionProvider().getRight().getCodeActionKinds())
                .containsExactly("quickfix", "refactor", "refactor.rewrite");
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, 1, text)));
        PublishDiagnosticsParams diags = client.awaitDiagnostics(uri, 1, 20_000);
        Diagnostic d = diags.getDiagnostics().stream()
                .filter(x -> x.getCode().getLeft().equals(rule))
                .findFirst()
                .orElseThrow();
        List<CodeAction> out = new ArrayList<>();
        for (var e : server.getTextDocumentService()
                .codeAction(new CodeActionParams(
                        new TextDocumentIdentifier(uri), d.getRange(), new CodeActionContext(List.of(d))))
                .get(20, TimeUnit.SECONDS)) {
            out.add(e.getRight());
        }
        return out;
    }

    /** The text after a code action's edits (UTF-16 positions, applied from the end). */
    static String apply(String text, CodeAction action, String uri) {
        return apply(text, action.getEdit().getChanges().get(uri));
    }

    static String apply(String text, List<TextEdit> changes) {
        LineIndex lines = new LineIndex(text);
        List<TextEdit> edits = new ArrayList<>(changes);
        edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter())
                .reversed());
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : edits) {
            Range r = e.getRange();
            int s = lines.offset(r.getStart().getLine(), r.getStart().getCharacter());
            int en = lines.offset(r.getEnd().getLine(), r.getEnd().getCharacter());
            sb.replace(s, en, e.getNewText());
        }
        return sb.toString();
    }

    private static List<String> rules(String uri, String text, DocumentFormat format) {
        ArticleAnalysis a = CHECKER.check(new Document(uri, 1, text, format), Settings.defaults());
        return a.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void anUnclosedQuotationIsClosedAtTheEndOfItsParagraph() throws Exception {
        String uri = "file:///tmp/quote.txt";
        String text = "Maria Lopez leads the union.\n\u201CWe will not back down, she said.\nThe talks resume today.\n";
        List<CodeAction> actions = actionsFor(uri, "plaintext", text, "unbalanced-quote");
        CodeAction close = actions.stream()
                .filter(a -> a.getTitle().startsWith("Close the quotation"))
                .findFirst()
                .orElseThrow();
        String fixed = apply(text, close, uri);
        assertThat(fixed)
                .isEqualTo(
                        "Maria Lopez leads the union.\n\u201CWe will not back down, she said.\u201D\nThe talks resume"
                                + " today.\n");
        assertThat(rules(uri, text, DocumentFormat.PLAIN_TEXT)).contains("unbalanced-quote");
        assertThat(rules(uri, fixed, DocumentFormat.PLAIN_TEXT)).doesNotContain("unbalanced-quote");
    }

    @Test
    void silencingAFindingInsertsTheCommentAndTheFindingIsGone() throws Exception {
        String uri = "file:///tmp/story.md";
        String text = "# Bridge\n\nThe mayor said the bridge would reopen.\n\nExperts say the bridge is unsafe.\n";
        List<CodeAction> actions = actionsFor(uri, "markdown", text, "vague-source");
        CodeAction silence = actions.stream()
                .filter(a -> a.getTitle().startsWith("Silence vague-source"))
                .findFirst()
                .orElseThrow();
        assertThat(silence.getDiagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.getRange().getStart()).isEqualTo(new Position(4, 0)));
        String fixed = apply(text, silence, uri);
        assertThat(fixed)
                .isEqualTo("# Bridge\n\nThe mayor said the bridge would reopen.\n\n"
                        + "<!-- newslint-disable-next-line vague-source -->\nExperts say the bridge is unsafe.\n");
        List<String> after = rules(uri, fixed, DocumentFormat.MARKDOWN);
        assertThat(after).doesNotContain("vague-source", "unused-suppression");
        // plain text gets the bracket form, which works there just as well
        String plain = "Experts say the bridge is unsafe.\n";
        String fixedPlain = "[newslint-disable-next-line vague-source]\n" + plain;
        assertThat(rules("file:///tmp/p.txt", fixedPlain, DocumentFormat.PLAIN_TEXT))
                .doesNotContain("vague-source", "unused-suppression");
    }

    @Test
    void anAttributionPlaceholderGoesBeforeTheFullStopAndTheSentenceCountsAsAttributed() throws Exception {
        String uri = "file:///tmp/bridge.txt";
        String text = "The bridge carries about 18,000 vehicles a day. It is the busiest crossing in the county.\n";
        List<CodeAction> actions = actionsFor(uri, "plaintext", text, "unattributed-claim");
        CodeAction source = actions.stream()
                .filter(a -> a.getTitle().startsWith("Insert an attribution placeholder"))
                .findFirst()
                .orElseThrow();
        assertThat(source.getKind()).isEqualTo("quickfix");
        String fixed = apply(text, source, uri);
        assertThat(fixed)
                .isEqualTo("The bridge carries about 18,000 vehicles a day. It is the busiest crossing in the county,"
                        + " SOURCE said.\n");
        assertThat(rules(uri, text, DocumentFormat.PLAIN_TEXT)).contains("unattributed-claim");
        assertThat(rules(uri, fixed, DocumentFormat.PLAIN_TEXT)).isEmpty();
    }

    @Test
    void aQuoteWithoutSpeakerGetsThePlaceholderAfterItsClosingMark() throws Exception {
        String uri = "file:///tmp/quote.txt";
        String text =
                "The council met on Monday.\n\n\u201CWe cannot keep patching a bridge that is falling apart. It is not safe.\u201D\n";
        List<CodeAction> actions = actionsFor(uri, "plaintext", text, "quote-without-speaker");
        CodeAction source = actions.stream()
                .filter(a -> a.getTitle().startsWith("Insert an attribution placeholder"))
                .findFirst()
                .orElseThrow();
        String fixed = apply(text, source, uri);
        assertThat(fixed)
                .isEqualTo("The council met on Monday.\n\n\u201CWe cannot keep patching a bridge that is falling apart."
                        + " It is not safe,\u201D SOURCE said.\n");
        assertThat(rules(uri, fixed, DocumentFormat.PLAIN_TEXT)).doesNotContain("quote-without-speaker");
    }

    @Test
    void thePlaceholderKeepsAQuestionMarkAndAnAbbreviationsFullStop() {
        String text = "Who will pay for the repairs?\n\n\u201CWho will pay for it?\u201D\n\n"
                + "The bridge is the oldest in the U.S.\n";
        String uri = "file:///tmp/marks.txt";
        ArticleAnalysis a = CHECKER.check(new Document(uri, 1, text, DocumentFormat.PLAIN_TEXT), Settings.defaults());
        List<String> fixed = new ArrayList<>();
        for (String sentence : List.of("Who will pay for the repairs?", "\u201CWho will pay", "The bridge")) {
            int at = text.indexOf(sentence);
            Finding f = new Finding(
                    "unattributed-claim",
                    org.newslint.analysis.model.Severity.WARNING,
                    new org.newslint.text.TextRange(at, at + 1),
                    "test");
            fixed.add(apply(text, QuickFixes.sourcePlaceholder(a, f, LineIndex.Encoding.UTF16), uri));
        }
        assertThat(fixed.get(0)).startsWith("Who will pay for the repairs, SOURCE said?\n");
        assertThat(fixed.get(1)).contains("\n\u201CWho will pay for it?\u201D SOURCE said.\n");
        assertThat(fixed.get(2)).endsWith("The bridge is the oldest in the U.S., SOURCE said.\n");
    }
}
