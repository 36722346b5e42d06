package dev.atlasj.migrate.it;

import dev.atlasj.Atlas;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.Migrator;
import java.nio.file.Path;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A process that applies a directory, as an application instance does at start:
 * {@code JDBC_URL USER PASSWORD DIRECTORY [allow-dirty]}. Exits 0 when the run succeeded, 1 otherwise.
 */
public final class MigrateMain {

    private MigrateMain() {
    }

    private static DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password.isEmpty() ? null : password);
            return postgres;
        }
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(url);
        mysql.setUser(user);
        mysql.setPassword(password);
        return mysql;
    }

    public static void main(String[] args) {
        try {
            Migrator migrator = Atlas.connect(dataSource(args[0], args[1], args[2]))
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
