package org.newslint.tools;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.Settings;
import org.newslint.cli.Inputs;
import org.newslint.rules.Checker;
import org.newslint.rules.Rules;
import org.newslint.text.Document;

/**
 * {@code bench --keystroke N}: what an editor pays per keystroke in a long document. The articles are joined
 * (blank lines between them, in the order given, repeated only if they are too few) into a document of at least
 * {@code --words} words — or taken as they are with {@code --words 0}, for a long file of one's own — which the
 * editor path (remembered paragraphs and sentences, as in the server) analyses once; then each edit types one
 * letter at the end of a paragraph seven on from the last edit's, into the text as the last edit left it: every
 * analysed version differs from the one before by exactly one character, everything after it moves by one, and
 * the edited paragraph is never the one last edited. W untimed edits warm the JIT (on a 2-core machine the
 * per-edit time keeps falling for about a thousand edits, some ten seconds of analysis, as the compiler reaches
 * the hot paths), then N timed ones report this thread's CPU time (which other load on the machine does not
 * inflate) and wall time, median and spread. The document only grows, so no timed edit gives a text seen before.
 */
final class BenchKeystroke {
    private BenchKeystroke() {}

    static int run(PrintWriter out, List<Inputs.Input> inputs, int edits, int warmEdits, int words) {
        String text = words > 0 ? longDocument(inputs, words) : joined(inputs);
        List<Integer> ends = new ArrayList<>();
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                ends.add(i);
            }
        }
        if (ends.isEmpty()) {
            ends.add(text.length());
        }
        Document base = Document.of(text);
        Checker checker = new Checker(Analyzer.Config.builder().analyzer(), Rules.ALL);
        double first = BenchStats.time(() -> checker.check(base, Settings.defaults()));
        out.printf(
                Locale.ROOT,
                "a document of %d words, %d characters, %d paragraphs: first analysis %.0f ms (models loading)%n",
                countWords(text),
                text.length(),
                ends.size(),
                first);
        Typing typing = new Typing(base, text, ends);
        for (int e = 0; e < warmEdits; e++) {
            checker.check(typing.next(), Settings.defaults());
        }
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int e = 0; e < edits; e++) {
            Document edited = typing.next();
            long start = System.nanoTime();
            double ms = BenchStats.cpuTime(() -> checker.check(edited, Settings.defaults()));
            cpu.add(ms);
            wall.add((System.nanoTime() - start) / 1e6);
        }
        cpu.sort(null);
        wall.sort(null);
        out.printf(
                Locale.ROOT,
                "one-character edit, %d edits after %d untimed ones: thread CPU median %.1f ms (p10 %.1f, p90 %.1f);"
                        + " wall median %.1f ms (p10 %.1f, p90 %.1f)%n",
                edits,
                warmEdits,
                BenchStats.pct(cpu, 50),
                BenchStats.pct(cpu, 10),
                BenchStats.pct(cpu, 90),
                BenchStats.pct(wall, 50),
                BenchStats.pct(wall, 10),
                BenchStats.pct(wall, 90));
        return 0;
    }

    /** The versions of the text, each with one more letter at the end of a paragraph seven on from the last. */
    private static final class Typing {
        private final Document base;
        private final StringBuilder text;
        private final int[] ends;
        private int edits;

        Typing(Document base, String text, List<Integer> ends) {
            this.base = base;
            this.text = new StringBuilder(text);
            this.ends = ends.stream().mapToInt(Integer::intValue).toArray();
        }

        Document next() {
            int paragraph = (edits * 7) % ends.length;
            text.insert(ends[paragraph], (char) ('a' + edits % 26));
            for (int p = paragraph; p < ends.length; p++) {
                ends[p]++;
            }
            edits++;
            return base.withText(edits + 1, text.toString());
        }
    }

    /** The articles one after another, from the first again if they run out, until there are {@code words} words. */
    static String longDocument(List<Inputs.Input> inputs, int words) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        for (int i = 0; count < words; i++) {
            if (i == inputs.size() && count == 0) {
                break; // only empty articles: no document of that length can be made
            }
            String article = inputs.get(i % inputs.size()).document().text().strip();
            text.append(article).append("\n\n");
            count += countWords(article);
        }
        return text.toString();
    }

    private static String joined(List<Inputs.Input> inputs) {
        if (inputs.size() == 1) {
            return inputs.get(0).document().text();
        }
        StringBuilder text = new StringBuilder();
        for (Inputs.Input in : inputs) {
            text.append(in.document().text().strip()).append("\n\n");
        }
        return text.toString();
    }

    private static int countWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
