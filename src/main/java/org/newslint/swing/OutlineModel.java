package org.newslint.swing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.Position;
import javax.swing.tree.DefaultMutableTreeNode;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.newslint.text.LineIndex;

/**
 * Turns the server's document symbols into the outline tree: for newslint, each speaker with their
 * quotes, then People, Organisations and Places. Each item is anchored in the text, so a click
 * jumps to the right words even after edits. Flat symbol lists are grouped by container name.
 */
public final class OutlineModel {
    /** One row of the outline: a group (a speaker, "People") or a leaf (a quote, a name). */
    public record Item(String name, String detail, SymbolKind kind, Position start, boolean group) {
        public int offset() {
            return start.getOffset();
        }

        @Override
        public String toString() {
            return detail == null || detail.isBlank() ? name : name + " — " + detail;
        }
    }

    private OutlineModel() {}

    /** The tree under an invisible root; positions are converted against the document's current text. */
    public static DefaultMutableTreeNode build(List<Either<SymbolInformation, DocumentSymbol>> symbols, Document doc) {
        DefaultMutableTreeNode root = new DefaultMutableTreeNode("outline");
        String text;
        try {
            text = doc.getText(0, doc.getLength());
        } catch (BadLocationException e) {
            return root;
        }
        LineIndex lines = new LineIndex(text);
        Map<String, DefaultMutableTreeNode> containers = new LinkedHashMap<>();
        for (Either<SymbolInformation, DocumentSymbol> e :
                symbols == null ? List.<Either<SymbolInformation, DocumentSymbol>>of() : symbols) {
            if (e == null) {
                continue;
            }
            if (e.isRight()) {
                root.add(node(e.getRight(), doc, lines));
            } else {
                SymbolInformation si = e.getLeft();
                String container =
                        si.getContainerName() == null || si.getContainerName().isBlank()
                                ? "Symbols"
                                : si.getContainerName();
                DefaultMutableTreeNode parent = containers.computeIfAbsent(container, c -> {
                    DefaultMutableTreeNode n = new DefaultMutableTreeNode(new Item(
                            c,
                            null,
                            SymbolKind.Namespace,
                            anchor(doc, lines, si.getLocation().getRange().getStart()),
                            true));
                    root.add(n);
                    return n;
                });
                parent.add(new DefaultMutableTreeNode(new Item(
                        si.getName(),
                        null,
                        si.getKind(),
                        anchor(doc, lines, si.getLocation().getRange().getStart()),
                        false)));
            }
        }
        return root;
    }

    private static DefaultMutableTreeNode node(DocumentSymbol s, Document doc, LineIndex lines) {
        List<DocumentSymbol> children = s.getChildren() == null ? List.of() : s.getChildren();
        org.eclipse.lsp4j.Position at = s.getSelectionRange() != null
                ? s.getSelectionRange().getStart()
                : s.getRange().getStart();
        DefaultMutableTreeNode n = new DefaultMutableTreeNode(
                new Item(s.getName(), s.getDetail(), s.getKind(), anchor(doc, lines, at), !children.isEmpty()));
        for (DocumentSymbol c : children) {
            n.add(node(c, doc, lines));
        }
        return n;
    }

    private static Position anchor(Document doc, LineIndex lines, org.eclipse.lsp4j.Position p) {
        int offset = lines.offset(p.getLine(), p.getCharacter());
        try {
            return doc.createPosition(offset);
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tree as indented lines ("Rachel Dunmore — 1 quote", "  “We know …”"), for tests and logs. */
    public static List<String> lines(DefaultMutableTreeNode root) {
        List<String> out = new ArrayList<>();
        addLines(root, -1, out);
        return out;
    }

    private static void addLines(DefaultMutableTreeNode n, int depth, List<String> out) {
        if (depth >= 0) {
            out.add("  ".repeat(depth) + n.getUserObject());
        }
        for (int i = 0; i < n.getChildCount(); i++) {
            addLines((DefaultMutableTreeNode) n.getChildAt(i), depth + 1, out);
        }
    }
}
