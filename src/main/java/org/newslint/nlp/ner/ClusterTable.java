package org.newslint.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A word → label table ({@code key value} per line) stored inside the name-finder model: word
 * clusters (word → bit path) and gazetteers (phrase → lists). It exists because OpenNLP 2.5.6's
 * own {@code WordClusterDictionary} serializer closes the model's zip stream, so a model with
 * clusters cannot be written; this serializer leaves the stream open.
 */
public final class ClusterTable implements SerializableArtifact {
    private final Map<String, String> table;

    ClusterTable(Map<String, String> table) {
        this.table = table;
    }

    /** Parses {@code key value} lines (first space separates); blank lines and {@code #} comments skipped. */
    public static ClusterTable parse(byte[] bytes) {
        Map<String, String> t = new HashMap<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int sp = line.indexOf(' ');
            if (sp > 0) {
                t.put(line.substring(0, sp), line.substring(sp + 1).strip().intern());
            }
        }
        return new ClusterTable(t);
    }

    public static ClusterTable parse(InputStream in) throws IOException {
        return parse(in.readAllBytes());
    }

    public String lookup(String key) {
        return table.get(key);
    }

    public int size() {
        return table.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Writes and reads the table without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<ClusterTable> {
        @Override
        public ClusterTable create(InputStream in) throws IOException {
            return parse(in.readAllBytes());
        }

        @Override
        public void serialize(ClusterTable artifact, OutputStream out) throws IOException {
            StringBuilder b = new StringBuilder();
            artifact.table.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> b.append(e.getKey())
                            .append(' ')
                            .append(e.getValue())
                            .append('\n'));
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    static ClusterTable of(String lines) {
        return parse(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)).readAllBytes());
    }

    /**
     * The table a feature-generator descriptor names by key, as the model's resources hold it;
     * {@code what} says in the error which feature needed it.
     */
    static ClusterTable fromResources(Object resource, String key, String what)
            throws opennlp.tools.util.InvalidFormatException {
        if (!(resource instanceof ClusterTable table)) {
            throw new opennlp.tools.util.InvalidFormatException("no " + what + " for key " + key);
        }
        return table;
    }
}
