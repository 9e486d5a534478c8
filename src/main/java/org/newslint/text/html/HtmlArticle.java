package org.newslint.text.html;

import java.util.Arrays;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newslint.text.SourceMap;

/**
 * The prose of an HTML article as plain text with every character's place in the HTML, because
 * articles saved from a CMS or a web page are HTML and markup would otherwise be read as words.
 * The text is the article body ({@code <article>}, the largest when there are several, else
 * {@code <main>}, else {@code <body>}) without scripts, styles, navigation, headers, footers and
 * asides; each block element (paragraph, heading, list item, quotation, division, table cell) and
 * each {@code <br>} ends a line, which {@link org.newslint.text.PlainTextProse} reads as a
 * paragraph; white space runs become one space; entities are decoded ({@code &rsquo;} is one
 * character that stands for its seven). jsoup parses any input, broken or not, and tracks source
 * positions. {@code newslint-…} suppression comments are kept as lines of their own.
 */
public final class HtmlArticle {
    private static final Set<String> SKIPPED = Set.of(
            "script",
            "style",
            "noscript",
            "template",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "button",
            "select",
            "textarea",
            "iframe",
            "svg",
            "math",
            "head",
            "title",
            "object",
            "canvas");
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "dt",
            "dd",
            "blockquote",
            "div",
            "section",
            "article",
            "main",
            "body",
            "figure",
            "figcaption",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "caption",
            "ul",
            "ol",
            "dl",
            "hr",
            "br",
            "address",
            "details",
            "summary",
            "center",
            "hgroup");
    /** The longest entity name in HTML ({@code &CounterClockwiseContourIntegral;}) plus {@code &} and {@code ;}. */
    private static final int LONGEST_ENTITY = 34;

    private HtmlArticle() {}

    /** The article text of {@code html}, mapped back to it. Never throws: input jsoup cannot read gives no text. */
    public static SourceMap extract(String html) {
        try {
            org.jsoup.nodes.Document page =
                    Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
            Builder out = new Builder(html);
            Element root = body(page);
            if (root != null) {
                NodeTraversor.filter(new Walk(root, out), root);
            }
            return out.build();
        } catch (RuntimeException | StackOverflowError e) {
            return new SourceMap(html, "", new int[0], new int[0]);
        }
    }

    /** The article's body: the largest {@code <article>}, else {@code <main>}, else {@code <body>}. */
    static Element body(org.jsoup.nodes.Document page) {
        Elements articles = page.select("article");
        Element best = null;
        int bestLength = -1;
        for (Element a : articles) {
            int length = a.text().length();
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 0) {
            return best;
        }
        Element main = page.selectFirst("main");
        return main != null ? main : page.body();
    }

    /** Copies text nodes and suppression comments, ending a line at each block element. */
    private static final class Walk implements NodeFilter {
        private final Element root;
        private final Builder out;

        Walk(Element root, Builder out) {
            this.root = root;
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
                if (e != root && SKIPPED.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(e.normalName())) {
                    out.endLine();
                }
            } else if (node instanceof TextNode t) {
                out.text(t);
            } else if (node instanceof Comment c && c.getData().strip().startsWith("newslint-")) {
                out.endLine();
                out.verbatim(c.sourceRange());
                out.endLine();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                out.endLine();
            }
            return FilterResult.CONTINUE;
        }
    }

    /** The text being built, one source span per character. */
    private static final class Builder {
        private final String html;
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[256];
        private int[] ends = new int[256];
        /** Where the last character's source ends: a line break or a collapsed space stands there. */
        private int lastEnd;

        private int spaceStart = -1;
        private int spaceEnd;

        Builder(String html) {
            this.html = html;
        }

        void endLine() {
            spaceStart = -1;
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                add('\n', lastEnd, lastEnd);
            }
        }

        void text(TextNode node) {
            Range range = node.sourceRange();
            String decoded = node.getWholeText();
            if (!range.isTracked() || !copy(range.start().pos(), range.end().pos(), decoded)) {
                // a node the parser made up (or whose source we cannot follow): its characters stand at its start
                int at = range.isTracked() ? range.start().pos() : lastEnd;
                for (int k = 0; k < decoded.length(); k++) {
                    put(decoded.charAt(k), at, at);
                }
            }
        }

        /** Copies a text node's source, decoding entities; false (and nothing copied) if it does not give {@code expected}. */
        private boolean copy(int from, int to, String expected) {
            if (from < 0 || to > html.length() || from > to) {
                return false;
            }
            StringBuilder check = new StringBuilder();
            int mark = text.length();
            int[] saved = {lastEnd, spaceStart, spaceEnd};
            int i = from;
            while (i < to) {
                char c = html.charAt(i);
                int next = i + 1;
                String decoded = String.valueOf(c);
                if (c == '&') {
                    int semicolon = html.indexOf(';', i);
                    if (semicolon > i && semicolon < to && semicolon - i < LONGEST_ENTITY) {
                        String reference = html.substring(i, semicolon + 1);
                        String d = Parser.unescapeEntities(reference, false);
                        if (!d.equals(reference)) {
                            decoded = d;
                            next = semicolon + 1;
                        }
                    }
                }
                for (int k = 0; k < decoded.length(); k++) {
                    put(decoded.charAt(k), i, next);
                }
                check.append(decoded);
                i = next;
            }
            if (withoutSpace(check).equals(withoutSpace(expected))) {
                return true;
            }
            text.setLength(mark);
            lastEnd = saved[0];
            spaceStart = saved[1];
            spaceEnd = saved[2];
            return false;
        }

        private static String withoutSpace(CharSequence s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int k = 0; k < s.length(); k++) {
                if (!isSpace(s.charAt(k))) {
                    b.append(s.charAt(k));
                }
            }
            return b.toString();
        }

        /** A comment copied as it is written (line breaks as spaces). */
        void verbatim(Range range) {
            if (!range.isTracked()) {
                return;
            }
            for (int i = range.start().pos(); i < range.end().pos() && i < html.length(); i++) {
                char c = html.charAt(i);
                add(c == '\n' || c == '\r' ? ' ' : c, i, i + 1);
            }
        }

        /** One decoded character: white space is collapsed into one space before the next word. */
        private void put(char c, int start, int end) {
            if (isSpace(c)) {
                if (spaceStart < 0) {
                    spaceStart = start;
                }
                spaceEnd = end;
                return;
            }
            if (spaceStart >= 0) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                    add(' ', Math.max(spaceStart, lastStart()), Math.max(spaceEnd, lastStart()));
                }
                spaceStart = -1;
            }
            add(c, Math.max(start, lastStart()), Math.max(end, lastStart()));
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private int lastStart() {
            return text.length() == 0 ? 0 : starts[text.length() - 1];
        }

        private void add(char c, int start, int end) {
            int n = text.length();
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            text.append(c);
            starts[n] = start;
            ends[n] = Math.max(start, end);
            lastEnd = ends[n];
        }

        SourceMap build() {
            int n = text.length();
            return new SourceMap(html, text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }
}
