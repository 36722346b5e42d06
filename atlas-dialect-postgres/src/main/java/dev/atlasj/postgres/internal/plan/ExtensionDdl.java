package dev.atlasj.postgres.internal.plan;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Extension;

/** DDL for extensions. */
public final class ExtensionDdl {

    private ExtensionDdl() {
    }

    /**
     * {@code CREATE EXTENSION IF NOT EXISTS name WITH SCHEMA s VERSION 'v'}.
     *
     * <p>{@code IF NOT EXISTS} because a database may come with the extension already (as every one
     * does with {@code plpgsql}). The version is spelled when the model knows it: an extension's
     * objects differ between versions, so installing another one would not rebuild the same
     * schema, and a server that lacks the version says so by name instead of drifting silently.
     */
    public static Ddl create(Extension extension) {
        String name = PostgresIdentifiers.quote(extension.name());
        StringBuilder sql = new StringBuilder("CREATE EXTENSION IF NOT EXISTS ").append(name);
        if (extension.schema() != null) {
            sql.append(" WITH SCHEMA ").append(PostgresIdentifiers.quote(extension.schema()));
        }
        if (extension.version() != null) {
            sql.append(" VERSION ").append(Literals.string(extension.version()));
        }
        return new Ddl(sql.toString(), "DROP EXTENSION " + name);
    }

    /**
     * {@code DROP EXTENSION name}, without {@code CASCADE}: PostgreSQL refuses while a column still
     * uses one of its types.
     *
     * @param recreate the script that installs the extension again, for the reverse
     */
    public static Ddl drop(Extension extension, String recreate) {
        return new Ddl("DROP EXTENSION " + PostgresIdentifiers.quote(extension.name()), recreate);
    }

    /**
     * {@code ALTER EXTENSION name UPDATE TO 'v'}. Extensions ship scripts that upgrade them, seldom
     * ones that go back, so there is no reverse.
     */
    public static Ddl update(Extension to) {
        return new Ddl("ALTER EXTENSION " + PostgresIdentifiers.quote(to.name()) + " UPDATE TO "
                + Literals.string(to.version()), null);
    }

    /** {@code ALTER EXTENSION name SET SCHEMA s}, for an extension whose objects can move. */
    public static Ddl setSchema(Extension from, Extension to) {
        String alter = "ALTER EXTENSION " + PostgresIdentifiers.quote(to.name()) + " SET SCHEMA ";
        return new Ddl(alter + PostgresIdentifiers.quote(to.schema()),
                from.schema() == null ? null : alter + PostgresIdentifiers.quote(from.schema()));
    }

    /** The target of {@code COMMENT ON} for the extension. */
    public static String commentTarget(Extension extension) {
        return "EXTENSION " + PostgresIdentifiers.quote(extension.name());
    }
}
