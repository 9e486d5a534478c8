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
}
