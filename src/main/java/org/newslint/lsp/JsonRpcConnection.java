package org.newslint.lsp;

import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The server's JSON-RPC connection: lsp4j's {@link RemoteEndpoint} and JSON handler do the
 * dispatch and the writing, but the reading is newslint's own, because lsp4j's reader hangs or
 * stops on broken frames and answers bad messages with the wrong codes. Every body goes
 * {@link FrameReader} → {@link MessageCheck} → {@link ProtocolGate} → lsp4j; whatever is refused on
 * the way is answered with the JSON-RPC error the specification names (or, for a notification,
 * dropped), with one line on stderr and the reader still reading.
 */
final class JsonRpcConnection {
    private static final Logger LOG = Logger.getLogger(JsonRpcConnection.class.getName());

    private final FrameReader frames;
    private final MessageJsonHandler json;
    private final StreamMessageConsumer out;
    private final RemoteEndpoint remote;
    private final ProtocolGate gate;

    JsonRpcConnection(LanguageServer server, InputStream in, OutputStream output) {
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>();
        methods.putAll(ServiceEndpoints.getSupportedMethods(LanguageClient.class));
        methods.putAll(ServiceEndpoints.getSupportedMethods(server.getClass()));
        this.json = new MessageJsonHandler(methods);
        this.out = new StreamMessageConsumer(output, json);
        this.remote = new RemoteEndpoint(out, ServiceEndpoints.toEndpoint(server), JsonRpcConnection::toError);
        json.setMethodProvider(remote);
        remote.setJsonHandler(json);
        this.frames = new FrameReader(in);
        this.gate = ProtocolGate.of(server);
    }

    /** The client, as a proxy that sends over this connection. */
    LanguageClient client() {
        return ServiceEndpoints.toServiceObject(remote, LanguageClient.class);
    }

    /** Reads and dispatches on a daemon thread; the future completes when the input ends. */
    Future<Void> startListening() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        readAll();
                        done.complete(null);
                    } catch (IOException | RuntimeException e) {
                        done.completeExceptionally(e);
                    }
                },
                "newslint-jsonrpc-reader");
        reader.setDaemon(true);
        reader.start();
        return done;
    }

    private void readAll() throws IOException {
        while (true) {
            FrameReader.Frame frame = frames.next();
            if (frame.isEnd()) {
                return;
            }
            if (frame.problem() != null) {
                reply(null, ResponseErrorCode.ParseError, frame.problem());
            } else {
                dispatch(MessageCheck.check(frame.body()));
            }
        }
    }

    private void dispatch(MessageCheck.Checked message) {
        switch (message.kind()) {
            case PARSE_ERROR -> reply(null, ResponseErrorCode.ParseError, message.problem());
            case INVALID_REQUEST -> reply(message.id(), ResponseErrorCode.InvalidRequest, message.problem());
            case RESPONSE -> forward(message);
            case REQUEST -> {
                ProtocolGate.Decision d = gate.request(message.method());
                if (d.forward()) {
                    forward(message);
                } else {
                    reply(message.id(), d.errorCode(), d.problem());
                }
            }
            case NOTIFICATION -> {
                ProtocolGate.Decision d = gate.notification(message.method());
                if (d.forward()) {
                    forward(message);
                } else if (d.problem() != null) {
                    LOG.warning(d.problem());
                }
            }
        }
    }

    private void forward(MessageCheck.Checked message) {
        Message parsed;
        try {
            parsed = json.parseMessage(message.json());
        } catch (RuntimeException e) {
            String why = describe(e);
            if (message.kind() == MessageCheck.Kind.REQUEST) {
                reply(
                        message.id(),
                        ResponseErrorCode.InvalidParams,
                        "invalid params for " + message.method() + ": " + why);
            } else {
                LOG.warning("ignored a " + message.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + (message.method() == null ? "" : " '" + message.method() + "'") + " that lsp4j cannot read: "
                        + why);
            }
            return;
        }
        remote.consume(parsed);
    }

    private void reply(JsonPrimitive id, ResponseErrorCode code, String problem) {
        ResponseMessage response = new ResponseMessage();
        response.setJsonrpc("2.0");
        if (id != null) {
            response.setRawId(id.isString() ? Either.forLeft(id.getAsString()) : Either.forRight(id.getAsNumber()));
        }
        response.setError(new ResponseError(code, problem, null));
        LOG.warning("answered " + code.getValue() + " (" + problem + ")" + (id == null ? "" : " to request " + id));
        out.consume(response);
    }

    /** Errors from handlers: the handler's own ResponseError, or InternalError with one log line and no stack trace. */
    static ResponseError toError(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ResponseErrorException r) {
            return r.getResponseError();
        }
        LOG.warning("internal error: " + MessageCheck.oneLine(String.valueOf(t)));
        return new ResponseError(
                ResponseErrorCode.InternalError, "Internal error: " + MessageCheck.oneLine(String.valueOf(t)), null);
    }

    /** lsp4j's parse exceptions as one readable line: the innermost cause says what was wrong. */
    private static String describe(RuntimeException e) {
        Throwable root = e;
        if (e instanceof org.eclipse.lsp4j.jsonrpc.MessageIssueException m
                && !m.getIssues().isEmpty()
                && m.getIssues().get(0).getCause() != null) {
            root = m.getIssues().get(0).getCause();
        }
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return MessageCheck.oneLine(root.getMessage() != null ? root.getMessage() : root.toString());
    }
}
