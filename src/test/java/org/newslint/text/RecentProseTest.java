package org.newslint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An editor's prose, worked out only for the lines an edit touched, is the prose of the whole text. */
class RecentProseTest {
    /** Pieces that matter to the prose: line breaks of each kind, URLs, comments, typography, control characters. */
    private static final List<String> PIECES = List.of(
            "Kim said",
            " the ",
            "report",
            ".",
            ", ",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            "  \n",
            "\t",
            "\u00A0",
            "\u2019",
            "\u201Cquoted\u201D",
            "`",
            "\u0007",
            "http://example.org/a/b.",
            " www.Example.com/x,",
            "https",
            "see https://t.co/x)",
            "w",
            "h",
            "ttp://",
            "<!--",
            "-->",
            "[",
            "]",
            "\u2028",
            "  ",
            "newslint");

    /** Suppression comments and parts of them (every other document gets some, in its text or by an edit). */
    private static final List<String> COMMENTS = List.of(
            "<!-- newslint-disable vague-source -->",
            " newslint-",
            "NEWSLINT-enable",
            "[newslint-disable-next-line]",
            "<!-- newslint-enable\n-->",
            "-");

    @Test
    void everyEditedVersionHasTheProseOfTheWholeTextAndUntouchedLinesKeepTheirParagraphs() {
        Random random = new Random(12);
        int reused = 0;
        int fallbacks = 0;
        for (int document = 0; document < 40; document++) {
            RecentProse recent = new RecentProse();
            StringBuilder text = new StringBuilder();
            boolean comments = document % 2 == 1;
            for (int i = 0; i < 60; i++) {
                text.append(piece(random, comments));
                if (random.nextInt(4) == 0) {
                    text.append('\n');
                }
            }
            Prose last = recent.of(Document.of(text.toString()));
            assertThat(last).isEqualTo(Prose.of(Document.of(text.toString())));
            for (int edit = 0; edit < 60; edit++) {
                int at = random.nextInt(text.length() + 1);
                int kind = random.nextInt(10);
                if (kind < 5) {
                    text.insert(at, (char) ('a' + random.nextInt(26))); // typing
                } else if (kind < 8) {
                    text.insert(at, piece(random, comments));
                } else if (text.length() > 0) {
                    int to = Math.min(text.length(), at + 1 + random.nextInt(12));
                    text.delete(Math.min(at, text.length() - 1), to);
                }
                Document d = Document.of(text.toString());
                Prose now = recent.of(d);
                assertThat(now).as("document %d edit %d", document, edit).isEqualTo(Prose.of(d));
                int lineStart = lastBreakBefore(text, Math.min(at, text.length())) + 1;
                Paragraph first =
                        now.paragraphs().isEmpty() ? null : now.paragraphs().get(0);
                if (first != null
                        && first.range().end() < lineStart
                        && !last.paragraphs().isEmpty()
                        && !SuppressionComments.anyCandidate(
                                last.original(), 0, last.original().length())
                        && !SuppressionComments.anyCandidate(
                                d.text(), 0, d.text().length())) {
                    // a paragraph on a line before the edit: the last prose's own object
                    assertThat(first).isSameAs(last.paragraphs().get(0));
                    reused++;
                } else if (first != null && first.range().end() < lineStart) {
                    fallbacks++;
                }
                last = now;
            }
        }
        assertThat(reused).isGreaterThan(500);
        assertThat(fallbacks).isGreaterThan(50); // texts with a comment were extracted whole, and equal too
    }

    @Test
    void typingAtParagraphEndsAsAnEditorDoes() {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 30; p++) {
            text.append("Paragraph ")
                    .append(p)
                    .append(" cites www.site")
                    .append(p)
                    .append(".org, said Kim.\n\n");
        }
        RecentProse recent = new RecentProse();
        recent.of(Document.of(text.toString()));
        for (int edit = 0; edit < 200; edit++) {
            int paragraph = edit * 7 % 30;
            int at = -1;
            for (int k = 0; k <= paragraph; k++) {
                at = text.indexOf("\n\n", at + 1);
            }
            text.insert(at, edit % 5 == 0 ? ' ' : (char) ('a' + edit % 26));
            Document d = Document.of(text.toString());
            assertThat(recent.of(d)).isEqualTo(Prose.of(d));
        }
    }

    @Test
    void markdownIsExtractedWhole() {
        RecentProse recent = new RecentProse();
        Document md = new Document("file:///a.md", 1, "# Title\n\nSome `code` here.\n", DocumentFormat.MARKDOWN);
        assertThat(recent.of(md)).isEqualTo(Prose.of(md));
        Document edited = md.withText(2, "# Title\n\nSome `code` here!\n");
        assertThat(recent.of(edited)).isEqualTo(Prose.of(edited));
        Document fence = md.withText(3, "# Title\n\n```\nSome `code` here!\n");
        assertThat(recent.of(fence)).isEqualTo(Prose.of(fence));
        // the same text, edited, read as plain text and then as Markdown again (a language id changed)
        Document plain = new Document("file:///a.md", 4, "# Title\n\nSome `code` here?\n", DocumentFormat.PLAIN_TEXT);
        assertThat(recent.of(plain)).isEqualTo(Prose.of(plain));
        Document again = md.withText(5, "# Title\n\nSome `code` here?!\n");
        assertThat(recent.of(again)).isEqualTo(Prose.of(again));
    }

    private static String piece(Random random, boolean comments) {
        return comments && random.nextInt(40) == 0
                ? COMMENTS.get(random.nextInt(COMMENTS.size()))
                : PIECES.get(random.nextInt(PIECES.size()));
    }

    private static int lastBreakBefore(CharSequence text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\r') {
                return k;
            }
        }
        return -1;
    }
}
