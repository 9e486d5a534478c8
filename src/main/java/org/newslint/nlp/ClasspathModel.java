package org.newslint.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A model file shipped on the classpath, read once by whichever thread asks first, so the server
 * answers {@code initialize} before any model is loaded and a missing file is a clear error.
 */
public final class ClasspathModel<T> {
    /** Turns the file's bytes into the model. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private final String resource;
    private final String what;
    private final Reader<T> reader;
    private volatile T value;

    public ClasspathModel(String resource, String what, Reader<T> reader) {
        this.resource = resource;
        this.what = what;
        this.reader = reader;
    }

    /** The model, loaded on the first call. */
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    try (InputStream in = ClasspathModel.class.getResourceAsStream(resource)) {
                        if (in == null) {
                            throw new IllegalStateException(what + " " + resource + " is not on the classpath");
                        }
                        v = reader.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load " + resource, e);
                    }
                    value = v;
                }
            }
        }
        return v;
    }
}
