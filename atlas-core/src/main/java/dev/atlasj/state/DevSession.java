package dev.atlasj.state;

import dev.atlasj.diff.SchemaChange;
import dev.atlasj.schema.Realm;
import java.util.List;

/**
 * One use of a {@link DevDatabase}: SQL and planned changes run on it, and the database's own view of
 * the result is read back. Whatever the session did is undone when it closes, whether or not it
 * failed, so the dev database is left as empty as it was found.
 *
 * <p>A session holds one connection and is used by one thread. Once a method has thrown, only
 * {@link #close()} is meaningful.
 */
public interface DevSession extends AutoCloseable {

    /**
     * Runs the statements of {@code script} in order.
     *
     * @throws SqlScriptException when the script cannot be cut into statements or a statement fails;
     *     the message reads {@code NAME:LINE: the database's message}
     */
    void run(SqlScript script);

    /**
     * Plans {@code changes} with the dialect's planner and runs the statements.
     *
     * @param source what the changes come from, for messages: {@code the Java-built schema}
     * @throws DesiredStateException when the changes cannot be planned or a statement fails; the
     *     message names {@code source}, the statement and the database's message
     */
    void apply(List<SchemaChange> changes, String source);

    /** Every user schema as the database now holds it, in the form its inspector reads. */
    Realm inspect();

    /** Undoes everything the session did and releases its connection. */
    @Override
    void close();
}
