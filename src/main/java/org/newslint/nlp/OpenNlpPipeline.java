package org.newslint.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newslint.text.TextRange;

/**
 * The English pipeline on Apache OpenNLP's published UD models (sentences, tokens, POS, lemmas),
 * loaded once from the classpath, with news-specific repairs: abbreviations that must not end a
 * sentence and possessive {@code 's} split off names.
 */
public final class OpenNlpPipeline implements NlpPipeline {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static volatile OpenNlpPipeline shared;

    // package-private: BarePipeline times the same models without newslint's repairs
    final SentenceModel sentenceModel;
    final TokenizerModel tokenizerModel;
    /**
     * Taggers and lemmatisers are made from recipes, which hold the models' weights as tables and let
     * OpenNLP's POS and lemma models go (their weight maps, about 10 MB of heap for as long as the
     * process runs); only a model the greedy decoders cannot read is kept, for OpenNLP's own decoder.
     */
    private final java.util.function.Supplier<java.util.function.UnaryOperator<String[]>> taggers;

    private final GreedyLemmatizer.Recipe lemmatizers;
    private final Abbreviations abbreviations = Abbreviations.defaults();

    // OpenNLP's *ME classes are not thread-safe; the models are.
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::newTools);

    private record Tools(
            SentenceDetectorME sentences,
            java.util.function.Function<String, Span[]> tokenizer,
            java.util.function.UnaryOperator<String[]> tagger,
            GreedyLemmatizer lemmatizer) {}

    private OpenNlpPipeline() {
        try {
            sentenceModel = new SentenceModel(open(SENTENCE_MODEL));
            tokenizerModel = new TokenizerModel(open(TOKEN_MODEL));
            taggers = taggers(archive(POS_MODEL));
            lemmatizers = lemmatizers(archive(LEMMA_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models from the classpath", e);
        }
    }

    /** The process-wide pipeline; models are loaded on first use. */
    public static OpenNlpPipeline shared() {
        OpenNlpPipeline p = shared;
        if (p == null) {
            synchronized (OpenNlpPipeline.class) {
                p = shared;
                if (p == null) {
                    p = new OpenNlpPipeline();
                    shared = p;
                }
            }
        }
        return p;
    }

    private static ModelArchive archive(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return ModelArchive.read(in);
        }
    }

    static InputStream open(String resource) {
        InputStream in = OpenNlpPipeline.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("model " + resource + " is not on the classpath");
        }
        return in;
    }

    private Tools newTools() {
        return new Tools(
                new SentenceDetectorME(sentenceModel),
                tokenizer(tokenizerModel),
                taggers.get(),
                lemmatizers.lemmatizer());
    }

    /** {@link GreedyTokenizer} where it gives TokenizerME's tokens (the shipped model), else TokenizerME. */
    private static java.util.function.Function<String, Span[]> tokenizer(TokenizerModel model) {
        GreedyTokenizer greedy = GreedyTokenizer.forModel(model);
        if (greedy != null) {
            return greedy::tokenizePos;
        }
        TokenizerME me = new TokenizerME(model);
        return me::tokenizePos;
    }

    /**
     * {@link GreedyTagger}s where they give POSTaggerME's tags (the shipped UD model), else POSTaggerMEs; the
     * recipe is read from the model file's artifacts where it can be, else from OpenNLP's model.
     */
    private static java.util.function.Supplier<java.util.function.UnaryOperator<String[]>> taggers(ModelArchive file)
            throws IOException {
        GreedyTagger.Recipe recipe = GreedyTagger.recipe(file);
        if (recipe == null) {
            POSModel model = new POSModel(file.file());
            recipe = GreedyTagger.recipe(model);
            if (recipe == null) {
                return () -> new POSTaggerME(model)::tag;
            }
        }
        GreedyTagger.Recipe tagging = recipe;
        return () -> tagging.tagger()::tag;
    }

    private static GreedyLemmatizer.Recipe lemmatizers(ModelArchive file) throws IOException {
        GreedyLemmatizer.Recipe recipe = GreedyLemmatizer.recipe(file);
        return recipe != null ? recipe : GreedyLemmatizer.recipe(new LemmatizerModel(file.file()));
    }

    @Override
    public List<Sentence> sentences(String text, TextRange paragraph) {
        return sentences(text, paragraph, null, List.of());
    }

    /**
     * A sentence with exactly the characters of one of {@code earlier} takes its tokens, shifted: {@link #tokens}
     * reads nothing but the sentence's characters (the tokeniser's spans, the re-joins and clitic splits look only
     * inside them, the tagger, the tag repairs, the lemmatiser and {@link VerbForms} only at its words and tags),
     * so it would give the same tokens at the new offsets. Where the sentences end is still decided afresh for the
     * whole paragraph.
     */
    @Override
    public List<Sentence> sentences(String text, TextRange paragraph, String earlierText, List<Sentence> earlier) {
        Tools t = tools.get();
        String para = paragraph.of(text);
        List<int[]> bounds = new ArrayList<>();
        for (Span s : t.sentences().sentPosDetect(para)) {
            bounds.add(new int[] {paragraph.start() + s.getStart(), paragraph.start() + s.getEnd()});
        }
        if (bounds.isEmpty()) {
            bounds.add(new int[] {paragraph.start(), paragraph.end()});
        }
        // the model's sentence spans may leave gaps (trailing text); close them so no prose is lost
        bounds.get(bounds.size() - 1)[1] = Math.max(bounds.get(bounds.size() - 1)[1], paragraph.end());
        bounds = mergeAfterAbbreviations(text, bounds);
        List<Sentence> out = new ArrayList<>();
        for (int[] b : bounds) {
            int s = b[0];
            int e = b[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                List<Token> same = sameSentence(text, s, e, earlierText, earlier);
                out.add(new Sentence(new TextRange(s, e), same != null ? same : tokens(t, text, s, e)));
            }
        }
        return out;
    }

    /** The tokens of the sentence of {@code earlier} with exactly {@code text}'s characters {@code [s, e)}, moved there; or null. */
    private static List<Token> sameSentence(String text, int s, int e, String earlierText, List<Sentence> earlier) {
        for (Sentence old : earlier) {
            TextRange r = old.range();
            if (r.length() == e - s && earlierText.regionMatches(r.start(), text, s, e - s)) {
                return Token.moved(old.tokens(), s - r.start());
            }
        }
        return null;
    }

    private List<int[]> mergeAfterAbbreviations(String text, List<int[]> bounds) {
        List<int[]> merged = new ArrayList<>();
        for (int[] b : bounds) {
            if (!merged.isEmpty()) {
                int[] prev = merged.get(merged.size() - 1);
                if (shouldJoin(text, prev, b)) {
                    prev[1] = b[1];
                    continue;
                }
            }
            merged.add(new int[] {b[0], b[1]});
        }
        return merged;
    }

    private boolean shouldJoin(String text, int[] prev, int[] next) {
        String prevText = text.substring(prev[0], prev[1]).stripTrailing();
        int lastSpace = Math.max(prevText.lastIndexOf(' '), prevText.lastIndexOf('('));
        String lastWord = prevText.substring(lastSpace + 1);
        while (lastWord.startsWith("\"") || lastWord.startsWith("'")) {
            lastWord = lastWord.substring(1);
        }
        // "(D-Wis.)" and "R-Ky.,": a party-and-state affiliation ends with a state abbreviation
        while (lastWord.endsWith(")") || lastWord.endsWith(",")) {
            lastWord = lastWord.substring(0, lastWord.length() - 1);
        }
        if (lastWord.indexOf('-') > 0 && abbreviations.kindOf(lastWord) == null) {
            lastWord = lastWord.substring(lastWord.lastIndexOf('-') + 1);
        }
        Abbreviations.Kind kind = abbreviations.kindOf(lastWord);
        if (kind == null) {
            return false;
        }
        String nextText = text.substring(next[0], next[1]).stripLeading();
        if (nextText.isEmpty()) {
            return true;
        }
        char first = nextText.charAt(0);
        if (kind == Abbreviations.Kind.TITLE) {
            return true;
        }
        return Character.isLowerCase(first) || Character.isDigit(first) || first == ',';
    }

    private List<Token> tokens(Tools t, String text, int start, int end) {
        String sentence = text.substring(start, end);
        Span[] spans = t.tokenizer().apply(sentence);
        List<int[]> pieces = new ArrayList<>();
        for (Span s : spans) {
            int ts = start + s.getStart();
            int te = start + s.getEnd();
            String word = text.substring(ts, te);
            // re-join "U.K" + "." and "Gen" + "." when the tokeniser split an abbreviation
            if (!pieces.isEmpty()) {
                int[] prev = pieces.get(pieces.size() - 1);
                String prevWord = text.substring(prev[0], prev[1]);
                if (word.equals(".") && prev[1] == ts && abbreviations.isAbbreviation(prevWord + ".")) {
                    prev[1] = te;
                    continue;
                }
            }
            // re-join "El-Hassan", "re-elected", "T-shirt": the UD tokeniser splits hyphenated words
            if (pieces.size() >= 2) {
                int[] hyphen = pieces.get(pieces.size() - 1);
                int[] before = pieces.get(pieces.size() - 2);
                if (hyphen[1] - hyphen[0] == 1
                        && text.charAt(hyphen[0]) == '-'
                        && before[1] == hyphen[0]
                        && hyphen[1] == ts
                        && Character.isLetterOrDigit(text.charAt(before[1] - 1))
                        && Character.isLetterOrDigit(text.charAt(ts))) {
                    pieces.remove(pieces.size() - 1);
                    pieces.get(pieces.size() - 1)[1] = te;
                    int[] joined = pieces.remove(pieces.size() - 1);
                    splitClitics(text, joined[0], joined[1], pieces);
                    continue;
                }
            }
            splitClitics(text, ts, te, pieces);
        }
        int n = pieces.size();
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = text.substring(pieces.get(i)[0], pieces.get(i)[1]);
        }
        String[] tags = n == 0 ? new String[0] : t.tagger().apply(words);
        for (int i = 0; i < n; i++) {
            tags[i] = repairTag(words[i], tags[i]);
            if (i > 0 && looksLikeMidSentenceName(words[i], tags[i], words[i - 1])) {
                tags[i] = "PROPN";
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            int next = i + 1;
            while (next + 1 < n && next - i <= 2 && tags[next].equals("ADV")) {
                next++; // "Trump openly admires"
            }
            if (isNameTaggedAsVerb(words[i], tags[i], words[next], tags[next])) {
                tags[i] = "PROPN";
            } else if (tags[i].equals("VERB")
                    && isNameTaggedAsVerb(words[i], tags[i], words[next], "VERB")
                    && tags[next].equals("NOUN")
                    && next + 1 < n
                    && words[next + 1].equalsIgnoreCase("that")) {
                tags[i] = "PROPN"; // "Trump asserts that …": both words mis-tagged; the noun before "that" is the verb
                tags[next] = "VERB";
            }
        }
        String[] lemmas = n == 0 ? new String[0] : t.lemmatizer().lemmatize(words, tags);
        List<Token> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> candidates = new ArrayList<>();
            String lemma = lemmas[i] == null || lemmas[i].isEmpty() || lemmas[i].equals("O")
                    ? words[i].toLowerCase(java.util.Locale.ROOT)
                    : lemmas[i].toLowerCase(java.util.Locale.ROOT);
            candidates.add(lemma);
            for (String c : VerbForms.candidates(words[i])) {
                if (!candidates.contains(c)) {
                    candidates.add(c);
                }
            }
            out.add(new Token(pieces.get(i)[0], pieces.get(i)[1], words[i], tags[i], lemma, candidates));
        }
        return out;
    }

    /** Splits possessive 's and a trailing possessive apostrophe off a word, keeping offsets. */
    private static void splitClitics(String text, int ts, int te, List<int[]> pieces) {
        String word = text.substring(ts, te);
        int n = word.length();
        if (n > 2 && (word.endsWith("'s") || word.endsWith("'S")) && Character.isLetterOrDigit(word.charAt(n - 3))) {
            pieces.add(new int[] {ts, te - 2});
            pieces.add(new int[] {te - 2, te});
            return;
        }
        if (n > 2 && word.endsWith("n't")) {
            pieces.add(new int[] {ts, te - 3});
            pieces.add(new int[] {te - 3, te});
            return;
        }
        pieces.add(new int[] {ts, te});
    }

    /**
     * The UD model tags some capitalised names as adjectives or common nouns ("Trump" → ADJ);
     * a capital in mid-sentence, not after a quotation mark or colon, marks a proper noun.
     */
    private static boolean looksLikeMidSentenceName(String word, String tag, String previous) {
        if (!tag.equals("ADJ") && !tag.equals("NOUN") && !tag.equals("X")) {
            return false;
        }
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        boolean hasLower = false;
        for (int k = 1; k < word.length(); k++) {
            if (Character.isLowerCase(word.charAt(k))) {
                hasLower = true;
            }
        }
        return hasLower
                && !(previous.equals("\"")
                        || previous.equals("'")
                        || previous.equals(":")
                        || previous.equals("(")
                        || previous.equals("-")
                        || previous.equals("--")
                        || previous.equals("\u2014")
                        || previous.equals("\u2013"));
    }

    private static final java.util.Set<String> PAST_FORMS = java.util.Set.of(
            "said", "told", "wrote", "made", "took", "gave", "spoke", "thought", "knew", "felt", "got", "saw",
            "brought", "kept", "left", "won", "lost", "met", "sent", "put", "went", "came", "ran", "became", "began",
            "held", "led", "paid");
    private static final java.util.Set<String> FINITE_AUXILIARIES = java.util.Set.of(
            "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might", "should",
            "must", "does", "did");

    /**
     * "Trump tweeted", "Then Trump said": the model reads a capitalised surname that is also an English
     * verb as a verb; a capitalised word cannot be a verb right before a finite verb ("Go get it" keeps
     * its imperative because "get" is a base form).
     */
    private static boolean isNameTaggedAsVerb(String word, String tag, String next, String nextTag) {
        if (!tag.equals("VERB")
                || word.length() < 2
                || !Character.isUpperCase(word.charAt(0))
                || !Character.isLowerCase(word.charAt(1))) {
            return false;
        }
        String w = next.toLowerCase(java.util.Locale.ROOT);
        boolean finite = nextTag.equals("AUX") && FINITE_AUXILIARIES.contains(w)
                || nextTag.equals("VERB")
                        && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") || PAST_FORMS.contains(w));
        return finite;
    }

    private static String repairTag(String word, String tag) {
        if (word.equals("'s") || word.equals("'S")) {
            return "PART";
        }
        if (word.equals("n't")) {
            return "PART";
        }
        int plus = tag.indexOf('+');
        return plus > 0 ? tag.substring(0, plus) : tag;
    }
}
