package org.newslint.analysis.sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.Settings;
import org.newslint.nlp.NlpPipeline;
import org.newslint.nlp.Sentence;
import org.newslint.text.Document;
import org.newslint.text.Paragraph;
import org.newslint.text.ParagraphKind;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * The first stage: a document's prose cut into tagged sentences, each knowing its paragraph and
 * why that paragraph is not story text. Binary data is not analysed, a huge document only up
 * to the configured size, and a paragraph with a run of over {@value #MAX_RUN_WITHOUT_SPACE} characters
 * without a space not at all (the {@link SplitArticle#limitNote()} says so); a dateline becomes its
 * own sentence. Cancellable between paragraphs.
 */
public final class SentenceSplitter {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}.' -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.' ]{1,30})?\\s*(?:\\([\\p{L}.' ]{2,30}\\))?\\s*(?:-{1,2}|\u2014|\u2013)\\s+");
    private static final double BINARY_THRESHOLD = 0.10;

    /**
     * The longest run without a space that a paragraph may hold and still be analysed. No English
     * word comes near it (URLs are blanked before this), and the tokeniser's work on one run grows
     * with the square of its length: a line of a million quotation marks took minutes.
     */
    public static final int MAX_RUN_WITHOUT_SPACE = 1000;

    private final NlpPipeline nlp;
    private final ParagraphClassifier paragraphs;

    public SentenceSplitter(NlpPipeline nlp, Lexicons lex) {
        this.nlp = nlp;
        this.paragraphs = new ParagraphClassifier(lex);
    }

    /** The sentences of an article, and why part of it was left out (null when nothing was). */
    public record SplitArticle(Prose prose, List<SentenceDraft> sentences, String limitNote) {
        public SplitArticle {
            sentences = List.copyOf(sentences);
        }
    }

    /** @throws CancellationException when {@code cancelled} turns true between paragraphs */
    public SplitArticle split(Document document, Settings settings, BooleanSupplier cancelled) {
        Prose full = Prose.of(document);
        String limitNote = null;
        List<Paragraph> kept = full.paragraphs();
        if (looksBinary(document.text())) {
            limitNote = "This file looks like binary data, not an article; it was not analysed.";
            kept = List.of();
        } else if (document.text().length() > settings.maxDocumentChars()) {
            int limit = settings.maxDocumentChars();
            kept = kept.stream().filter(p -> p.range().end() <= limit).toList();
            // whole paragraphs only: say how far that really got
            int analysed =
                    kept.isEmpty() ? 0 : kept.get(kept.size() - 1).range().end();
            limitNote = analysed == 0
                    ? "This " + document.text().length() + "-character document was not analysed: its first"
                            + " paragraph runs past the limit of " + limit + " characters (maxDocumentChars)."
                    : "Only the first " + analysed + " characters of this "
                            + document.text().length() + "-character document were analysed.";
        }
        int before = kept.size();
        kept = kept.stream().filter(p -> !hasLongRun(full.text(), p.range())).toList();
        if (kept.size() < before) {
            String runs = (before - kept.size()) + (before - kept.size() == 1 ? " paragraph was" : " paragraphs were")
                    + " not analysed: more than " + MAX_RUN_WITHOUT_SPACE + " characters without a space is not prose.";
            limitNote = limitNote == null ? runs : limitNote + " " + runs;
        }
        Prose prose = new Prose(full.original(), full.text(), kept);

        // first what each paragraph is and where its parts are, then all parts tagged at once (in parallel when
        // many are new), then the drafts in order
        List<Part> parts = new ArrayList<>();
        for (int pi = 0; pi < kept.size(); pi++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("superseded");
            }
            Paragraph p = kept.get(pi);
            NonClaimReason reason = paragraphs.reason(p, p.range().of(prose.text()));
            TextRange range = p.range();
            Matcher dateline = DATELINE.matcher(range.of(prose.text()));
            if (p.kind() == ParagraphKind.BODY
                    && reason == null
                    && dateline.lookingAt()
                    && dateline.end() < range.length()) {
                // "AARHUS, Denmark (Reuters) -" is its own non-claim sentence, still searched for names
                parts.add(
                        new Part(pi, new TextRange(range.start(), range.start() + dateline.end()), true, false, null));
                range = new TextRange(range.start() + dateline.end(), range.end());
            }
            boolean mayBeBoilerplate = p.kind() != ParagraphKind.HEADING && reason != NonClaimReason.BYLINE;
            parts.add(new Part(pi, range, false, mayBeBoilerplate, reason));
        }
        nlp.expectParagraphs(kept.size());
        List<List<Sentence>> tagged =
                nlp.sentences(prose.text(), parts.stream().map(Part::range).toList(), cancelled);
        List<SentenceDraft> drafts = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            boolean boilerplate = false;
            for (Sentence s : tagged.get(k)) {
                if (part.dateline()) {
                    drafts.add(new SentenceDraft(s, part.paragraph(), NonClaimReason.DATELINE));
                    continue;
                }
                // boilerplate runs to the end of its paragraph ("Reporting by A. Editing by B.")
                boilerplate = boilerplate
                        || part.mayBeBoilerplate()
                                && paragraphs.isBoilerplate(s.range().of(prose.text()));
                drafts.add(new SentenceDraft(
                        s, part.paragraph(), boilerplate ? NonClaimReason.BOILERPLATE : part.reason()));
            }
        }
        return new SplitArticle(prose, drafts, limitNote);
    }

    /** A stretch of a paragraph to tag: its dateline, or the rest (with the paragraph's reason, if any). */
    private record Part(
            int paragraph, TextRange range, boolean dateline, boolean mayBeBoilerplate, NonClaimReason reason) {}

    private static boolean hasLongRun(String text, TextRange range) {
        if (range.length() <= MAX_RUN_WITHOUT_SPACE) {
            return false; // no run can be longer than its paragraph
        }
        int run = 0;
        for (int i = range.start(); i < range.end(); i++) {
            run = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)) ? 0 : run + 1;
            if (run > MAX_RUN_WITHOUT_SPACE) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 8192);
        if (n == 0) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad > n * BINARY_THRESHOLD;
    }
}
