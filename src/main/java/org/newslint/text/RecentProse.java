package org.newslint.text;

/**
 * An editor's prose of the last few documents it analysed, so that the prose of a plain-text edit is worked out
 * only for the lines the edit touched ({@link PlainTextProse#extractEdited}, whose comment says why that is
 * {@link Prose#of}'s result), instead of normalising, searching for URLs and splitting the whole text again. A
 * text that holds a suppression comment, or Markdown, is extracted whole. Holds the last four {@link Prose}s
 * (their originals and texts, which the analyses hold too); safe across threads ({@link RecentTexts}). Only an
 * editor's splitter has one: a fresh analysis extracts the whole text and keeps nothing.
 */
public final class RecentProse {
    /** How many recent documents a new text is compared with (documents edited in turn). */
    private static final int RECENT = 4;

    /** A document's prose, and whether it was extracted as plain text without a suppression comment. */
    private record Last(Prose prose, boolean plainWithoutComments) {}

    private final RecentTexts<Last> recent =
            new RecentTexts<>(RECENT, last -> last.prose().original());

    /** {@link Prose#of}{@code (document)}. */
    public Prose of(Document document) {
        String original = document.text();
        boolean plain = document.format() != DocumentFormat.MARKDOWN;
        RecentTexts.Closest<Last> closest = recent.closest(original);
        Last before = closest.entry();
        Prose prose = plain && before != null && before.plainWithoutComments()
                ? PlainTextProse.extractEdited(original, before.prose(), closest.common())
                : null;
        boolean without = prose != null;
        if (prose == null) {
            prose = Prose.of(document);
            without = plain && !SuppressionComments.anyCandidate(original, 0, original.length());
        }
        recent.remember(new Last(prose, without), closest.common().sharesMost() ? before : null);
        return prose;
    }
}
