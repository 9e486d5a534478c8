package org.newslint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslint.analysis.model.Finding;
import org.newslint.text.Document;
import org.newslint.text.SuppressionComments;
import org.newslint.text.SuppressionComments.Directive;
import org.newslint.text.SuppressionComments.Kind;
import org.newslint.text.TextRange;

/**
 * Applies a document's suppression comments ({@link SuppressionComments}) to its findings: a
 * {@code disable-next-line} silences findings that start on the next non-blank line, a
 * {@code disable} those that start before the next {@code enable} of the same rule (or of every
 * rule), or the end of the document. It also says which comments silenced nothing, for
 * {@link UnusedSuppression}.
 */
final class Suppressions {
    /** The findings left, and per disabling comment the rule ids it names that silenced nothing. */
    record Outcome(List<Finding> kept, Map<Directive, Set<String>> unused) {}

    private Suppressions() {}

    static Outcome apply(Document document, List<Finding> findings) {
        List<Directive> directives = SuppressionComments.find(document.text(), document.format());
        if (directives.isEmpty()) {
            return new Outcome(findings, Map.of());
        }
        List<Scope> scopes = new ArrayList<>();
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            if (d.kind() == Kind.DISABLE_NEXT_LINE) {
                scopes.add(new Scope(d, nextLine(document.text(), d.range().end())));
            } else if (d.kind() == Kind.DISABLE) {
                int end = document.text().length();
                for (int j = i + 1; j < directives.size(); j++) {
                    Directive e = directives.get(j);
                    if (e.kind() == Kind.ENABLE
                            && (e.rules().isEmpty() || d.rules().isEmpty() || !disjoint(e.rules(), d.rules()))) {
                        end = e.range().start();
                        break;
                    }
                }
                scopes.add(new Scope(
                        d, new TextRange(d.range().end(), Math.max(d.range().end(), end))));
            }
        }
        Map<Directive, Set<String>> used = new HashMap<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            Scope hit = null;
            for (Scope s : scopes) {
                if (s.covers(f)) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                kept.add(f);
            } else {
                used.computeIfAbsent(hit.directive(), k -> new LinkedHashSet<>())
                        .add(f.rule());
            }
        }
        Map<Directive, Set<String>> unused = new HashMap<>();
        for (Scope s : scopes) {
            Set<String> silenced = used.getOrDefault(s.directive(), Set.of());
            Set<String> idle = new LinkedHashSet<>();
            if (s.directive().rules().isEmpty()) {
                if (silenced.isEmpty()) {
                    idle.add("*");
                }
            } else {
                for (String id : s.directive().rules()) {
                    if (!silenced.contains(id)) {
                        idle.add(id);
                    }
                }
            }
            if (!idle.isEmpty()) {
                unused.put(s.directive(), idle);
            }
        }
        return new Outcome(kept, unused);
    }

    private record Scope(Directive directive, TextRange range) {
        boolean covers(Finding f) {
            int at = f.range().start();
            return directive.covers(f.rule()) && range.start() <= at && at < range.end();
        }
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** The next line after {@code from} that holds more than white space (its start to its end), or an empty range. */
    static TextRange nextLine(String text, int from) {
        int i = text.indexOf('\n', from);
        if (i < 0) {
            int cr = text.indexOf('\r', from);
            i = cr;
        }
        if (i < 0) {
            return new TextRange(text.length(), text.length());
        }
        int start = i + 1;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (!text.substring(start, end).isBlank()) {
                return new TextRange(start, end);
            }
            start = end + 1;
        }
        return new TextRange(text.length(), text.length());
    }
}
