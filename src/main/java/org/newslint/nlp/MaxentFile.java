package org.newslint.nlp;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import opennlp.tools.ml.model.AbstractModel;

/**
 * Reads OpenNLP's binary maxent and perceptron model format (the {@code *.model} entry of a model archive, or
 * what follows a {@link BinaryClassifier}'s header) straight into a {@link WeightTable}, for the models whose
 * decoders read only the table.
 *
 * <p>Why: OpenNLP's reader pulls every string and number through a {@code DataInputStream} over an inflating
 * stream a few bytes at a time, builds a {@code Context} per feature and a map of them, and the table is then
 * copied out of that map: about two thirds of start-up's model loading (a JFR profile of loading the shipped
 * models). Here the entry is inflated in one go and parsed from the byte array. The format is OpenNLP's
 * ({@code GISModelReader}, {@code QNModelReader}, {@code PerceptronModelReader}): the type ("GIS" adds a
 * correction constant and parameter, unused), the outcome names, the outcome patterns ("count o1 o2 …": that
 * many features in a row have these active outcomes), the feature names, then each feature's weights in its
 * pattern's order. Strings are Java's modified UTF-8 ({@link DataInputStream#readUTF}), a long one split into
 * chunks after a {@code CHUNKED-MODEL-PARAMS:n} marker. The features are laid out in file order, the order
 * OpenNLP's {@code LinkedHashMap} keeps them in, so the table is the one {@link WeightTable#copyOf} makes from
 * OpenNLP's model ({@code MaxentFileTest} compares them feature by feature on every shipped model).
 */
public final class MaxentFile {
    private static final String CHUNKED = "CHUNKED-MODEL-PARAMS:";
    /** OpenNLP's own bound on a count in a model file ({@code AbstractModelReader.MAX_ENTRIES}'s default). */
    private static final int MAX_ENTRIES = 10_000_000;

    private final byte[] bytes;
    private int at;

    private MaxentFile(byte[] bytes, int at) {
        this.bytes = bytes;
        this.at = at;
    }

    /** A model's weights as a table, its outcome names in the model's order, and its type. */
    public record Weights(AbstractModel.ModelType type, String[] outcomeNames, WeightTable table) {}

    /**
     * The model in {@code bytes} from {@code offset}, or null when it is of a type other than GIS, quasi-Newton
     * maxent or perceptron, or names a feature twice: then read it with OpenNLP's reader.
     *
     * @throws IOException when the bytes end early or a count is out of range
     */
    public static Weights read(byte[] bytes, int offset) throws IOException {
        try {
            return new MaxentFile(bytes, offset).model();
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw new IOException("not a complete OpenNLP model: " + e.getMessage(), e);
        }
    }

    private Weights model() throws IOException {
        AbstractModel.ModelType type = switch (utf()) {
            case "GIS" -> AbstractModel.ModelType.Maxent;
            case "QN" -> AbstractModel.ModelType.MaxentQn;
            case "Perceptron" -> AbstractModel.ModelType.Perceptron;
            default -> null;
        };
        if (type == null) {
            return null;
        }
        if (type == AbstractModel.ModelType.Maxent) {
            nextInt(); // the correction constant and parameter, which GIS models no longer use
            at += Double.BYTES;
        }
        String[] outcomes = new String[count()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = utf();
        }
        int[][] patterns = new int[count()][];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = ints(utf());
        }
        String[] names = new String[count()];
        for (int i = 0; i < names.length; i++) {
            names[i] = utf();
        }
        int[][] active = new int[names.length][];
        long total = 0;
        int feature = 0;
        for (int[] pattern : patterns) {
            int[] outcomesOfPattern = java.util.Arrays.copyOfRange(pattern, 1, pattern.length);
            for (int o : outcomesOfPattern) {
                if (o < 0 || o >= outcomes.length) {
                    throw new IOException("an outcome pattern names outcome " + o + " of " + outcomes.length);
                }
            }
            for (int j = 0; j < pattern[0]; j++) {
                if (feature == names.length) {
                    throw new IOException("the outcome patterns cover more than the " + names.length + " features");
                }
                active[feature++] = outcomesOfPattern;
                total += outcomesOfPattern.length;
            }
        }
        if (feature != names.length) {
            throw new IOException("the outcome patterns cover " + feature + " of " + names.length + " features");
        }
        if (total * Double.BYTES > bytes.length - at) {
            throw new IOException("the model file ends before its " + total + " weights");
        }
        double[] weights = new double[(int) total];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Double.longBitsToDouble(((long) nextInt() << 32) | (nextInt() & 0xFFFFFFFFL));
        }
        try {
            return new Weights(type, outcomes, WeightTable.of(new WeightTable.Features(names, active, weights)));
        } catch (IllegalArgumentException repeated) {
            return null;
        }
    }

    private int nextInt() {
        int v = (bytes[at] & 0xFF) << 24
                | (bytes[at + 1] & 0xFF) << 16
                | (bytes[at + 2] & 0xFF) << 8
                | bytes[at + 3] & 0xFF;
        at += 4;
        return v;
    }

    private int count() throws IOException {
        int n = nextInt();
        if (n < 0 || n > MAX_ENTRIES) {
            throw new IOException("a count of " + n + " in a model file");
        }
        return n;
    }

    /** One of OpenNLP's strings: modified UTF-8 with a two-byte length, or a chunked one. */
    private String utf() throws IOException {
        String s = chunk();
        if (!s.startsWith(CHUNKED)) {
            return s;
        }
        int chunks = Integer.parseInt(s.substring(CHUNKED.length()));
        StringBuilder whole = new StringBuilder();
        for (int i = 0; i < chunks; i++) {
            whole.append(chunk());
        }
        return whole.toString();
    }

    private String chunk() throws IOException {
        int length = (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
        int start = at + 2;
        if (start + length > bytes.length) {
            throw new IOException("a string runs past the end of the model file");
        }
        for (int i = start; i < start + length; i++) {
            if (bytes[i] <= 0) { // not plain ASCII (modified UTF-8 writes U+0000 as two bytes): Java's decoder
                String s = new DataInputStream(new ByteArrayInputStream(bytes, at, length + 2)).readUTF();
                at = start + length;
                return s;
            }
        }
        at = start + length;
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }

    /** An outcome pattern's numbers, separated by spaces as OpenNLP writes them (it splits on spaces). */
    private static int[] ints(String pattern) {
        int[] values = new int[8];
        int count = 0;
        for (int i = 0, n = pattern.length(); i < n; ) {
            if (pattern.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = i;
            while (end < n && pattern.charAt(end) != ' ') {
                end++;
            }
            if (count == values.length) {
                values = java.util.Arrays.copyOf(values, count * 2);
            }
            values[count++] = Integer.parseInt(pattern, i, end, 10);
            i = end;
        }
        if (count == 0 || values[0] < 0) {
            throw new NumberFormatException("an outcome pattern \"" + pattern + "\"");
        }
        return java.util.Arrays.copyOf(values, count);
    }
}
