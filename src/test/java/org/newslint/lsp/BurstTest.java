package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.model.Severity;
import org.newslint.rules.Checker;
import org.newslint.rules.Rule;
import org.newslint.rules.RuleContext;
import org.newslint.rules.Rules;
import org.newslint.testing.RecordingClient;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.LineIndex;

/**
 * A burst of 1,000 {@code didChange} notifications, as fast as a client can send them, against the
 * whole in-process server with its real debounce: only the newest version is analysed to the end,
 * every publish carries the version it was computed for and was current when sent, the final
 * publish equals a fresh analysis of the final text, and the heap returns to its level before the
 * burst. A recording rule added after {@link Rules#ALL} sees every analysis that ran to completion.
 */
class BurstTest {
    private static final String URI = "file:///tmp/burst.txt";
    private static final int EDITS = 1000;
    private static final String TYPED = "The council said on Monday it would vote again next year. ";

    /** Records the version of every document whose analysis ran every stage; finds nothing. */
    private static final class AnalysedVersions implements Rule {
        final List<Integer> versions = new CopyOnWriteArrayList<>();

        @Override
        public String id() {
            return "test-analysed-versions";
        }

        @Override
        public String description() {
            return "records analysed versions";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.HINT;
        }

        @Override
        public List<Finding> check(RuleContext context) {
            versions.add(context.analysis().document().version());
            return List.of();
        }
    }

    private final AnalysedVersions analysed = new AnalysedVersions();
    private final List<Integer> currentWhenPublished = new CopyOnWriteArrayList<>();
    private final RecordingClient client = new RecordingClient() {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            currentWhenPublished.add(versionSent);
            super.publishDiagnostics(p);
        }
    };
    private volatile int versionSent;
    private final NewslintLanguageServer server = new NewslintLanguageServer(
            new Checker(Analyzer.createDefault(), withRecorder()), StdioServer.DEFAULT_DEBOUNCE_MILLIS, s -> {});

    private List<Rule> withRecorder() {
        List<Rule> rules = new ArrayList<>(Rules.ALL);
        rules.add(analysed);
        return rules;
    }

    @AfterEach
    void stop() {
        server.shutdown();
    }

    @Test
    void aBurstOfEditsAnalysesOnlyTheNewestVersionAndPublishesNothingStale() throws Exception {
        String text = Files.readString(Path.of("docs/sample-article.txt"), StandardCharsets.UTF_8);
        server.connect(client);
        server.initialize(new InitializeParams()).get(30, TimeUnit.SECONDS);
        versionSent = 1;
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(URI, "plaintext", 1, text)));
        assertThat(client.awaitDiagnostics(URI, 1, 60_000))
                .as("diagnostics of version 1")
                .isNotNull();
        long heapBefore = heapAfterGc();
        analysed.versions.clear();
        client.diagnostics.clear();
        currentWhenPublished.clear();

        // typing a sentence at the end of the first paragraph, one character per notification
        int at = text.indexOf('\n');
        StringBuilder reference = new StringBuilder(text);
        for (int v = 2; v <= EDITS + 1; v++) {
            String ch = String.valueOf(TYPED.charAt((v - 2) % TYPED.length()));
            Position p = JarPositions.of(reference.toString(), at);
            reference.insert(at, ch);
            at++;
            versionSent = v;
            server.getTextDocumentService()
                    .didChange(new DidChangeTextDocumentParams(
                            new VersionedTextDocumentIdentifier(URI, v),
                            List.of(new TextDocumentContentChangeEvent(new Range(p, p), ch))));
        }
        int last = EDITS + 1;
        List<PublishDiagnosticsParams> seen = new ArrayList<>();
        PublishDiagnosticsParams fin = client.awaitDiagnostics(URI, last, 60_000, seen);
        assertThat(fin).as("diagnostics of the last version; saw %s", seen).isNotNull();

        assertThat(analysed.versions)
                .as("versions analysed to the end after the burst (the debounce outlasts each gap between edits)")
                .containsExactly(last);
        assertThat(seen)
                .as("publishes after the burst")
                .allSatisfy(p -> assertThat(p.getVersion()).isNotNull());
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i).getVersion())
                    .as("publish %d carries the version that was current when it was sent", i)
                    .isEqualTo(currentWhenPublished.get(i));
        }

        Document finalDoc = new Document(URI, last, reference.toString(), DocumentFormat.PLAIN_TEXT);
        List<String> fresh = describe(
                Checker.createDefault().check(finalDoc, Settings.defaults()).findings(), finalDoc);
        assertThat(describe(fin.getDiagnostics()))
                .as("the final publish equals a fresh analysis of the final text")
                .isEqualTo(fresh)
                .isNotEmpty();

        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
        long heapAfter = heapAfterGc();
        System.out.printf(
                "BurstTest: %d edits, analysed %s, heap after GC before the burst %d MB, after it (document closed) %d MB%n",
                EDITS, analysed.versions, heapBefore >> 20, heapAfter >> 20);
        assertThat(heapAfter)
                .as("heap after GC is back to its level before the burst (before %d MB)", heapBefore >> 20)
                .isLessThan(heapBefore + (16L << 20));
    }

    private static List<String> describe(List<Diagnostic> ds) {
        return ds.stream()
                .map(d -> d.getCode().getLeft() + " " + d.getRange().getStart().getLine() + ":"
                        + d.getRange().getStart().getCharacter() + "-"
                        + d.getRange().getEnd().getLine() + ":"
                        + d.getRange().getEnd().getCharacter() + " "
                        + d.getMessage().getLeft())
                .toList();
    }

    private static List<String> describe(List<Finding> fs, Document doc) {
        LineIndex index = doc.lineIndex();
        return fs.stream()
                .map(f -> {
                    Range r = Conversions.range(index, f.range(), LineIndex.Encoding.UTF16);
                    return f.rule() + " " + r.getStart().getLine() + ":"
                            + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":"
                            + r.getEnd().getCharacter() + " " + f.message();
                })
                .toList();
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** LSP positions (UTF-16, lines ended by \n) of offsets in a test's text. */
    static final class JarPositions {
        static Position of(String text, int offset) {
            int line = 0;
            int start = 0;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    start = i + 1;
                }
            }
            return new Position(line, offset - start);
        }
    }
}
