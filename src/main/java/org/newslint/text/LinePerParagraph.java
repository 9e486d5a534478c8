package org.newslint.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Many CMS exports write Markdown with one story paragraph per line and no blank lines between
 * them, which CommonMark reads as one paragraph; judged as one, a trailing "Image via Shutterstock"
 * line would make the whole story boilerplate. A paragraph whose lines mostly end a sentence, and
 * whose other lines are followed by a new start (a capital, a digit, a quotation mark), is split
 * into one paragraph per line, as plain text is. Hard-wrapped prose breaks lines mid-sentence, into
 * lower-case words, and stays one paragraph.
 */
final class LinePerParagraph {
    private static final String SENTENCE_END = ".!?:\"'”’)";

    private LinePerParagraph() {}

    /**
     * The paragraphs, with every line-per-paragraph block cut at its line breaks.
     *
     * @param original the document, where the line breaks are
     * @param text the prose so far (markup blanked), which decides where lines end
     */
    static List<Paragraph> split(List<Paragraph> paragraphs, String original, char[] text) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : paragraphs) {
            List<TextRange> lines = lines(p.range(), original, text);
            if (p.kind() != ParagraphKind.HEADING && lines.size() > 1 && standsAlone(lines, text)) {
                for (TextRange line : lines) {
                    out.add(new Paragraph(line, p.kind()));
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean standsAlone(List<TextRange> lines, char[] text) {
        int sentenceEnds = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextRange line = lines.get(i);
            if (SENTENCE_END.indexOf(text[line.end() - 1]) >= 0) {
                sentenceEnds++;
                continue;
            }
            // a wrapped line runs on into a lower-case word; a line that stands alone is followed by a new start
            char next = text[lines.get(i + 1).start()];
            if (!Character.isUpperCase(next) && !Character.isDigit(next) && "\"'“‘".indexOf(next) < 0) {
                return false;
            }
        }
        // most lines of a one-paragraph-per-line export end a sentence; few lines of wrapped prose do
        return 2 * sentenceEnds >= lines.size() - 1;
    }

    /** The trimmed non-blank lines of {@code range}. */
    private static List<TextRange> lines(TextRange range, String original, char[] text) {
        List<TextRange> lines = new ArrayList<>();
        int i = range.start();
        while (i < range.end()) {
            int end = i;
            while (end < range.end() && original.charAt(end) != '\n' && original.charAt(end) != '\r') {
                end++;
            }
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text[s])) {
                s++;
            }
            while (e > s && Character.isWhitespace(text[e - 1])) {
                e--;
            }
            if (e > s) {
                lines.add(new TextRange(s, e));
            }
            i = end + 1;
        }
        return lines;
    }
}
