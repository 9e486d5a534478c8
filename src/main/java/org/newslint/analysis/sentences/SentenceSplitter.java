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
import org.newslint.text.CommonEnds;
import org.newslint.text.Document;
import org.newslint.text.Paragraph;
import org.newslint.text.ParagraphKind;
import org.newslint.text.Prose;
import org.newslint.text.RecentProse;
import org.newslint.text.RecentTexts;
import org.newslint.text.TextRange;

/**
 * The first stage: a document's prose cut into tagged sentences, each knowing its paragraph and
 * why that paragraph is not story text. Binary data is not analysed, a huge document only up
 * to the configured size, and a paragraph with a run of over {@value #MAX_RUN_WITHOUT_SPACE} characters
 * without a space not at all (the {@link SplitArticle#limitNote()} says so); a dateline becomes its
 * own sentence. Cancellable between paragraphs.
 *
 * <p>An editor's splitter ({@code remember}) keeps, for the last few texts it split, what it decided
 * per paragraph ({@link Recent}): the paragraph's reason, where its dateline ends, and from which of
 * its sentences on it is boilerplate. Each of those is a function of the paragraph's kind and
 * characters alone (with the lexicons, fixed per splitter; the sentences are the tagging of those
 * characters, which is a function of them), so a paragraph of the same kind whose characters are
 * those of a recent paragraph — it lies where the two texts share their start or their end,
 * {@link CommonEnds} — gets that paragraph's decisions without a substring, a memo lookup or a
 * regular expression; and its document's prose is worked out only for the lines an edit touched
 * ({@link RecentProse}). A splitter for fresh analyses remembers nothing.
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
    private final boolean remember;
    /** An editor's splitter's last documents' prose (worked out again only where an edit touched it), else null. */
    private final RecentProse recentProse;

    /** How many recent texts a remembering splitter compares a new one with (documents edited in turn). */
    private static final int RECENT = 4;

    /**
     * A split text's paragraphs (starts ascending) and what was decided for each: its reason (or null),
     * where its dateline ends relative to its start (-1: none), and the first of its non-dateline
     * sentences that is boilerplate (all after it are too; {@link Integer#MAX_VALUE}: none).
     */
    private record Recent(
            String text,
            int[] starts,
            int[] ends,
            ParagraphKind[] kinds,
            NonClaimReason[] reasons,
            int[] datelines,
            int[] boilerplateFrom) {
        /** The index of the paragraph with exactly {@code p}'s kind and characters, or -1. */
        int same(CommonEnds common, Paragraph p) {
            int at = common.oldStart(p.range().start(), p.range().end());
            if (at < 0) {
                return -1;
            }
            int k = java.util.Arrays.binarySearch(starts, at);
            return k >= 0 && ends[k] - at == p.range().length() && kinds[k] == p.kind() ? k : -1;
        }
    }

    /** The last few, newest first (replaced whole, never changed). */
    private final RecentTexts<Recent> recent = new RecentTexts<>(RECENT, Recent::text);

    /** A splitter that remembers nothing (fresh analyses). */
    public SentenceSplitter(NlpPipeline nlp, Lexicons lex) {
        this(nlp, lex, false);
    }

    /** @param remember whether to reuse what was decided for recent texts' paragraphs (an editor's analyses) */
    public SentenceSplitter(NlpPipeline nlp, Lexicons lex, boolean remember) {
        this.nlp = nlp;
        this.paragraphs = new ParagraphClassifier(lex);
        this.remember = remember;
        this.recentProse = remember ? new RecentProse() : null;
    }

    /** The sentences of an article, and why part of it was left out (null when nothing was). */
    public record SplitArticle(Prose prose, List<SentenceDraft> sentences, String limitNote) {
        public SplitArticle {
            sentences = List.copyOf(sentences);
        }
    }

    /** @throws CancellationException when {@code cancelled} turns true between paragraphs */
    public SplitArticle split(Document document, Settings settings, BooleanSupplier cancelled) {
        Prose full = recentProse == null ? Prose.of(document) : recentProse.of(document);
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
        // what the paragraphs of a recent text were decided (below) is first looked up here: a paragraph with
        // exactly the characters of one of them has no long run, as that one had not (it was kept)
        RecentTexts.Closest<Recent> closest = recent.closest(full.text());
        Recent before = closest.entry();
        CommonEnds common = closest.common();
        int withRuns = kept.size();
        kept = kept.stream()
                .filter(p -> before != null && before.same(common, p) >= 0 || !hasLongRun(full.text(), p.range()))
                .toList();
        if (kept.size() < withRuns) {
            String runs = (withRuns - kept.size())
                    + (withRuns - kept.size() == 1 ? " paragraph was" : " paragraphs were")
                    + " not analysed: more than " + MAX_RUN_WITHOUT_SPACE + " characters without a space is not prose.";
            limitNote = limitNote == null ? runs : limitNote + " " + runs;
        }
        Prose prose = new Prose(full.original(), full.text(), kept);

        // first what each paragraph is and where its parts are, then all parts tagged at once (in parallel when
        // many are new), then the drafts in order
        int np = kept.size();
        int[] starts = new int[np];
        int[] ends = new int[np];
        ParagraphKind[] kinds = new ParagraphKind[np];
        NonClaimReason[] reasons = new NonClaimReason[np];
        int[] datelines = new int[np];
        int[] boilerplateFrom = new int[np];
        int[] was = new int[np];
        List<Part> parts = new ArrayList<>();
        for (int pi = 0; pi < np; pi++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("superseded");
            }
            Paragraph p = kept.get(pi);
            TextRange range = p.range();
            was[pi] = before == null ? -1 : before.same(common, p);
            NonClaimReason reason;
            int datelineEnd;
            if (was[pi] >= 0) {
                reason = before.reasons()[was[pi]];
                datelineEnd = before.datelines()[was[pi]];
            } else {
                String paragraphText = range.of(prose.text());
                reason = paragraphs.reason(p, paragraphText);
                Matcher dateline = DATELINE.matcher(paragraphText);
                datelineEnd = p.kind() == ParagraphKind.BODY
                                && reason == null
                                && dateline.lookingAt()
                                && dateline.end() < range.length()
                        ? dateline.end()
                        : -1;
            }
            starts[pi] = range.start();
            ends[pi] = range.end();
            kinds[pi] = p.kind();
            reasons[pi] = reason;
            datelines[pi] = datelineEnd;
            if (datelineEnd >= 0) {
                // "AARHUS, Denmark (Reuters) -" is its own non-claim sentence, still searched for names
                parts.add(new Part(pi, new TextRange(range.start(), range.start() + datelineEnd), true, false, null));
                range = new TextRange(range.start() + datelineEnd, range.end());
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
            List<Sentence> sentences = tagged.get(k);
            if (part.dateline()) {
                for (Sentence s : sentences) {
                    drafts.add(new SentenceDraft(s, part.paragraph(), NonClaimReason.DATELINE));
                }
                continue;
            }
            int pi = part.paragraph();
            // boilerplate runs to the end of its paragraph ("Reporting by A. Editing by B.")
            int from =
                    was[pi] >= 0 ? before.boilerplateFrom()[was[pi]] : boilerplateFrom(part, sentences, prose.text());
            boilerplateFrom[pi] = from;
            for (int j = 0; j < sentences.size(); j++) {
                drafts.add(new SentenceDraft(
                        sentences.get(j), pi, j >= from ? NonClaimReason.BOILERPLATE : part.reason()));
            }
        }
        if (remember) {
            recent.remember(
                    new Recent(prose.text(), starts, ends, kinds, reasons, datelines, boilerplateFrom),
                    common.sharesMost() ? before : null);
        }
        return new SplitArticle(prose, drafts, limitNote);
    }

    /** The first of a part's sentences that is boilerplate ({@link Integer#MAX_VALUE}: none). */
    private int boilerplateFrom(Part part, List<Sentence> sentences, String text) {
        if (part.mayBeBoilerplate()) {
            for (int j = 0; j < sentences.size(); j++) {
                if (paragraphs.isBoilerplate(sentences.get(j).range().of(text))) {
                    return j;
                }
            }
        }
        return Integer.MAX_VALUE;
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
