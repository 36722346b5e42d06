package dev.atlasj.migrate.it;

import dev.atlasj.migrate.MigrationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Migration directories written for a test: files, then {@code atlas.sum} as {@code migrate hash} writes it. */
final class Dirs {

    private Dirs() {
    }

    /** Writes {@code nameThenContent} pairs into {@code folder}, rewrites the sum and opens the directory. */
    static MigrationDirectory write(Path folder, String... nameThenContent) {
        writeUnhashed(folder, nameThenContent);
        MigrationDirectory.open(folder).writeSum();
        return MigrationDirectory.open(folder);
    }

    /** Writes files without touching {@code atlas.sum}, as a hand edit does. */
    static void writeUnhashed(Path folder, String... nameThenContent) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < nameThenContent.length; i += 2) {
                Files.writeString(folder.resolve(nameThenContent[i]), nameThenContent[i + 1], StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
