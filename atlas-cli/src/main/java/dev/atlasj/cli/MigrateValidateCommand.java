package dev.atlasj.cli;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.state.DesiredState;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code atlas migrate validate}: checks the directory's sum and runs every file on the dev database. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = VersionProvider.class,
        description = {
            "Validates the migration directory's checksum and SQL statements.",
            "Checks the files against atlas.sum, their names, directives and statements, then runs every file in"
                    + " order on the dev database, whose changes are rolled back. Prints nothing when the directory"
                    + " is valid; otherwise names the file and line at fault and exits with 1."},
        footer = {"", "Examples:", "  atlas migrate validate",
            "  atlas migrate validate --dir file:///srv/app/migrations \\",
            "      --dev-url postgres://localhost/dev"})
final class MigrateValidateCommand implements Callable<Integer> {

    @Mixin
    DirectoryOption dir;

    @Option(names = "--dev-url", paramLabel = "URL", order = 2,
            description = "The empty database the files run on; its dialect is the directory's. Default: "
                    + Databases.DEFAULT_DEV_URL + ".")
    String devUrl;

    @Override
    public Integer call() {
        var directory = dir.open();
        directory.checkSum();
        try (Databases databases = new Databases(devUrl)) {
            Dialect dialect = databases.devDialect();
            DirectoryReplay.state(directory, dir.folder(), dialect)
                    .read(new DesiredState.Context(dialect, databases.devDatabase(dialect)));
        }
        return 0;
    }
}
