package org.newslint.text;

/** The role a paragraph plays in an article, because headings and block quotes are judged differently from body copy. */
public enum ParagraphKind {
    BODY,
    HEADING,
    BLOCK_QUOTE,
    LIST_ITEM
}
