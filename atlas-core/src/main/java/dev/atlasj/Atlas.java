package dev.atlasj;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.dialect.Dialects;
import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.schema.Realm;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The library's entry point: one database, reached through a {@link DataSource}, and what can be
 * done to its schema.
 *
 * <pre>{@code
 * Atlas atlas = Atlas.connect(dataSource);
 * Realm live = atlas.inspect().schema("public").run();
 * }</pre>
 *
 * <p>Instances are cheap, immutable and thread-safe; each operation borrows a connection from the
 * data source and returns it.
 */
public final class Atlas {

    private final DataSource dataSource;
    private final Dialect dialect;

    private Atlas(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Connects to the database behind {@code dataSource} and detects its dialect. */
    public static Atlas connect(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try (Connection c = dataSource.getConnection()) {
            return new Atlas(dataSource, Dialects.forConnection(c));
        } catch (SQLException e) {
            throw new ConnectionException("cannot connect to the database: " + e.getMessage(), e);
        }
    }

    /** The dialect detected for the database. */
    public Dialect dialect() {
        return dialect;
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
                return dialect.inspector().inspect(c, InspectOptions.schemas(schemas));
            } catch (SQLException e) {
                throw new ConnectionException("cannot connect to the database: " + e.getMessage(), e);
            }
        }
    }
}
