package dev.atlasj.postgres;

import dev.atlasj.inspect.InspectOptions;
import dev.atlasj.inspect.Inspector;
import dev.atlasj.postgres.internal.inspect.CatalogInspection;
import dev.atlasj.schema.Realm;
import java.sql.Connection;
import java.util.Objects;

/**
 * Reads a PostgreSQL 12+ database's schemas from its catalog into the model.
 *
 * <p>One query per object kind reads that kind for every inspected schema at once (nine queries,
 * plus two that prepare the connection), so inspecting ten tables or ten thousand costs the same
 * number of round trips. The queries run under one snapshot with an empty {@code search_path}, so
 * that types, defaults and expressions come back schema-qualified ({@code public.mood},
 * {@code nextval('public.t_id_seq'::regclass)}); the connection is handed back with its
 * auto-commit mode, transaction and {@code search_path} as they were.
 *
 * <p>What the model holds:
 * <ul>
 *   <li>schemas with their comments, except system schemas and those created by an extension; the
 *       {@code public} schema's default comment is left out like any other default;</li>
 *   <li>extensions: with every schema inspected, all of them; otherwise those installed in an
 *       inspected schema. {@code plpgsql}, which every database has, is never reported;</li>
 *   <li>plain and partitioned tables with their columns, primary key, indexes (those of UNIQUE
 *       constraints marked {@link PostgresAttributes#INDEX_CONSTRAINT}), foreign keys and checks.
 *       A partition lists its own columns and constraints; the indexes and constraints it inherits
 *       from its parent come back with the parent;</li>
 *   <li>enum types and sequences; a sequence behind an identity column belongs to its column.</li>
 * </ul>
 * Objects created by an extension are never reported. Views, routines, triggers, policies, domains,
 * composite types, exclusion constraints and inheritance are not read yet.
 *
 * <p>References to other objects (types, operator classes, partition parents) are spelled as
 * PostgreSQL prints them: quoted where needed and qualified unless in {@code pg_catalog}
 * ({@code public.mood}, {@code public.gin_trgm_ops}). A collation is its bare name when it is in
 * {@code pg_catalog} ({@code C}, {@code en_US.utf8}), and qualified like the others otherwise. Detail
 * follows {@link PostgresAttributes}: an attribute is set only when it differs from PostgreSQL's
 * default.
 */
public final class PostgresInspector implements Inspector {

    @Override
    public Realm inspect(Connection connection, InspectOptions options) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(options, "options");
        return CatalogInspection.inspect(connection, options);
    }
}
