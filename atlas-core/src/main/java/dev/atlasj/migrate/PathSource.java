package dev.atlasj.migrate;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A migration directory in a folder of the file system. */
final class PathSource implements DirectorySource {

    private final Path root;
    private final String location;
    private final boolean writable;

    /**
     * @param root the folder
     * @param location how to name the folder in messages
     * @param writable whether new files may be written to it (not to a classpath folder)
     */
    PathSource(Path root, String location, boolean writable) {
        if (!Files.isDirectory(root)) {
            throw new MigrationException("migration directory " + location
                    + (Files.exists(root) ? " is not a directory" : " does not exist"));
        }
        this.root = root;
        this.location = location;
        this.writable = writable;
    }

    /** The path as given, followed by where that is when it is relative. */
    static String describe(Path path) {
        return path.isAbsolute() ? path.toString() : path + " (" + path.toAbsolutePath().normalize() + ")";
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public List<String> list(boolean recursive) {
        List<String> names = new ArrayList<>();
        try {
            if (!recursive) {
                try (Stream<Path> children = Files.list(root)) {
                    children.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
                }
                return names;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        names.add(root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            return names;
        } catch (IOException e) {
            throw new MigrationException("cannot list migration directory " + location + ": " + e, e);
        }
    }

    @Override
    public Optional<byte[]> read(String name) {
        Path file = root.resolve(name);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new MigrationException("cannot read " + name + " in migration directory " + location + ": " + e, e);
        }
    }

    @Override
    public Optional<Path> folder() {
        return writable ? Optional.of(root) : Optional.empty();
    }
}
