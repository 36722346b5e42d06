package dev.atlasj;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.Dialects;
import dev.atlasj.diff.Diff;
import dev.atlasj.diff.Differ;
import dev.atlasj.diff.RenameHint;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.migrate.MigrationDirectory;
import dev.atlasj.migrate.Migrator;
import dev.atlasj.plan.ApplyOptions;
import dev.atlasj.plan.ApplyResult;
import dev.atlasj.plan.Plan;
import dev.atlasj.plan.PlanExecutor;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import dev.atlasj.state.DesiredState;
import dev.atlasj.state.DevDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * The library's entry point: one database, reached through a {@link DataSource}, and what can be
 * done to its schema.
 *
 * <pre>{@code
 * Atlas atlas = Atlas.connect(dataSource);
 * Realm live = atlas.inspect().schema("public").run();
 * Plan plan = atlas.plan(desired);          // what it takes to get from the database to desired
 * atlas.apply(plan);                         // refuses to drop tables or columns unless allowed
 * atlas.migrate(MigrationDirectory.classpath("db/migrations")).toLatest();   // versioned migrations
 *
 * Plan fromFiles = atlas.withDevDatabase(devDataSource)      // SQL runs there, never on the target
 *         .plan(DesiredState.sql(Path.of("schema.sql")));
 * }</pre>
 *
 * <p>Instances are cheap, immutable and thread-safe; each operation borrows a connection from the
 * data source and returns it.
 */
public final class Atlas {

    private final DataSource dataSource;
    /** The dialect, once a connection has told it; shared by the copies {@link #withDevDatabase} makes. */
    private final AtomicReference<Dialect> dialect;
    private final DevDatabase devDatabase;

    private Atlas(DataSource dataSource, AtomicReference<Dialect> dialect, DevDatabase devDatabase) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.devDatabase = devDatabase;
    }

    /**
     * The database behind {@code dataSource}. Like a connection pool, it opens nothing yet: the first
     * operation connects and detects the dialect on its own connection, so that a migration at application
     * start opens one connection, and an unreachable database is reported by that operation.
     */
    public static Atlas connect(DataSource dataSource) {
        return new Atlas(Objects.requireNonNull(dataSource, "dataSource"), new AtomicReference<>(), null);
    }

    /**
     * The database's dialect, detected from a connection the first time it is needed.
     *
     * @throws ConnectionException when the database cannot be reached
     */
    public Dialect dialect() {
        Dialect known = dialect.get();
        if (known != null) {
            return known;
        }
        try (Connection c = dataSource.getConnection()) {
            return dialect(c);
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** The dialect, detected from {@code connection} when it is not known yet. */
    private Dialect dialect(Connection connection) {
        Dialect known = dialect.get();
        if (known == null) {
            known = Dialects.forConnection(connection);
            dialect.compareAndSet(null, known);
        }
        return known;
    }

    /**
     * A copy that reads desired states with the empty database behind {@code devDataSource} as its dev
     * database: SQL sources run there, and realms built in code are normalized there. The dev database
     * is checked for emptiness each time a desired state is read, and left as it was found.
     */
    public Atlas withDevDatabase(DataSource devDataSource) {
        return new Atlas(dataSource, dialect, dialect().devDatabase(Objects.requireNonNull(devDataSource, "devDataSource")));
    }

    /**
     * Reads {@code desired} for this database's dialect, on the dev database when one was given
     * ({@link #withDevDatabase}). The database itself is not touched.
     *
     * @throws dev.atlasj.state.DesiredStateException when the state cannot be read
     */
    public Realm read(DesiredState desired) {
        return desired.read(new DesiredState.Context(dialect(), devDatabase));
    }

    /** The changes that turn {@code from} into {@code to}, compared with this dialect's rules. */
    public Diff diff(Realm from, Realm to) {
        return new Diff(new Differ(dialect().diffRules()).diff(from, to));
    }

    /**
     * The plan that brings the database to {@code desired}. Only the schemas {@code desired} holds are
     * inspected and compared, so other schemas of the database are left alone.
     */
    public Plan plan(Realm desired) {
        return plan(desired, List.of());
    }

    /**
     * The plan that brings the database to {@code desired}, read as {@link #read(DesiredState)} does.
     * Only the schemas the desired state holds are inspected and compared.
     */
    public Plan plan(DesiredState desired) {
        return plan(desired, List.of());
    }

    /** The plan that brings the database to {@code desired}, renaming what {@code renames} says was renamed. */
    public Plan plan(DesiredState desired, List<RenameHint> renames) {
        return plan(read(desired), renames);
    }

    /** The plan that brings the database to {@code desired}, renaming what {@code renames} says was renamed. */
    public Plan plan(Realm desired, List<RenameHint> renames) {
        Realm live = inspect().schema(desired.schemas().stream().map(Schema::name).toArray(String[]::new)).run();
        return plan(live, desired, renames);
    }

    /** The plan from one state to another, without looking at the database. */
    public Plan plan(Realm from, Realm to, List<RenameHint> renames) {
        Dialect dialect = dialect();
        return dialect.planner().plan(from, new Differ(dialect.diffRules()).diff(from, to, renames));
    }

    /**
     * Applies {@code plan} in one transaction, refusing it when it would drop a schema, table or column.
     *
     * @throws DestructiveChangeException when the plan drops data; nothing is applied
     * @throws ApplyException when a statement fails; the message says what was rolled back
     */
    public ApplyResult apply(Plan plan) {
        return apply(plan, ApplyOptions.defaults());
    }

    /** Applies {@code plan} as {@code options} say. */
    public ApplyResult apply(Plan plan, ApplyOptions options) {
        if (!options.destructiveChangesAllowed() && !plan.destructiveChanges().isEmpty()) {
            throw new DestructiveChangeException(plan.destructiveChanges());
        }
        try (Connection c = dataSource.getConnection()) {
            return PlanExecutor.apply(c, plan, options.txMode());
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /**
     * Starts describing a run of the versioned migrations in {@code directory} on this database; nothing
     * runs until {@link Migrator#toLatest()} (or another of its terminal methods).
     *
     * <pre>{@code
     * MigrateResult r = Atlas.connect(dataSource).migrate(MigrationDirectory.classpath("db/migrations")).toLatest();
     * }</pre>
     */
    public Migrator migrate(MigrationDirectory directory) {
        Dialect known = dialect.get();
        return known != null ? Migrator.of(dataSource, known, directory) : Migrator.of(dataSource, directory);
    }

    /** Starts describing an inspection; nothing runs until {@link Inspection#run()}. */
    public Inspection inspect() {
        return new Inspection(List.of());
    }

    /** An inspection to run: which schemas to read. Immutable; each method returns a new value. */
    public final class Inspection {
        private final List<String> schemas;

        private Inspection(List<String> schemas) {
            this.schemas = List.copyOf(schemas);
        }

        /** Adds schemas to read; with none named, every user schema is read. */
        public Inspection schema(String... names) {
            List<String> all = new ArrayList<>(schemas);
            all.addAll(Arrays.asList(names));
            return new Inspection(all);
        }

        /** Reads the schemas from the database. */
        public Realm run() {
            try (Connection c = dataSource.getConnection()) {
                return dialect(c).inspector().inspect(c, InspectOptions.schemas(schemas));
            } catch (SQLException e) {
                throw new ConnectionException("cannot connect to the database: " + e.getMessage(), e);
            }
        }
    }
}
