package org.newslint.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Shows the model loading that starts with the handshake as server-initiated progress: once the
 * client has accepted a token ({@code window/workDoneProgress/create}), begin "Loading newslint
 * models" and end when loading is over (at once if it already is). Asked once, after
 * {@code initialized}, never during {@code initialize}; a client that refuses the token gets one
 * log line, no progress and no second request.
 */
final class ModelProgress {
    static final String TITLE = "Loading newslint models";
    private static final AtomicLong TOKENS = new AtomicLong();

    private ModelProgress() {}

    static void show(LanguageClient client, CompletableFuture<?> loading, Consumer<String> problem) {
        Either<String, Integer> token = Either.forLeft("newslint-models-" + TOKENS.incrementAndGet());
        CompletableFuture<Void> created;
        try {
            created = client.createProgress(new WorkDoneProgressCreateParams(token));
        } catch (RuntimeException e) {
            problem.accept("no model-loading progress: " + MessageCheck.oneLine(String.valueOf(e)));
            return;
        }
        created.whenComplete((ok, refused) -> {
            if (refused != null) {
                problem.accept("no model-loading progress: the client refused a progress token ("
                        + MessageCheck.oneLine(String.valueOf(refused)) + ")");
                return;
            }
            Progress progress = new Progress(client, token);
            progress.begin(TITLE, null, null);
            loading.whenComplete((v, failed) -> progress.end(failed == null ? "models loaded" : "models not loaded"));
        });
    }
}
