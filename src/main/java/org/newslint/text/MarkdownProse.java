package org.newslint.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Extracts the prose of a Markdown article with commonmark's source spans: paragraph and heading
 * text is kept at its original offsets; code, HTML, link targets, URLs, front matter and markup
 * characters become spaces.
 */
public final class MarkdownProse {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownProse() {}

    public static Prose extract(String original) {
        String normalized = Normalizer.normalize(original);
        char[] masked = new char[original.length()];
        Arrays.fill(masked, ' ');
        for (int i = 0; i < masked.length; i++) {
            char c = original.charAt(i);
            if (c == '\n' || c == '\r') {
                masked[i] = c;
            }
        }
        int bodyStart = frontMatterEnd(original);
        // front matter is blanked by parsing only what follows it; offsets are shifted back below
        String body = original.substring(bodyStart);
        Node document = PARSER.parse(body);
        List<Paragraph> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Paragraph paragraph) {
                addBlock(paragraph, kindOf(paragraph));
            }

            @Override
            public void visit(Heading heading) {
                addBlock(heading, ParagraphKind.HEADING);
            }

            private void addBlock(Node block, ParagraphKind kind) {
                int[] bounds = {Integer.MAX_VALUE, -1};
                copyInlines(block, bounds);
                if (bounds[1] > bounds[0]) {
                    int s = bounds[0];
                    int e = bounds[1];
                    while (s < e && Character.isWhitespace(masked[s])) {
                        s++;
                    }
                    while (e > s && Character.isWhitespace(masked[e - 1])) {
                        e--;
                    }
                    if (e > s) {
                        paragraphs.add(new Paragraph(new TextRange(s, e), kind));
                    }
                }
            }

            private void copyInlines(Node parent, int[] bounds) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text) {
                        for (SourceSpan span : child.getSourceSpans()) {
                            int s = bodyStart + span.getInputIndex();
                            int e = Math.min(s + span.getLength(), masked.length);
                            for (int k = s; k < e; k++) {
                                masked[k] = normalized.charAt(k);
                            }
                            bounds[0] = Math.min(bounds[0], s);
                            bounds[1] = Math.max(bounds[1], e);
                        }
                    } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                        for (SourceSpan span : child.getSourceSpans()) {
                            int s = bodyStart + span.getInputIndex();
                            for (int k = s; k < Math.min(s + span.getLength(), masked.length); k++) {
                                masked[k] = ' ';
                            }
                        }
                    } else {
                        // links, emphasis, strong emphasis and friends: keep their text; code and HTML have no Text
                        // children
                        copyInlines(child, bounds);
                    }
                }
            }
        });
        List<Paragraph> blocks = LinePerParagraph.split(paragraphs, original, masked);
        // line breaks inside a paragraph are soft: they must not split sentences
        for (Paragraph p : blocks) {
            for (int k = p.range().start(); k < p.range().end(); k++) {
                if (masked[k] == '\n' || masked[k] == '\r') {
                    masked[k] = ' ';
                }
            }
        }
        PlainTextProse.maskUrls(original, masked, false);
        blocks.sort((a, b) -> a.range().compareTo(b.range()));
        return new Prose(original, new String(masked), blocks);
    }

    private static ParagraphKind kindOf(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof BlockQuote) {
                return ParagraphKind.BLOCK_QUOTE;
            }
            if (p instanceof ListItem) {
                return ParagraphKind.LIST_ITEM;
            }
        }
        return ParagraphKind.BODY;
    }

    /** Offset just after YAML (---) or TOML (+++) front matter, or 0 when there is none. */
    static int frontMatterEnd(String text) {
        String fence;
        if (text.startsWith("---")) {
            fence = "---";
        } else if (text.startsWith("+++")) {
            fence = "+++";
        } else {
            return 0;
        }
        int firstBreak = text.indexOf('\n');
        if (firstBreak < 0 || !text.substring(0, firstBreak).strip().equals(fence)) {
            return 0;
        }
        int lineStart = firstBreak + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.equals(fence) || (fence.equals("---") && line.equals("..."))) {
                return Math.min(text.length(), lineEnd + 1);
            }
            lineStart = lineEnd + 1;
        }
        return 0;
    }
}
