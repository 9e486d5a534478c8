package org.newslint.lsp;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The LSP lifecycle and method table in front of the server: requests before {@code initialize}
 * get ServerNotInitialized, any request after {@code shutdown} gets InvalidRequest, a method the
 * server does not implement gets MethodNotFound (lsp4j would call the interface's default method,
 * which throws, and answer InternalError with a stack trace). Notifications are never answered:
 * before {@code initialize} and after {@code shutdown} only {@code exit} passes, unknown ones are
 * dropped ({@code $/} ones without a word). One reader thread calls it, in message order.
 */
final class ProtocolGate {
    /** What to do with one message. */
    record Decision(boolean forward, ResponseErrorCode errorCode, String problem) {
        static final Decision FORWARD = new Decision(true, null, null);

        static Decision answer(ResponseErrorCode code, String problem) {
            return new Decision(false, code, problem);
        }

        static Decision drop(String problemOrNull) {
            return new Decision(false, null, problemOrNull);
        }
    }

    private enum State {
        NEW,
        RUNNING,
        SHUT_DOWN
    }

    private final Set<String> requests;
    private final Set<String> notifications;
    private State state = State.NEW;

    ProtocolGate(Set<String> requests, Set<String> notifications) {
        this.requests = Set.copyOf(requests);
        this.notifications = Set.copyOf(notifications);
    }

    /** A gate for the methods this server really implements (not the lsp4j interfaces' throwing defaults). */
    static ProtocolGate of(LanguageServer server) {
        Set<String> requests = new TreeSet<>();
        Set<String> notifications = new TreeSet<>();
        collect(LanguageServer.class, server, requests, notifications);
        collect(TextDocumentService.class, server.getTextDocumentService(), requests, notifications);
        collect(WorkspaceService.class, server.getWorkspaceService(), requests, notifications);
        notifications.add("$/cancelRequest"); // lsp4j's RemoteEndpoint handles it
        return new ProtocolGate(requests, notifications);
    }

    private static void collect(Class<?> api, Object impl, Set<String> requests, Set<String> notifications) {
        JsonSegment segment = api.getAnnotation(JsonSegment.class);
        String prefix = segment == null ? "" : segment.value() + "/";
        for (Method m : api.getMethods()) {
            JsonRequest request = m.getAnnotation(JsonRequest.class);
            JsonNotification notification = m.getAnnotation(JsonNotification.class);
            if (request == null && notification == null || !overridden(impl, m)) {
                continue;
            }
            String value = request != null ? request.value() : notification.value();
            boolean useSegment = request != null ? request.useSegment() : notification.useSegment();
            String name = value.isEmpty() ? prefix + m.getName() : useSegment ? prefix + value : value;
            (request != null ? requests : notifications).add(name);
        }
    }

    private static boolean overridden(Object impl, Method m) {
        try {
            return !impl.getClass()
                    .getMethod(m.getName(), m.getParameterTypes())
                    .isDefault();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    Set<String> requests() {
        return requests;
    }

    Set<String> notifications() {
        return notifications;
    }

    Decision request(String method) {
        if (state == State.SHUT_DOWN) {
            return Decision.answer(ResponseErrorCode.InvalidRequest, "request '" + method + "' after shutdown");
        }
        if (!requests.contains(method)) {
            return Decision.answer(ResponseErrorCode.MethodNotFound, "no such request: " + method);
        }
        if (state == State.NEW && !method.equals("initialize")) {
            return Decision.answer(
                    ResponseErrorCode.ServerNotInitialized, "request '" + method + "' before initialize");
        }
        if (method.equals("initialize")) {
            state = State.RUNNING;
        } else if (method.equals("shutdown")) {
            state = State.SHUT_DOWN;
        }
        return Decision.FORWARD;
    }

    Decision notification(String method) {
        if (method.equals("exit")) {
            return Decision.FORWARD;
        }
        if (!notifications.contains(method)) {
            return Decision.drop(method.startsWith("$/") ? null : "no such notification: " + method + "; ignored");
        }
        if (state != State.RUNNING) {
            return Decision.drop("notification '" + method + "' "
                    + (state == State.NEW ? "before initialize" : "after shutdown") + "; ignored");
        }
        return Decision.FORWARD;
    }
}
