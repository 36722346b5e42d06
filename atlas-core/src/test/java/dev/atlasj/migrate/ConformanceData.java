package dev.atlasj.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.sql.SqlSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Atlas directories of {@code shared/conformance/atlas-sum} and {@code atlas-dirs}, read in
 * place: the folder the system property {@value #FOLDER_PROPERTY} names, or the nearest
 * {@code shared/conformance} above this module. Never copied into the project.
 */
final class ConformanceData {

    static final String FOLDER_PROPERTY = "atlasj.conformance.dir";

    /** One directory: where it is, the format and dialect its {@code SOURCE} file gives. */
    record AtlasDirectory(String name, Path folder, DirectoryFormat format, SqlSyntax syntax) {

        @Override
        public String toString() {
            return name;
        }
    }

    private ConformanceData() {
    }

    /** Every directory of both suites. */
    static List<AtlasDirectory> directories() {
        Path root = root();
        return Stream.of("atlas-sum", "atlas-dirs/mysql", "atlas-dirs/postgres")
                .flatMap(suite -> list(root.resolve(suite)))
                .map(ConformanceData::describe)
                .toList();
    }

    static Path root() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance");
            if (Files.isDirectory(candidate.resolve("atlas-sum"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/conformance with atlas-sum above " + module + ": set -D"
                + FOLDER_PROPERTY + "=PATH");
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AtlasDirectory describe(Path folder) {
        try {
            List<String> source = Files.readAllLines(folder.resolve("SOURCE"));
            String dialect = value(source, "dialect");
            String format = source.stream().anyMatch(l -> l.startsWith("format:")) ? value(source, "format") : "atlas";
            assertThat(dialect).isIn("mysql", "postgres");
            return new AtlasDirectory(folder.getParent().getFileName() + "/" + folder.getFileName(), folder,
                    DirectoryFormat.named(format), dialect.equals("mysql") ? SqlSyntax.MYSQL : SqlSyntax.POSTGRES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + ":")).findFirst().orElseThrow()
                .substring(key.length() + 1).strip();
    }
}
