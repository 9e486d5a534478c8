package org.newslint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides what a frame's body is in JSON-RPC 2.0 terms before lsp4j sees it: not JSON (a parse
 * error), not a valid message (an invalid request: not an object, no {@code "jsonrpc": "2.0"}, an
 * id that is not a string or an integer, a method that is not a string), or a request,
 * notification or response. lsp4j answers some of these with the wrong code and others not at
 * all, and its parser can overflow the stack on deep nesting, which is why bodies are checked
 * here first.
 */
final class MessageCheck {
    /** Deeper JSON than this is refused as a parse error; no LSP message nests beyond a few dozen levels. */
    static final int MAX_DEPTH = 200;

    enum Kind {
        PARSE_ERROR,
        INVALID_REQUEST,
        REQUEST,
        NOTIFICATION,
        RESPONSE
    }

    /**
     * What a body is. {@code id} is the request's id as sent (null when there is none or it was
     * unusable); {@code json} the body's text, for lsp4j; {@code problem} says what was wrong.
     */
    record Checked(Kind kind, JsonPrimitive id, String method, String json, String problem) {}

    private MessageCheck() {}

    static Checked check(byte[] body) {
        String json;
        try {
            json = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Checked(Kind.PARSE_ERROR, null, null, null, "the body is not UTF-8");
        }
        if (json.isBlank()) {
            return new Checked(Kind.PARSE_ERROR, null, null, null, "an empty body");
        }
        JsonElement element;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_DEPTH);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return new Checked(Kind.PARSE_ERROR, null, null, null, "more than one JSON value in the body");
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Checked(Kind.PARSE_ERROR, null, null, null, parseProblem(e));
        }
        if (!element.isJsonObject()) {
            return invalid(null, "a message must be a JSON object");
        }
        JsonObject message = element.getAsJsonObject();
        JsonPrimitive id = null;
        if (message.has("id") && !message.get("id").isJsonNull()) {
            JsonElement raw = message.get("id");
            if (!isValidId(raw)) {
                return invalid(null, "an id must be a string or an integer");
            }
            id = raw.getAsJsonPrimitive();
        }
        JsonElement version = message.get("jsonrpc");
        if (version == null || !version.isJsonPrimitive() || !"2.0".equals(version.getAsString())) {
            return invalid(id, "\"jsonrpc\" must be \"2.0\"");
        }
        JsonElement method = message.get("method");
        if (method == null) {
            if (id != null && (message.has("result") || message.has("error"))) {
                return new Checked(Kind.RESPONSE, id, null, json, null);
            }
            return invalid(id, "a message needs a method, or an id and a result or error");
        }
        if (!method.isJsonPrimitive() || !method.getAsJsonPrimitive().isString()) {
            return invalid(id, "\"method\" must be a string");
        }
        if (message.has("id")) {
            if (id == null) {
                return invalid(null, "a request's id must not be null");
            }
            return new Checked(Kind.REQUEST, id, method.getAsString(), json, null);
        }
        return new Checked(Kind.NOTIFICATION, null, method.getAsString(), json, null);
    }

    private static Checked invalid(JsonPrimitive id, String problem) {
        return new Checked(Kind.INVALID_REQUEST, id, null, null, problem);
    }

    /** JSON-RPC ids are strings or numbers without a fractional part (LSP: integer | string). */
    static boolean isValidId(JsonElement id) {
        if (!id.isJsonPrimitive()) {
            return false;
        }
        JsonPrimitive p = id.getAsJsonPrimitive();
        if (p.isString()) {
            return true;
        }
        if (!p.isNumber()) {
            return false;
        }
        String digits = p.getAsNumber().toString();
        return digits.matches("-?[0-9]{1,18}");
    }

    /** Gson's message without its advice: where the JSON broke, or that it nests too deeply. */
    private static String parseProblem(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        if (m.contains("Nesting limit")) {
            return "JSON nested deeper than " + MAX_DEPTH + " levels";
        }
        java.util.regex.Matcher at =
                java.util.regex.Pattern.compile("line \\d+ column \\d+").matcher(m);
        return "not JSON" + (at.find() ? " (at " + at.group() + ")" : "");
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
