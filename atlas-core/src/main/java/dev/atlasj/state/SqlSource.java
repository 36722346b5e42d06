package dev.atlasj.state;

import dev.atlasj.schema.Realm;
import java.util.List;
import java.util.function.Supplier;

/** SQL scripts, read by running them on a dev database. */
final class SqlSource implements DesiredState {

    private final String description;
    private final Supplier<List<SqlScript>> scripts;

    SqlSource(String description, Supplier<List<SqlScript>> scripts) {
        this.description = description;
        this.scripts = scripts;
    }

    /** The scripts, read afresh from their files. */
    List<SqlScript> scripts() {
        return scripts.get();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Realm read(Context context) {
        return Composition.read(List.of(this), context);
    }

    /** The error for reading SQL without a dev database. */
    DesiredStateException needsDevDatabase() {
        return new DesiredStateException(description + " is SQL, which is read by running it on a dev database,"
                + " and none was given (the command line's --dev-url, or Atlas.withDevDatabase)");
    }

    @Override
    public String toString() {
        return description;
    }
}
