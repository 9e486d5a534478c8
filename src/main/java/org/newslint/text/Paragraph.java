package org.newslint.text;

/** One paragraph of prose, located in the original text. */
public record Paragraph(TextRange range, ParagraphKind kind) {}
