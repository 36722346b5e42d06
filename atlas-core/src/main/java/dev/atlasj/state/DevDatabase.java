package dev.atlasj.state;

import dev.atlasj.dialect.Dialect;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Schema;
import java.util.List;
import java.util.Optional;

/**
 * An empty scratch database that turns a desired state into the model the way the database itself
 * understands it: SQL is executed there and inspected, and a schema built in code is created there
 * and inspected, so that types, defaults, expressions and generated names come back in the
 * database's canonical spelling, exactly as an inspection of the target database reads them.
 *
 * <p>Get one from the dialect: {@link Dialect#devDatabase(javax.sql.DataSource)}. The database must
 * be empty when a session opens (for PostgreSQL, a fresh database's {@code public} schema and
 * {@code plpgsql} do not count) and is left as it was found when the session closes, after a failure
 * too. Nothing here touches any other database.
 *
 * <p>Ideally the dev database runs the same version as the target, since canonical forms change
 * between versions.
 */
public interface DevDatabase {

    /** The dialect of the database. */
    Dialect dialect();

    /**
     * The schema that unqualified names in SQL land in, when the dev database is itself one schema (MySQL,
     * where it is the database the data source connects to): a comparison scoped to one schema compares
     * it as that schema, as Atlas compares a schema-scoped dev database. Empty where unqualified names land
     * in a schema compared under its own name (PostgreSQL's {@code public}), the default.
     *
     * @throws DevDatabaseException when the database cannot be reached to ask
     */
    default Optional<String> defaultSchema() {
        return Optional.empty();
    }

    /**
     * This dev database standing for {@code schema} of the target, so that what SQL creates without naming a
     * schema reads back as it would be created there: on MySQL, the dev database takes the schema's character
     * set and collation for the session, which its tables inherit. The default ignores the schema.
     */
    default DevDatabase standingFor(Schema schema) {
        return this;
    }

    /**
     * Starts using the database.
     *
     * @throws DevDatabaseException when the database cannot be reached, or is not empty; the message
     *     names what it holds
     */
    DevSession open();

    /**
     * Runs {@code scripts} in order and reads what they created. The result holds every schema they
     * created or changed; {@code public} is left out when they left it untouched and empty.
     *
     * @throws SqlScriptException when a statement fails, as {@code NAME:LINE: the database's message}
     * @throws DevDatabaseException when the database cannot be used
     */
    default Realm load(List<SqlScript> scripts) {
        return DesiredState.sql(scripts).read(DesiredState.Context.of(this));
    }

    /**
     * {@code realm} as the database reads it back after creating it: the same schemas, each object
     * in the database's canonical form.
     *
     * @throws DesiredStateException when the database refuses to create an object
     * @throws DevDatabaseException when the database cannot be used
     */
    default Realm normalize(Realm realm) {
        return DesiredState.realm(realm).read(DesiredState.Context.of(this));
    }
}
