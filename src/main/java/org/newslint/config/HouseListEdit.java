package org.newslint.config;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.file.Path;
import java.util.List;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.HouseLists;

/**
 * The smallest text edit that adds one name to the {@code names} house list of a
 * {@code .newslint.json}, so the server's "add to the house list" action keeps the rest of the file
 * as the desk wrote it (order, spacing, other keys): the entry goes after the last element of the
 * top-level {@code names} array, or a new {@code names} key after the object's last member. The
 * edited text is parsed again before it is offered: an edit that would not give a file
 * {@link ConfigFiles#parse} reads without a new problem, and with the name, is never returned.
 */
public final class HouseListEdit {
    private static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

    /** Replace {@code [start, end)} of the file's text with {@code newText}. */
    public record Edit(int start, int end, String newText) {
        public String applyTo(String text) {
            return text.substring(0, start) + newText + text.substring(end);
        }
    }

    private HouseListEdit() {}

    /** The whole text of a new configuration file holding only this name. */
    public static String newFile(HouseLists.Name name) {
        return "{\n  \"names\": [\n    " + entry(name) + "\n  ]\n}\n";
    }

    /** One {@code names} element: {@code {"name": …, "type": …, "aliases": […]}}. */
    static String entry(HouseLists.Name name) {
        StringBuilder sb = new StringBuilder("{\"name\": ").append(JSON.toJson(name.name()));
        sb.append(", \"type\": ")
                .append(JSON.toJson(name.type() == EntityType.ORGANIZATION ? "organization" : "person"));
        if (!name.aliases().isEmpty()) {
            sb.append(", \"aliases\": ").append(JSON.toJson(name.aliases()));
        }
        return sb.append('}').toString();
    }

    /**
     * The edit adding {@code name} to the configuration {@code text} (of {@code file}), or null when
     * the file is not a plain JSON object this can edit safely, is already broken, or already lists
     * the name.
     */
    public static Edit addName(Path file, String text, HouseLists.Name name) {
        ProjectConfig before = ConfigFiles.parse(file, text);
        if (before.problems().stream().anyMatch(p -> p.contains("malformed JSON") || p.contains("must hold"))
                || lists(before, name.name())) {
            return null;
        }
        Edit edit;
        try {
            edit = new Scanner(text).edit(name);
        } catch (IllegalStateException e) {
            return null; // comments, single quotes or other lenient JSON: leave the file to its writer
        }
        if (edit == null) {
            return null;
        }
        ProjectConfig after = ConfigFiles.parse(file, edit.applyTo(text));
        boolean clean = after.problems().size() <= before.problems().size();
        return clean && lists(after, name.name()) ? edit : null;
    }

    /** Whether the file's house list already has this name, as a name or an alias. */
    public static boolean lists(ProjectConfig config, String name) {
        for (HouseLists.Name n : config.settings().house().names()) {
            if (n.name().equalsIgnoreCase(name) || n.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return true;
            }
        }
        return false;
    }

    /** A strict JSON scanner over the top-level object that only records where members end. */
    private static final class Scanner {
        private final String s;
        private int i;

        Scanner(String s) {
            this.s = s;
            this.i = s.startsWith("\uFEFF") ? 1 : 0;
        }

        Edit edit(HouseLists.Name name) {
            ws();
            expect('{');
            int open = i - 1;
            int firstKey = -1;
            int lastValueEnd = -1;
            int namesOpen = -1;
            int namesClose = -1;
            int namesLastEnd = -1;
            int namesFirst = -1;
            ws();
            if (peek() == '}') {
                i++;
            } else {
                while (true) {
                    ws();
                    if (firstKey < 0) {
                        firstKey = i;
                    }
                    String key = string();
                    ws();
                    expect(':');
                    ws();
                    if (key.equals("names") && peek() == '[') {
                        namesOpen = i;
                        i++;
                        ws();
                        if (peek() != ']') {
                            while (true) {
                                ws();
                                if (namesFirst < 0) {
                                    namesFirst = i;
                                }
                                value();
                                namesLastEnd = i;
                                ws();
                                if (peek() == ',') {
                                    i++;
                                    continue;
                                }
                                break;
                            }
                        }
                        expect(']');
                        namesClose = i - 1;
                    } else {
                        value();
                    }
                    lastValueEnd = i;
                    ws();
                    if (peek() == ',') {
                        i++;
                        continue;
                    }
                    expect('}');
                    break;
                }
            }
            String entry = entry(name);
            if (namesOpen >= 0) {
                if (namesLastEnd < 0) {
                    return new Edit(namesOpen + 1, namesClose, entry);
                }
                boolean multiLine = s.substring(namesOpen, namesFirst).indexOf('\n') >= 0;
                String sep = multiLine ? "," + lineBreak() + indentOf(namesFirst) : ", ";
                return new Edit(namesLastEnd, namesLastEnd, sep + entry);
            }
            if (lastValueEnd < 0) {
                String nl = lineBreak();
                return new Edit(open + 1, i - 1, nl + "  \"names\": [" + entry + "]" + nl);
            }
            boolean multiLine = s.substring(open, firstKey).indexOf('\n') >= 0;
            String sep = multiLine ? "," + lineBreak() + indentOf(firstKey) : ", ";
            return new Edit(lastValueEnd, lastValueEnd, sep + "\"names\": [" + entry + "]");
        }

        private String lineBreak() {
            return s.contains("\r\n") ? "\r\n" : "\n";
        }

        private String indentOf(int at) {
            int start = at;
            while (start > 0 && s.charAt(start - 1) != '\n') {
                start--;
            }
            String before = s.substring(start, at);
            return before.isBlank() ? before : "";
        }

        private char peek() {
            if (i >= s.length()) {
                throw new IllegalStateException("end of text");
            }
            return s.charAt(i);
        }

        private void expect(char c) {
            if (peek() != c) {
                throw new IllegalStateException("expected " + c + " at " + i);
            }
            i++;
        }

        private void ws() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (peek() != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    sb.append(c).append(peek());
                    i++;
                } else {
                    sb.append(c);
                }
            }
            i++;
            return sb.toString();
        }

        private void value() {
            char c = peek();
            switch (c) {
                case '"' -> string();
                case '{', '[' -> {
                    char close = c == '{' ? '}' : ']';
                    i++;
                    ws();
                    if (peek() == close) {
                        i++;
                        return;
                    }
                    while (true) {
                        ws();
                        if (c == '{') {
                            string();
                            ws();
                            expect(':');
                            ws();
                        }
                        value();
                        ws();
                        if (peek() == ',') {
                            i++;
                            continue;
                        }
                        expect(close);
                        return;
                    }
                }
                default -> {
                    int start = i;
                    while (i < s.length() && "-+.0123456789eEtruefalsn".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (i == start) {
                        throw new IllegalStateException("unexpected " + c + " at " + i);
                    }
                }
            }
        }
    }

    /** For tests: every name the file lists. */
    static List<String> names(ProjectConfig config) {
        return config.settings().house().names().stream()
                .map(HouseLists.Name::name)
                .toList();
    }
}
