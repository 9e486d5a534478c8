package org.newslint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.junit.jupiter.api.Test;
import org.newslint.testing.Fixtures;
import org.newslint.text.LineIndex;

/** The outline shows, for a quoted fragment, the statement it belongs to, and lists terms apart. */
class OutlineSymbolsTest {
    @Test
    void aFragmentsDetailShowsItsStatementAndAFullQuoteDoesNot() {
        String text = "Ana Berg said the plan was “a disaster” for the city.\n“We will fight it,” she said.";
        List<DocumentSymbol> top = OutlineSymbols.hierarchical(Fixtures.analyze(text), LineIndex.Encoding.UTF16);
        DocumentSymbol berg = top.stream()
                .filter(s -> s.getName().equals("Ana Berg"))
                .findFirst()
                .orElseThrow();
        assertThat(berg.getChildren())
                .extracting(DocumentSymbol::getDetail)
                .containsExactly("partial · said · the plan was “a disaster” for the city", "direct · said · she");
    }

    @Test
    void termsAreListedApartFromQuotesWaitingForASpeaker() {
        String text =
                "Pundits debated the “deep state” all week.\n\n“Nothing has been decided,” the note read.\n\n“We will fight it.”";
        List<DocumentSymbol> top = OutlineSymbols.hierarchical(Fixtures.analyze(text), LineIndex.Encoding.UTF16);
        DocumentSymbol terms = top.stream()
                .filter(s -> s.getName().equals(OutlineSymbols.TERMS))
                .findFirst()
                .orElseThrow();
        assertThat(terms.getChildren()).extracting(DocumentSymbol::getName).containsExactly("“deep state”");
        assertThat(terms.getChildren()).extracting(DocumentSymbol::getDetail).containsExactly("term");
        assertThat(top)
                .filteredOn(s -> s.getName().equals(OutlineSymbols.UNATTRIBUTED))
                .allSatisfy(g ->
                        assertThat(g.getChildren()).noneMatch(c -> c.getName().contains("deep state")));
    }

    @Test
    void reportedStatementsAreListedUnderTheirSpeakerAndToldApartFromQuotes() {
        String text = "Ana Berg said the bridge would reopen in May.\n“We will fight it,” she said.";
        List<DocumentSymbol> top = OutlineSymbols.hierarchical(Fixtures.analyze(text), LineIndex.Encoding.UTF16);
        DocumentSymbol berg = top.stream()
                .filter(s -> s.getName().equals("Ana Berg"))
                .findFirst()
                .orElseThrow();
        assertThat(berg.getDetail()).isEqualTo("1 quote, 1 reported");
        assertThat(berg.getChildren())
                .extracting(DocumentSymbol::getName)
                .containsExactly("the bridge would reopen in May", "“We will fight it,”");
        assertThat(berg.getChildren())
                .extracting(DocumentSymbol::getDetail)
                .containsExactly("reported · said", "direct · said · she");
    }

    @Test
    void theHoverOnAPersonShowsWhatTheyAreQuotedAndReportedAsSaying() {
        String text = "Ana Berg said the bridge would reopen in May.\n“We will fight it,” she said.";
        var a = Fixtures.analyze(text);
        var berg = Fixtures.entity(a, "Ana Berg");
        String hover = HoverContent.entity(a, berg, false);
        assertThat(hover)
                .contains("Quoted as saying:\n- “We will fight it,”")
                .contains("Reported as saying:\n- the bridge would reopen in May");
    }
}
