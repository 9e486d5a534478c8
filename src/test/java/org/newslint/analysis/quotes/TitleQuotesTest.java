package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which quoted words read as the name of a show, book, song or paper rather than speech. */
class TitleQuotesTest {
    @Test
    void shortCapitalisedNamesAreTitles() {
        assertThat(TitleQuotes.looksLikeTitle("Shark Tank")).isTrue();
        assertThat(TitleQuotes.looksLikeTitle("The Lyndale Ledger")).isTrue();
        assertThat(TitleQuotes.looksLikeTitle("Pride and Prejudice")).isTrue();
        assertThat(TitleQuotes.looksLikeTitle("Lyndale vs the World")).isTrue();
        // pinned: the stop inside rejects it, so "vs." in the list of small words is never reached
        assertThat(TitleQuotes.looksLikeTitle("Lyndale vs. the World")).isFalse();
        assertThat(TitleQuotes.looksLikeTitle("Shark Tank.")).isTrue(); // a stop at the end is the sentence's
        assertThat(TitleQuotes.looksLikeTitle("1984")).isTrue();
    }

    @Test
    void speechExclamationsAndLongNamesAreNot() {
        assertThat(TitleQuotes.looksLikeTitle("Wow")).isFalse();
        assertThat(TitleQuotes.looksLikeTitle("7")).isFalse();
        assertThat(TitleQuotes.looksLikeTitle("We Will Win")).isTrue(); // pinned: capitalised speech reads as a title
        assertThat(TitleQuotes.looksLikeTitle("We will win")).isFalse();
        assertThat(TitleQuotes.looksLikeTitle("the Lyndale Ledger")).isFalse();
        assertThat(TitleQuotes.looksLikeTitle("Stop. Go Home")).isFalse();
        assertThat(TitleQuotes.looksLikeTitle("The Long Night Of The Lyndale River Pilots"))
                .isFalse();
        assertThat(TitleQuotes.looksLikeTitle("  ")).isFalse();
    }

    /** The test as it was before it counted separators first: split, searched and copied every time. */
    private static boolean reference(String content) {
        String c = content.strip().replaceAll("[.,!?;:]+$", "");
        String[] words = c.split("\\s+");
        if (c.isEmpty() || words.length > 6 || c.matches(".*[.!?;:].*")) {
            return false;
        }
        if (!Character.isUpperCase(words[0].charAt(0)) && !Character.isDigit(words[0].charAt(0))) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitalised++;
            } else if (!java.util.Set.of(
                            "a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "or", "with", "from",
                            "vs", "vs.", "&")
                    .contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 2 || words.length == 1 && words[0].length() > 1 && Character.isDigit(words[0].charAt(0));
    }

    /** Generated contents of one to twelve words with stops and every kind of white space agree with the old test. */
    @Test
    void countingSeparatorsFirstAnswersAsBefore() {
        String[] pieces = {
            "Shark",
            "Tank",
            "the",
            "of",
            "Lyndale",
            "1984",
            "said",
            "vs.",
            "&",
            ".",
            "!",
            ",",
            "?!",
            "Wow.",
            "a",
            "B",
            "\u00e9t\u00e9",
            "\u00c9cole",
            "x;y"
        };
        String[] spaces = {" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00a0", "\u2003", " \u2003 ", ""};
        java.util.Random random = new java.util.Random(11);
        int titles = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            if (random.nextInt(4) == 0) {
                sb.append(spaces[random.nextInt(spaces.length)]);
            }
            int words = 1 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    sb.append(spaces[random.nextInt(spaces.length)]);
                }
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextInt(3) == 0) {
                sb.append(spaces[random.nextInt(spaces.length)]).append(random.nextBoolean() ? "." : "");
            }
            String content = sb.toString();
            boolean expected = reference(content);
            titles += expected ? 1 : 0;
            assertThat(TitleQuotes.looksLikeTitle(content)).as("%s", content).isEqualTo(expected);
        }
        assertThat(titles).as("titles among the generated contents").isGreaterThan(100);
    }
}
