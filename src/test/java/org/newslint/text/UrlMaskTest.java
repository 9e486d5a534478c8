package org.newslint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PlainTextProse#maskUrls} tries its pattern only where a URL can start; it must blank exactly
 * what searching the whole text with the same pattern blanks.
 */
class UrlMaskTest {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\"'<>]+");

    @Property(tries = 2000)
    void masksWhatASearchOfTheWholeTextMasks(@ForAll("texts") String text) {
        char[] expected = text.toCharArray();
        searchEverywhere(text, expected);
        char[] actual = text.toCharArray();
        PlainTextProse.maskUrls(text, actual, false);
        assertThat(new String(actual)).isEqualTo(new String(expected));
        // plain text's path, whose filters read the normalised copy it masks
        char[] normalised = Normalizer.normalizedChars(text);
        searchEverywhere(text, normalised);
        char[] fromCopy = Normalizer.normalizedChars(text);
        PlainTextProse.maskUrls(text, fromCopy, true);
        assertThat(new String(fromCopy)).isEqualTo(new String(normalised));
    }

    @Example
    void aUrlIsBlankedButNotItsSentenceStopNorAWordThatMerelyContainsWww() {
        String text = "See https://example.org/a. Or awww.x and WWW.Example.com, then (http://x.y/z).";
        char[] masked = text.toCharArray();
        PlainTextProse.maskUrls(text, masked, true);
        assertThat(new String(masked))
                .isEqualTo("See                      . Or awww.x and                , then (            ).");
    }

    /** The reference: every match of a search through the whole text, as before the prefilter. */
    private static void searchEverywhere(String original, char[] text) {
        Matcher m = URL.matcher(original);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:)!?".indexOf(original.charAt(end - 1)) >= 0) {
                end--;
            }
            for (int k = m.start(); k < end; k++) {
                if (text[k] != '\n' && text[k] != '\r') {
                    text[k] = ' ';
                }
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of(
                "http://",
                "https://",
                "HTTP://",
                "hTtPs://",
                "www.",
                "WWW.",
                "ww",
                "w",
                "h",
                "http",
                "a",
                "é",
                "_",
                "1",
                " ",
                "\n",
                "\r",
                ".",
                ",",
                ")",
                "\"",
                "'",
                "<",
                ">",
                "/",
                ":",
                "x.org",
                "\u00a0",
                "\u2019");
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }
}
