package org.newslint.lsp;

import java.util.logging.Logger;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The {@code $/progress} notifications of one token: work-done progress (begin, report, end) or
 * partial results. A client that has gone away costs one log line per failed send, never the
 * work the progress is about.
 */
final class Progress {
    private static final Logger LOG = Logger.getLogger(Progress.class.getName());

    private final LanguageClient client;
    private final Either<String, Integer> token;

    Progress(LanguageClient client, Either<String, Integer> token) {
        this.client = client;
        this.token = token;
    }

    /** Progress for {@code token}, or null when there is no client or no token. */
    static Progress of(LanguageClient client, Either<String, Integer> token) {
        return client == null || token == null ? null : new Progress(client, token);
    }

    void begin(String title, String message, Integer percentage) {
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setCancellable(false);
        begin.setMessage(message);
        begin.setPercentage(percentage);
        send(begin);
    }

    void report(String message, Integer percentage) {
        WorkDoneProgressReport report = new WorkDoneProgressReport();
        report.setMessage(message);
        report.setPercentage(percentage);
        send(report);
    }

    void end(String message) {
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage(message);
        send(end);
    }

    /** A partial result of the request this token was given with. */
    void partial(Object value) {
        notify(Either.forRight(value));
    }

    private void send(WorkDoneProgressNotification value) {
        notify(Either.forLeft(value));
    }

    private void notify(Either<WorkDoneProgressNotification, Object> value) {
        try {
            client.notifyProgress(new ProgressParams(token, value));
        } catch (RuntimeException e) {
            LOG.warning("cannot send progress: " + MessageCheck.oneLine(String.valueOf(e)));
        }
    }
}
