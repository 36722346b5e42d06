package dev.atlasj.cli;

import static dev.atlasj.cli.CliRun.atlas;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atlasj.testkit.DatabaseExtension;
import dev.atlasj.testkit.EmbeddedPostgresServer;
import dev.atlasj.testkit.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's main job: {@code examples/schema.sql} applied to a database, then inspected. */
@ExtendWith(DatabaseExtension.class)
class ExampleSchemaTest {

    private static final String EXAMPLE = "file://../examples/schema.sql";

    @Test
    void theExampleAppliesAndInspectsAsItsOwnDdl(TestDatabase target, TestDatabase dev, TestDatabase copy) {
        CliRun apply = atlas("schema", "apply", "--url", TestUrls.url(target), "--to", EXAMPLE,
                "--dev-url", TestUrls.url(dev), "--auto-approve");
        CliRun inspect = atlas("schema", "inspect", "--url", TestUrls.url(target));
        copy.execute(inspect.out());

        assertThat(apply.exitCode()).isZero();
        assertThat(apply.out()).contains("CREATE TYPE public.order_status", "CREATE INDEX orders_open_idx",
                "-- Applied 10 statements in ");
        assertThat(inspect.out()).contains("CREATE TABLE public.order_lines");
        SchemaDiffTest.assertSynced(copy, target);
    }

    /** As the README runs it: a named embedded database as the target, and embedded PostgreSQL as the dev database. */
    @Test
    void onEmbeddedPostgresWithNothingInstalled() throws IOException {
        String name = "atlasj_cli_test_" + UUID.randomUUID().toString().substring(0, 8);
        try {
            CliRun apply = atlas("schema", "apply", "--url", "embedded://postgres/" + name, "--to", EXAMPLE,
                    "--auto-approve");
            CliRun again = atlas("schema", "apply", "--url", "embedded://postgres/" + name, "--to", EXAMPLE);
            CliRun inspect = atlas("schema", "inspect", "--url", "embedded://postgres/" + name);

            assertThat(apply.err()).isEmpty();
            assertThat(apply.out()).startsWith("-- Planned changes to embedded PostgreSQL ")
                    .contains("\"" + name + "\" (data in ", "-- Applied 10 statements in ");
            assertThat(again.output()).isEqualTo("Schemas are synced, no changes to be made.\n");
            assertThat(inspect.exitCode()).isZero();
            assertThat(inspect.out()).contains("CREATE TYPE public.order_status", "CREATE TABLE public.order_lines");
        } finally {
            deleteRecursively(EmbeddedPostgresServer.namedDataDirectory(name));
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
