package dev.atlasj.postgres.internal.plan;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Sequence;

/** DDL for standalone and column-owned sequences. */
public final class SequenceDdl {

    private SequenceDdl() {
    }

    /** {@code CREATE SEQUENCE s.n [AS type] [options]}, spelling only what differs from PostgreSQL's defaults. */
    public static Ddl create(String schema, Sequence sequence) {
        String name = new QualifiedName(schema, sequence.name()).sql();
        SequenceOptions options = SequenceOptions.of(sequence);
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(name);
        if (!options.bigint()) {
            sql.append(" AS ").append(sequence.dataType());
        }
        options.clauses().forEach(clause -> sql.append(' ').append(clause));
        return new Ddl(sql.toString(), "DROP SEQUENCE " + name);
    }

    /** {@code ALTER SEQUENCE … OWNED BY s.t.c}, which ties the sequence's life to its column. */
    public static Ddl ownedBy(String schema, Sequence sequence) {
        String name = new QualifiedName(schema, sequence.name()).sql();
        Sequence.Owner owner = sequence.ownedBy();
        String column = new QualifiedName(schema, owner.table()).sql() + "." + PostgresIdentifiers.quote(owner.column());
        return new Ddl("ALTER SEQUENCE " + name + " OWNED BY " + column, "ALTER SEQUENCE " + name + " OWNED BY NONE");
    }

    /** The target of {@code COMMENT ON} for the sequence. */
    public static String commentTarget(String schema, Sequence sequence) {
        return "SEQUENCE " + new QualifiedName(schema, sequence.name()).sql();
    }
}
