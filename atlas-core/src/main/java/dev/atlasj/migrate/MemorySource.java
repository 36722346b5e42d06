package dev.atlasj.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A migration directory held in memory: files read from a jar, or given by a caller. */
final class MemorySource implements DirectorySource {

    private final String location;
    private final Map<String, byte[]> files;

    /** @param files file contents by path relative to the directory, with {@code /} between folders */
    MemorySource(String location, Map<String, byte[]> files) {
        this.location = location;
        this.files = new TreeMap<>();
        files.forEach((name, bytes) -> this.files.put(name, bytes.clone()));
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<String> list(boolean recursive) {
        return files.keySet().stream()
                .filter(name -> recursive ? !DirectorySource.inHiddenFolder(name) : name.indexOf('/') < 0)
                .toList();
    }

    @Override
    public Optional<byte[]> read(String name) {
        return Optional.ofNullable(files.get(name));
    }

    @Override
    public Optional<Path> folder() {
        return Optional.empty();
    }
}
