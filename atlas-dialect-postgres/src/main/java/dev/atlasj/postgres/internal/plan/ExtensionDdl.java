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

    /** The target of {@code COMMENT ON} for the extension. */
    public static String commentTarget(Extension extension) {
        return "EXTENSION " + PostgresIdentifiers.quote(extension.name());
    }
}
