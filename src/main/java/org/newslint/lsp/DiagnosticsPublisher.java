package org.newslint.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.rules.RuleDocs;
import org.newslint.text.Document;
import org.newslint.text.LineIndex;

/**
 * Sends an analysis's findings to the client as {@code textDocument/publishDiagnostics}, with the
 * document version they belong to; the scheduler calls it only for current versions. Each
 * diagnostic links to its rule's page ({@code codeDescription}, under the document's
 * {@code rulesDocumentationUrl}). A client that pulls diagnostics ({@link PullDiagnostics}) is never
 * pushed to: it gets the same diagnostics as answers.
 */
final class DiagnosticsPublisher implements AnalysisScheduler.Publisher {
    private final Supplier<LanguageClient> client;
    private final Supplier<ClientOptions> options;
    /** A document's {@code rulesDocumentationUrl} setting (null: the default). */
    private final Function<Document, String> docsBase;

    DiagnosticsPublisher(
            Supplier<LanguageClient> client, Supplier<ClientOptions> options, Function<Document, String> docsBase) {
        this.client = client;
        this.options = options;
        this.docsBase = docsBase;
    }

    @Override
    public void publish(ArticleAnalysis a) {
        LanguageClient c = client.get();
        if (c == null || options.get().support().pullDiagnostics()) {
            return;
        }
        PublishDiagnosticsParams params =
                new PublishDiagnosticsParams(a.document().uri(), diagnostics(a));
        params.setVersion(a.document().version());
        c.publishDiagnostics(params);
    }

    /** The analysis's findings as LSP diagnostics, pushed or pulled alike. */
    List<Diagnostic> diagnostics(ArticleAnalysis a) {
        LineIndex index = a.document().lineIndex();
        LineIndex.Encoding encoding = options.get().encoding();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String base = docsBase.apply(a.document());
        for (Finding f : a.findings()) {
            Diagnostic d = new Diagnostic(
                    Conversions.range(index, f.range(), encoding),
                    f.message(),
                    Conversions.severity(f.severity()),
                    "newslint",
                    f.rule());
            if (RuleDocs.documented(f.rule())) {
                d.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.url(base, f.rule())));
            }
            if (!f.related().isEmpty()) {
                List<DiagnosticRelatedInformation> related = new ArrayList<>();
                for (Finding.Related r : f.related()) {
                    related.add(new DiagnosticRelatedInformation(
                            new Location(a.document().uri(), Conversions.range(index, r.range(), encoding)),
                            r.message()));
                }
                d.setRelatedInformation(related);
            }
            diagnostics.add(d);
        }
        return diagnostics;
    }

    /** Clears a closed document's diagnostics. */
    void clear(String uri) {
        LanguageClient c = client.get();
        if (c != null && !options.get().support().pullDiagnostics()) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
        }
    }
}
