package dev.atlasj.migrate;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small in-memory directories for tests: file names and texts, alternating. */
final class TestDirectories {

    private TestDirectories() {
    }

    static Map<String, byte[]> files(String... namesAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    static MigrationDirectory atlas(String... namesAndTexts) {
        return MigrationDirectory.inMemory(DirectoryFormat.ATLAS, files(namesAndTexts));
    }

    /** The directory with an {@code atlas.sum} that matches it. */
    static MigrationDirectory hashed(DirectoryFormat format, String... namesAndTexts) {
        Map<String, byte[]> files = files(namesAndTexts);
        String sum = MigrationDirectory.inMemory(format, files).sum().text();
        files.put(SumFile.NAME, sum.getBytes(StandardCharsets.UTF_8));
        return MigrationDirectory.inMemory(format, files);
    }
}
