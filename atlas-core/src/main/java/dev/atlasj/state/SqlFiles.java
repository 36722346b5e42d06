package dev.atlasj.state;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the SQL scripts a path names: one file, or the {@code .sql} files of a directory in name order. */
final class SqlFiles {

    private SqlFiles() {
    }

    /**
     * The scripts at {@code path}, each named by its path as the user wrote it.
     *
     * @throws DesiredStateException when the path does not exist, a directory holds no {@code .sql}
     *     file, or a file cannot be read as UTF-8
     */
    static List<SqlScript> read(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = sqlFiles(path);
            if (files.isEmpty()) {
                throw new DesiredStateException("directory " + where(path) + " holds no .sql file");
            }
            List<SqlScript> scripts = new ArrayList<>();
            for (Path file : files) {
                scripts.add(script(file));
            }
            return scripts;
        }
        if (!Files.exists(path)) {
            throw new DesiredStateException("schema file or directory " + where(path) + " does not exist");
        }
        return List.of(script(path));
    }

    private static List<Path> sqlFiles(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children
                    .filter(child -> child.getFileName().toString().endsWith(".sql") && Files.isRegularFile(child))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new DesiredStateException("cannot list directory " + where(directory) + ": " + e.getMessage(), e);
        }
    }

    private static SqlScript script(Path file) {
        try {
            return new SqlScript(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            throw new DesiredStateException("cannot read " + file + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new DesiredStateException("cannot read " + where(file) + ": " + e, e);
        }
    }

    /** The path as given, followed by where that is when it is relative. */
    private static String where(Path path) {
        return path.isAbsolute() ? path.toString() : path + " (" + path.toAbsolutePath().normalize() + ")";
    }
}
