package org.newslint.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An OpenNLP model file (a zip of named artifacts: the manifest, the classifier, the feature descriptor, its
 * resources) read in one pass, each entry inflated whole, so a decoder that needs only some artifacts takes
 * them without OpenNLP building the others ({@link GreedyTagger#recipe(ModelArchive)}). The file's bytes are
 * kept for as long as the archive is, so a model the fast path declines is read by OpenNLP from them.
 */
public final class ModelArchive {
    private final byte[] file;
    private final Map<String, byte[]> entries = new HashMap<>();
    private final Properties manifest = new Properties();

    private ModelArchive(byte[] file) throws IOException {
        this.file = file;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] properties = entries.get("manifest.properties");
        if (properties == null) {
            throw new IOException("an OpenNLP model file without a manifest");
        }
        manifest.load(new ByteArrayInputStream(properties));
    }

    /** Reads (and closes nothing of) a model file from {@code in}. */
    public static ModelArchive read(InputStream in) throws IOException {
        return new ModelArchive(in.readAllBytes());
    }

    /** An artifact's bytes as stored, or null when the file has none of that name. */
    public byte[] entry(String name) {
        return entries.get(name);
    }

    /** The manifest's value for {@code key} ("factory", "Component-Name", …), or null. */
    public String manifest(String key) {
        return manifest.getProperty(key);
    }

    /** The whole file again, for OpenNLP's own model classes. */
    public InputStream file() {
        return new ByteArrayInputStream(file);
    }
}
