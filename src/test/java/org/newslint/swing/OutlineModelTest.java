package org.newslint.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.text.PlainDocument;
import javax.swing.tree.DefaultMutableTreeNode;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class OutlineModelTest {
    private static final String TEXT = "Rachel Dunmore leads highways.\n\"We know,\" said Rachel Dunmore.\n";

    private static Range range(int line, int from, int to) {
        return new Range(new Position(line, from), new Position(line, to));
    }

    private static DocumentSymbol symbol(
            String name, String detail, SymbolKind kind, Range r, DocumentSymbol... children) {
        DocumentSymbol s = new DocumentSymbol(name, kind, r, r, detail);
        s.setChildren(new ArrayList<>(List.of(children)));
        return s;
    }

    private static PlainDocument document() throws Exception {
        PlainDocument doc = new PlainDocument();
        doc.insertString(0, TEXT, null);
        return doc;
    }

    @Test
    void hierarchicalSymbolsBecomeSpeakersWithQuotesThenEntityGroups() throws Exception {
        PlainDocument doc = document();
        DocumentSymbol quote = symbol("\"We know,\"", "direct · said", SymbolKind.String, range(1, 0, 10));
        DocumentSymbol speaker = symbol("Rachel Dunmore", "1 quote", SymbolKind.Object, range(1, 0, 10), quote);
        DocumentSymbol person = symbol("Rachel Dunmore", "2 mentions", SymbolKind.Class, range(0, 0, 14));
        DocumentSymbol people = symbol("People", "1", SymbolKind.Namespace, range(0, 0, 14), person);
        DefaultMutableTreeNode root =
                OutlineModel.build(List.of(Either.forRight(speaker), Either.forRight(people)), doc);
        assertThat(OutlineModel.lines(root))
                .containsExactly(
                        "Rachel Dunmore — 1 quote",
                        "  \"We know,\" — direct · said",
                        "People — 1",
                        "  Rachel Dunmore — 2 mentions");
        OutlineModel.Item q =
                (OutlineModel.Item) ((DefaultMutableTreeNode) root.getChildAt(0).getChildAt(0)).getUserObject();
        assertThat(q.offset()).isEqualTo(TEXT.indexOf('"'));
        assertThat(q.group()).isFalse();
        doc.insertString(0, "Updated. ", null);
        assertThat(q.offset()).as("anchored in the text").isEqualTo(TEXT.indexOf('"') + 9);
    }

    @Test
    void flatSymbolsAreGroupedByContainer() throws Exception {
        SymbolInformation a = new SymbolInformation(
                "\"We know,\"", SymbolKind.String, new Location("u", range(1, 0, 10)), "Rachel Dunmore");
        SymbolInformation b =
                new SymbolInformation("Rachel Dunmore", SymbolKind.Class, new Location("u", range(0, 0, 14)), "People");
        DefaultMutableTreeNode root = OutlineModel.build(List.of(Either.forLeft(a), Either.forLeft(b)), document());
        assertThat(OutlineModel.lines(root))
                .containsExactly("Rachel Dunmore", "  \"We know,\"", "People", "  Rachel Dunmore");
    }

    @Test
    void noSymbolsIsAnEmptyTree() throws Exception {
        assertThat(OutlineModel.build(List.of(), document()).getChildCount()).isZero();
        assertThat(OutlineModel.build(null, document()).getChildCount()).isZero();
    }
}
