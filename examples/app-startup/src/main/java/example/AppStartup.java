package example;

import dev.atlasj.Atlas;
import dev.atlasj.migrate.MigrateResult;
import dev.atlasj.migrate.MigrationDirectory;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An application's start: before serving anything, bring the database up to the migrations shipped in
 * the jar under {@code db/migrations}. Run it as
 * {@code java -cp ... example.AppStartup jdbc:postgresql://127.0.0.1:5432/shop?user=postgres}; start
 * ten at once and the files still run once each.
 */
public final class AppStartup {

    private AppStartup() {
    }

    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        System.out.println(migrate(dataSource));
        // ... start the application
    }

    /** The one line an application needs: idempotent, and locked against other instances doing the same. */
    static MigrateResult migrate(DataSource dataSource) {
        return Atlas.connect(dataSource).migrate(MigrationDirectory.classpath("db/migrations")).toLatest();
    }
}
