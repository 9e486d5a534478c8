package org.newslint.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Asks a client that answers {@code workspace/configuration} for its {@code newslint} section.
 * An object with settings becomes the client's settings payload ({@code {"newslint": section}}),
 * merged exactly where {@code initializationOptions} and {@code didChangeConfiguration} merge; no
 * section ({@code null}, or an empty object, which some clients send for a section they know
 * nothing of) keeps what the server has; a failed or malformed answer is one log line and keeps
 * it too. Only the answer to the newest request counts.
 */
final class ConfigurationPull {
    static final String SECTION = "newslint";

    private final AtomicLong latest = new AtomicLong();

    /**
     * Sends the request; {@code apply} receives the payload of a usable answer and {@code problem}
     * the one line that says why an answer was not used. Neither is called for an answer without
     * a section, nor for one that a newer request has overtaken.
     */
    CompletableFuture<Void> request(LanguageClient client, Consumer<JsonObject> apply, Consumer<String> problem) {
        long n = latest.incrementAndGet();
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(SECTION);
        CompletableFuture<List<Object>> answer;
        try {
            answer = client.configuration(new ConfigurationParams(List.of(item)));
        } catch (RuntimeException e) {
            problem.accept("workspace/configuration could not be sent: " + MessageCheck.oneLine(String.valueOf(e)));
            return CompletableFuture.completedFuture(null);
        }
        return answer.handle((items, failure) -> {
            if (n != latest.get()) {
                return null;
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                problem.accept("workspace/configuration failed: " + MessageCheck.oneLine(String.valueOf(cause))
                        + "; settings unchanged");
                return null;
            }
            if (items == null || items.size() != 1) {
                problem.accept("workspace/configuration answered " + (items == null ? "null" : items.size() + " items")
                        + " for one section; settings unchanged");
                return null;
            }
            JsonElement section = json(items.get(0));
            if (section == null || section.isJsonNull()) {
                return null;
            }
            if (!section.isJsonObject()) {
                problem.accept(
                        "workspace/configuration: the newslint section is not a JSON object; settings unchanged");
                return null;
            }
            if (section.getAsJsonObject().size() == 0) {
                return null;
            }
            JsonObject payload = new JsonObject();
            payload.add(SECTION, section);
            apply.accept(payload);
            return null;
        });
    }

    private static JsonElement json(Object value) {
        if (value == null || value instanceof JsonElement) {
            return (JsonElement) value;
        }
        return new Gson().toJsonTree(value);
    }
}
