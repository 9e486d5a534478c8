package org.newslint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link SuppressionComments#find} tries only the places where {@code newslint-} stands; it must
 * find exactly what searching the whole text with the patterns finds ({@link SuppressionComments#scan}).
 */
class SuppressionCommentsTest {
    private static final List<String> PIECES = List.of(
            "<!--",
            "-->",
            "<!-- ",
            "newslint-",
            "NewsLint-",
            "NEWSLINT-",
            "newslint",
            "disable",
            "-next-line",
            "enable",
            "Disable-Next-Line",
            " ",
            "\t",
            "\n",
            "\r",
            "\r\n",
            "\u000B",
            "[",
            "]",
            ">",
            "-",
            ",",
            "x",
            "vague-source",
            "\u0085",
            "\u2028",
            "\u017Fomething",
            "new\u017Flint-",
            "Experts say the bridge is unsafe.");

    @Property(tries = 2000)
    void findingOnlyWhereTheWordStandsEqualsSearchingEverything(@ForAll("texts") String text) {
        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(SuppressionComments.find(text, format))
                    .as("%s in %s", format, text)
                    .isEqualTo(SuppressionComments.scan(text, format));
        }
    }

    @Test
    void theFormsAreFoundWhereverTheyStand() {
        String text =
                "Intro.\n  [newslint-disable vague-source]  \n<!--newslint-enable-->x<!--\n newslint-disable-next-line"
                        + " a, b -->\n[newslint-enable] trailing\n\t[NEWSLINT-ENABLE]\n";
        List<SuppressionComments.Directive> found = SuppressionComments.find(text, DocumentFormat.PLAIN_TEXT);
        assertThat(found).isEqualTo(SuppressionComments.scan(text, DocumentFormat.PLAIN_TEXT));
        assertThat(found)
                .extracting(SuppressionComments.Directive::kind)
                .containsExactly(
                        SuppressionComments.Kind.DISABLE,
                        SuppressionComments.Kind.ENABLE,
                        SuppressionComments.Kind.DISABLE_NEXT_LINE,
                        SuppressionComments.Kind.ENABLE);
        assertThat(found.get(2).rules()).containsExactlyInAnyOrder("a", "b");
        assertThat(SuppressionComments.find(text, DocumentFormat.MARKDOWN)).hasSize(2);
        assertThat(SuppressionComments.find("No comment - none at all.", DocumentFormat.PLAIN_TEXT))
                .isEmpty();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
