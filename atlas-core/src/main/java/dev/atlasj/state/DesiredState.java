package dev.atlasj.state;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Where a wanted schema comes from: SQL files, a schema built in Java, a database, or several of these
 * composed. {@link #read(Context)} turns it into a {@link Realm} to plan against.
 *
 * <pre>{@code
 * DesiredState desired = DesiredState.compose(
 *         DesiredState.sql(Path.of("db/types.sql")),       // enums and sequences
 *         DesiredState.realm(Tables.realm()),                 // tables built in Java
 *         DesiredState.sql(Path.of("db/views/")));            // every .sql file of a directory
 * Plan plan = Atlas.connect(target).withDevDatabase(dev).plan(desired);
 * }</pre>
 *
 * <p>SQL is read by running it on a {@link DevDatabase}, so a SQL source needs one. A realm built in
 * code is created on the dev database and read back when there is one, and brought to canonical form
 * by the dialect's {@link dev.atlasj.diff.DiffRules} alone otherwise. A database is inspected.
 *
 * <p>Sources are values: nothing is read until {@link #read(Context)}, and each read reads afresh.
 */
public interface DesiredState {

    /** What the source is, for messages: a path, a redacted URL, {@code the Java-built schema}. */
    String description();

    /**
     * Reads the desired state.
     *
     * @throws DesiredStateException when it cannot be read: a missing file, a SQL error (as
     *     {@link SqlScriptException}), a conflict between composed sources, SQL without a dev database
     * @throws DevDatabaseException when the dev database cannot be used
     */
    Realm read(Context context);

    /**
     * What reading a desired state may use.
     *
     * @param dialect the dialect of the database the state is meant for
     * @param devDatabase the dev database, or {@code null} when there is none
     */
    record Context(Dialect dialect, DevDatabase devDatabase) {

        public Context {
            Objects.requireNonNull(dialect, "dialect");
            if (devDatabase != null && !devDatabase.dialect().name().equals(dialect.name())) {
                throw new IllegalArgumentException("the dev database is " + devDatabase.dialect().name()
                        + ", and the desired state is meant for " + dialect.name());
            }
        }

        /** A context without a dev database. */
        public static Context of(Dialect dialect) {
            return new Context(dialect, null);
        }

        /** A context with {@code devDatabase}, for its dialect. */
        public static Context of(DevDatabase devDatabase) {
            return new Context(devDatabase.dialect(), devDatabase);
        }
    }

    /**
     * SQL files: {@code path} is one file, or a directory whose {@code .sql} files (not those of its
     * subdirectories) run in the order of their names, compared character by character (so
     * {@code 10_x.sql} comes before {@code 2_x.sql}: pad the numbers). The files are read as UTF-8
     * when the state is read; a missing path or a directory without {@code .sql} files is an error then.
     */
    static DesiredState sql(Path path) {
        return new SqlSource(path.toString(), () -> SqlFiles.read(path));
    }

    /** SQL scripts given as text, run in the order given. */
    static DesiredState sql(List<SqlScript> scripts) {
        List<SqlScript> copy = List.copyOf(scripts);
        return new SqlSource(copy.stream().map(SqlScript::name).collect(Collectors.joining(", ")), () -> copy);
    }

    /** A realm built in code, such as with the PostgreSQL schema builder; described as {@code the Java-built schema}. */
    static DesiredState realm(Realm realm) {
        return realm(realm, "the Java-built schema");
    }

    /** A realm built in code, described in messages as {@code description}. */
    static DesiredState realm(Realm realm, String description) {
        return new BuiltRealm(realm, description);
    }

    /**
     * The schemas {@code options} names in the database behind {@code dataSource}, as its inspector reads
     * them. The database must be of the context's dialect.
     *
     * @param description what the database is for messages, such as its redacted URL
     */
    static DesiredState database(DataSource dataSource, InspectOptions options, String description) {
        return new InspectedDatabase(dataSource, options, description);
    }

    /** {@code states} composed into one desired state; see {@link #compose(List)}. */
    static DesiredState compose(DesiredState... states) {
        return compose(List.of(states));
    }

    /**
     * {@code states} composed into one desired state, read in the order given.
     *
     * <p>With a dev database, every part is loaded into the same dev database on top of the parts
     * before it, so a part may use what an earlier one defines (a Java-built table may have a column
     * of an enum that a SQL file creates; a SQL file may index a Java-built table):
     * <ul>
     *   <li>a SQL part runs its statements there. It may change what earlier parts created, but
     *       creating an object again is the database's error ({@code relation "users" already exists});</li>
     *   <li>any other part adds its objects. An object that an earlier part already defines must be
     *       defined the same way, as the dialect's {@link dev.atlasj.diff.DiffRules} compare them:
     *       identical duplicates are skipped, and a difference is an error naming the object and both
     *       parts.</li>
     * </ul>
     * Without a dev database, SQL parts cannot be read and the other parts are merged with the same
     * rule for duplicates.
     */
    static DesiredState compose(List<DesiredState> states) {
        return new ComposedState(states);
    }
}
