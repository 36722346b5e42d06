package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CLI on real Atlas directories of {@code shared/conformance/atlas-dirs}, read in place (hashed in a
 * temporary copy, since hashing writes): {@code migrate hash} writes the {@code atlas.sum} Atlas wrote,
 * byte for byte, and {@code migrate validate} replays PostgreSQL ones on a real dev database.
 */
@ExtendWith(DatabaseExtension.class)
class AtlasDirectoriesTest {

    /** The system property that names the conformance folder when it is not found above the module. */
    static final String FOLDER_PROPERTY = "atlasj.conformance.dir";

    /**
     * The directory whose files carry goose's up and down sections, though {@code SOURCE} says atlas: its
     * project reads it as goose, and the sum is the same for both.
     */
    private static final String GOOSE = "autokitteh__autokitteh";

    @TempDir
    Path copy;

    static Path root() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/conformance/atlas-dirs");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/conformance/atlas-dirs above " + module + ": set -D"
                + FOLDER_PROPERTY + "=PATH");
    }

    static Stream<String> directories() throws IOException {
        try (Stream<String> lines = Files.lines(root().resolve("index.tsv"))) {
            return lines.skip(1).map(line -> line.split("\t")[0]).toList().stream();
        }
    }

    /** The directory's {@code --dir} URL, with the format its {@code SOURCE} names. */
    static String url(Path folder) {
        try {
            String format = Files.readAllLines(folder.resolve("SOURCE")).stream().filter(l -> l.startsWith("format:"))
                    .map(l -> l.substring("format:".length()).strip()).findFirst().orElse("atlas");
            return "file://" + folder + "?format=" + (folder.endsWith(GOOSE) ? "goose" : format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("directories")
    void hashLeavesAtlasSumAsAtlasWroteIt(String name) throws IOException {
        Path original = root().resolve(name);
        try (Stream<Path> files = Files.list(original)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Files.delete(copy.resolve("atlas.sum"));

        CliRun run = atlas("migrate", "hash", "--dir", url(copy));

        assertThat(run.output()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllBytes(copy.resolve("atlas.sum"))).isEqualTo(Files.readAllBytes(original.resolve("atlas.sum")));
    }

    /**
     * The PostgreSQL directories, less two that no single transaction can replay on an empty database:
     * chainloop's has a {@code DO} block that commits between batches, and infratographer's a GIN index
     * on a {@code varchar} column, which needs an extension the directory never creates.
     */
    static Stream<String> replayed() throws IOException {
        return directories().filter(d -> d.startsWith("postgres/"))
                .filter(d -> !d.endsWith("chainloop-dev__chainloop") && !d.endsWith("infratographer__load-balancer-api"));
    }

    @ParameterizedTest
    @MethodSource("replayed")
    void validateReplaysAPostgresDirectory(String name, TestDatabase dev) {
        CliRun run = atlas("migrate", "validate", "--dir", url(root().resolve(name)), "--dev-url", TestUrls.url(dev));

        assertThat(run.output()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
