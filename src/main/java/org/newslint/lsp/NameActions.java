package org.newslint.lsp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.HouseLists;
import org.newslint.config.HouseListEdit;
import org.newslint.text.LineIndex;
import org.newslint.text.TextRange;

/**
 * Code actions on a name under the cursor (no finding needed; newslint has no rule about first
 * mentions): write the name in full at its first mention when the article starts with a shorter
 * form and spells it out only later ({@code refactor.rewrite}), and add a person or organisation to
 * the house list of the project's {@code .newslint.json} ({@code refactor}), editing the file the
 * document's configuration came from, or creating one at the workspace root when there is none and
 * the client can create files.
 */
final class NameActions {
    /** Where a house-list entry would go: the configuration file's current text, or a file to create. */
    record ConfigTarget(String uri, java.nio.file.Path file, String text, boolean create) {}

    private NameActions() {}

    static List<Either<Command, CodeAction>> at(
            ArticleAnalysis a, Range requested, LineIndex.Encoding encoding, ConfigTarget config) {
        LineIndex lines = a.document().lineIndex();
        int from = Conversions.offset(lines, requested.getStart(), encoding);
        int to = Conversions.offset(lines, requested.getEnd(), encoding);
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            boolean touched = e.mentions().stream().anyMatch(m -> m.start() <= to && from <= m.end());
            if (!touched || isPlaceholder(a, e)) {
                continue;
            }
            // an HTML article's mentions are in its extracted text: a rewrite there is no edit of the markup
            CodeAction expand = a.document().source() != null ? null : expandFirstMention(a, e, encoding);
            if (expand != null) {
                out.add(Either.forRight(expand));
            }
            CodeAction add = addToHouseList(a, e, config, encoding);
            if (add != null) {
                out.add(Either.forRight(add));
            }
        }
        return out;
    }

    /** The attribution placeholder the quick fix inserts reads as a name; it is not one to act on. */
    private static boolean isPlaceholder(ArticleAnalysis a, Entity e) {
        String text = a.document().text();
        return e.mentions().stream()
                .anyMatch(m -> text.substring(m.start(), m.end()).equals(QuickFixes.SOURCE));
    }

    /**
     * The first mention outside quotations, when it is a shorter form of the entity's name ("Dunmore"
     * or an alias) and a later mention spells the full name out: replaced by that full name.
     */
    static CodeAction expandFirstMention(ArticleAnalysis a, Entity e, LineIndex.Encoding encoding) {
        String text = a.document().text();
        TextRange first = null;
        for (TextRange m : e.mentions()) {
            if (a.quoteAt(m.start()) == null) {
                first = m;
                break;
            }
        }
        if (first == null) {
            return null;
        }
        String written = text.substring(first.start(), first.end());
        String full = e.name();
        if (written.equals(full) || full.length() <= written.length() || !full.contains(" ")) {
            return null;
        }
        final int firstStart = first.start();
        boolean spelledOutLater = e.mentions().stream()
                .anyMatch(m -> m.start() > firstStart
                        && text.substring(m.start(), m.end()).equals(full));
        if (!spelledOutLater) {
            return null;
        }
        TextEdit edit = new TextEdit(Conversions.range(a.document().lineIndex(), first, encoding), full);
        CodeAction action = new CodeAction(
                "Write \u201C" + full + "\u201D in full at its first mention (\u201C" + written + "\u201D)");
        action.setKind(CodeActionKind.RefactorRewrite);
        action.setEdit(new WorkspaceEdit(Map.of(a.document().uri(), List.of(edit))));
        return action;
    }

    /** Adds a person or organisation, with the other forms the article writes, to the house list. */
    static CodeAction addToHouseList(ArticleAnalysis a, Entity e, ConfigTarget config, LineIndex.Encoding encoding) {
        if (config == null || (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION)) {
            return null;
        }
        String text = a.document().text();
        Set<String> aliases = new LinkedHashSet<>();
        for (TextRange m : e.mentions()) {
            String form = text.substring(m.start(), m.end()).strip();
            if (!form.isEmpty() && !form.equals(e.name()) && form.indexOf('\n') < 0) {
                aliases.add(form);
            }
        }
        HouseLists.Name name = new HouseLists.Name(e.name(), e.type(), List.copyOf(aliases));
        String kind = e.type() == EntityType.PERSON ? "person" : "organisation";
        String title = "Add \u201C" + e.name() + "\u201D (" + kind + ") to the house names in .newslint.json";
        WorkspaceEdit edit;
        if (config.create()) {
            TextEdit content = new TextEdit(new Range(zero(), zero()), HouseListEdit.newFile(name));
            // no options: a file that appeared meanwhile makes the operation fail rather than be overwritten
            CreateFile create = new CreateFile(config.uri());
            List<Either<TextDocumentEdit, ResourceOperation>> changes = List.of(
                    Either.forRight(create),
                    Either.forLeft(new TextDocumentEdit(
                            new VersionedTextDocumentIdentifier(config.uri(), null),
                            List.<Either<TextEdit, org.eclipse.lsp4j.SnippetTextEdit>>of(Either.forLeft(content)))));
            edit = new WorkspaceEdit(changes);
            title = "Create .newslint.json with \u201C" + e.name() + "\u201D (" + kind + ") in the house names";
        } else {
            HouseListEdit.Edit change = HouseListEdit.addName(config.file(), config.text(), name);
            if (change == null) {
                return null;
            }
            LineIndex lines = new LineIndex(config.text());
            TextEdit t = new TextEdit(
                    Conversions.range(lines, new TextRange(change.start(), change.end()), encoding), change.newText());
            edit = new WorkspaceEdit(Map.of(config.uri(), List.of(t)));
        }
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.Refactor);
        action.setEdit(edit);
        return action;
    }

    private static org.eclipse.lsp4j.Position zero() {
        return new org.eclipse.lsp4j.Position(0, 0);
    }
}
