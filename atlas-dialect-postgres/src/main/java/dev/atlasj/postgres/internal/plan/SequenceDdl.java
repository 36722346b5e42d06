package dev.atlasj.postgres.internal.plan;

import dev.atlasj.postgres.PostgresIdentifiers;
import dev.atlasj.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DDL for standalone and column-owned sequences. */
public final class SequenceDdl {

    private SequenceDdl() {
    }

    /** {@code CREATE SEQUENCE s.n [AS type] [options]}, spelling only what differs from PostgreSQL's defaults. */
    public static Ddl create(String schema, Sequence sequence) {
        String name = name(schema, sequence);
        SequenceOptions options = SequenceOptions.of(sequence);
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(name);
        if (!options.bigint()) {
            sql.append(" AS ").append(sequence.dataType());
        }
        options.clauses().forEach(clause -> sql.append(' ').append(clause));
        return new Ddl(sql.toString(), "DROP SEQUENCE " + name);
    }

    /**
     * {@code DROP SEQUENCE s.n}, without {@code CASCADE}: PostgreSQL refuses while a column default still uses it.
     *
     * @param recreate the script that creates the sequence again, for the reverse
     */
    public static Ddl drop(String schema, Sequence sequence, String recreate) {
        return new Ddl("DROP SEQUENCE " + name(schema, sequence), recreate);
    }

    /**
     * {@code ALTER SEQUENCE s.n [AS type] [options]} with the type and each option that differs, undone by
     * the same statement with the old values; empty when only the owner or the comment differ.
     */
    public static Optional<Ddl> alter(String schema, Sequence from, Sequence to) {
        List<String> forward = changes(from, to);
        if (forward.isEmpty()) {
            return Optional.empty();
        }
        String alter = "ALTER SEQUENCE " + name(schema, to) + " ";
        return Optional.of(new Ddl(alter + String.join(" ", forward), alter + String.join(" ", changes(to, from))));
    }

    /** {@code ALTER SEQUENCE … OWNED BY s.t.c}, which ties the sequence's life to its column. */
    public static Ddl ownedBy(String schema, Sequence sequence) {
        return changeOwner(schema, sequence, null, sequence.ownedBy());
    }

    /** {@code ALTER SEQUENCE … OWNED BY} the new owner, or {@code NONE}; undone by restoring the old one. */
    public static Ddl changeOwner(String schema, Sequence sequence, Sequence.Owner from, Sequence.Owner to) {
        String alter = "ALTER SEQUENCE " + name(schema, sequence) + " OWNED BY ";
        return new Ddl(alter + owner(schema, to), alter + owner(schema, from));
    }

    /** The target of {@code COMMENT ON} for the sequence. */
    public static String commentTarget(String schema, Sequence sequence) {
        return "SEQUENCE " + name(schema, sequence);
    }

    private static List<String> changes(Sequence from, Sequence to) {
        List<String> clauses = new ArrayList<>();
        if (!from.dataType().equals(to.dataType())) {
            clauses.add("AS " + to.dataType());
        }
        clauses.addAll(SequenceOptions.of(to).changesFrom(SequenceOptions.of(from)));
        return clauses;
    }

    private static String owner(String schema, Sequence.Owner owner) {
        return owner == null ? "NONE"
                : new QualifiedName(schema, owner.table()).sql() + "." + PostgresIdentifiers.quote(owner.column());
    }

    private static String name(String schema, Sequence sequence) {
        return new QualifiedName(schema, sequence.name()).sql();
    }
}
