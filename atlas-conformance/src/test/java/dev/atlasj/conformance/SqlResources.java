package dev.atlasj.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The harness's own catalog queries, kept as {@code .sql} files beside its classes. */
final class SqlResources {

    private SqlResources() {
    }

    static String read(String name) {
        try (InputStream in = SqlResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing beside " + SqlResources.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
