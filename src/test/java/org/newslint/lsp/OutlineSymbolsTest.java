package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.junit.jupiter.api.Test;
import org.newslint.testing.Fixtures;
import org.newslint.text.LineIndex;

/** The outline shows, for a quoted fragment, the statement it belongs to. */
class OutlineSymbolsTest {
    @Test
    void aFragmentsDetailShowsItsStatementAndAFullQuoteDoesNot() {
        String text = "Ana Berg said the plan was “a disaster” for the city.\n“We will fight it,” she said.";
        List<DocumentSymbol> top = OutlineSymbols.hierarchical(Fixtures.analyze(text), LineIndex.Encoding.UTF16);
        DocumentSymbol berg = top.stream().filter(s -> s.getName().equals("Ana Berg")).findFirst().orElseThrow();
        assertThat(berg.getChildren()).extracting(DocumentSymbol::getDetail)
                .containsExactly("partial · said · the plan was “a disaster” for the city", "direct · said · she");
    }
}
