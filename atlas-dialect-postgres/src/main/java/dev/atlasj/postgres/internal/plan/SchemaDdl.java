package dev.atlasj.postgres.internal.plan;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Schema;

/** DDL for schemas. */
public final class SchemaDdl {

    private SchemaDdl() {
    }

    /**
     * {@code CREATE SCHEMA}; {@code IF NOT EXISTS} for {@code public}, which every database has,
     * and which is therefore not dropped to undo the plan.
     */
    public static Ddl create(Schema schema) {
        String name = PostgresIdentifiers.quote(schema.name());
        if (schema.name().equals("public")) {
            return new Ddl("CREATE SCHEMA IF NOT EXISTS " + name, null);
        }
        return new Ddl("CREATE SCHEMA " + name, "DROP SCHEMA " + name);
    }

    /**
     * {@code DROP SCHEMA}, without {@code CASCADE}: the plan drops the schema's objects one by one
     * before, so this fails, naming them, if the schema still holds anything the model does not know
     * or something elsewhere depends on it, rather than taking it along unseen.
     *
     * @param recreate the script that re-creates the schema, for the reverse
     */
    public static Ddl drop(Schema schema, String recreate) {
        return new Ddl("DROP SCHEMA " + PostgresIdentifiers.quote(schema.name()), recreate);
    }

    /** The target of {@code COMMENT ON} for the schema. */
    public static String commentTarget(Schema schema) {
        return "SCHEMA " + PostgresIdentifiers.quote(schema.name());
    }
}
