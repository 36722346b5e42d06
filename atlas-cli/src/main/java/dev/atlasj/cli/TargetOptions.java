package dev.atlasj.cli;

import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.Migrator;
import dev.atlasj.testkit.RunningDatabase;
import dev.atlasj.url.DatabaseUrl;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The database the {@code migrate apply}, {@code status} and {@code set} commands work on ({@code --url}) and
 * where its revisions table lives ({@code --revisions-schema}), as Atlas names them.
 */
final class TargetOptions {

    @Option(names = {"-u", "--url"}, required = true, paramLabel = "URL", order = 0,
            description = "The database: postgres://user:pass@host:5432/db?sslmode=disable, mysql://user:pass@host:3306/db"
                    + " (maria:// and mariadb:// alike), a jdbc: URL, or embedded://postgres/NAME.")
    String url;

    @Option(names = "--revisions-schema", paramLabel = "NAME", order = 2,
            description = "The schema (MySQL: database) of the atlas_schema_revisions table. Default: the schema"
                    + " atlas_schema_revisions on PostgreSQL (or the connected schema, where Atlas put the table there),"
                    + " the connected database on MySQL.")
    String revisionsSchema;

    /**
     * The migrator of {@code directory} onto the database of {@code --url}, which {@code databases} opens and
     * whose dialect is asked of the server, so that an unreachable server gets its explained message. A
     * throwaway database (one removed when the command ends) is refused.
     */
    Migrator migrator(Databases databases, MigrationDirectory directory) {
        DatabaseUrl parsed = SchemaApplyCommand.requireLasting(Side.parse("--url", List.of(url)).database());
        RunningDatabase database = databases.open(parsed);
        Migrator migrator = Migrator.of(database.dataSource(), databases.dialect(database), directory);
        return revisionsSchema == null ? migrator : migrator.revisionsSchema(revisionsSchema);
    }
}
