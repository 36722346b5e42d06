package dev.atlasj.migrate.it;

import dev.atlasj.Atlas;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.Migrator;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A process that applies a directory, as an application instance does at start:
 * {@code JDBC_URL USER PASSWORD DIRECTORY [allow-dirty]}. Exits 0 when the run succeeded, 1 otherwise.
 */
public final class MigrateMain {

    private MigrateMain() {
    }

    public static void main(String[] args) {
        try {
            Migrator migrator = Atlas.connect(new DriverDataSource(args[0], args[1], args[2].isEmpty() ? null : args[2]))
                    .migrate(MigrationDirectory.open(Path.of(args[3])))
                    .lockWait(Duration.ofSeconds(120));
            if (args.length > 4 && args[4].equals("allow-dirty")) {
                migrator = migrator.allowDirty();
            }
            System.out.println(migrator.toLatest());
            System.exit(0);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
