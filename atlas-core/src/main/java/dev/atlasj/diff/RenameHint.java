package dev.atlasj.diff;

import java.util.Objects;

/**
 * The caller's word that an object was renamed, so the differ plans a rename instead of a drop and
 * an add. The differ never guesses renames; it only follows hints.
 *
 * @param kind what is renamed
 * @param schema the schema of the table
 * @param table the table (for a table rename: its old name)
 * @param from the old name of the column or index ({@code null} for a table rename)
 * @param to the new name
 */
public record RenameHint(Kind kind, String schema, String table, String from, String to) {

    /** What a hint renames. */
    public enum Kind { TABLE, COLUMN, INDEX }

    public RenameHint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(to, "to");
        if ((kind == Kind.TABLE) != (from == null)) {
            throw new IllegalArgumentException(kind == Kind.TABLE
                    ? "a table rename names the table, not a column or index"
                    : "a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " rename needs the old name");
        }
    }

    /** Table {@code schema.from} is now called {@code to}. */
    public static RenameHint table(String schema, String from, String to) {
        return new RenameHint(Kind.TABLE, schema, from, null, to);
    }

    /** Column {@code from} of {@code schema.table} is now called {@code to}. */
    public static RenameHint column(String schema, String table, String from, String to) {
        return new RenameHint(Kind.COLUMN, schema, table, from, to);
    }

    /** Index {@code from} of {@code schema.table} is now called {@code to}. */
    public static RenameHint index(String schema, String table, String from, String to) {
        return new RenameHint(Kind.INDEX, schema, table, from, to);
    }

    /**
     * Parses the command-line form: {@code table:SCHEMA.OLD=NEW}, {@code column:SCHEMA.TABLE.OLD=NEW} or
     * {@code index:SCHEMA.TABLE.OLD=NEW}. Names containing dots or equals signs are written in double quotes.
     */
    public static RenameHint parse(String text) {
        return RenameHintParser.parse(text);
    }

    /** The old object as a dotted path, for messages: {@code column public.users.name}. */
    public String describeFrom() {
        String word = kind.name().toLowerCase(java.util.Locale.ROOT);
        return word + " " + schema + "." + table + (from == null ? "" : "." + from);
    }

    @Override
    public String toString() {
        return describeFrom() + " -> " + to;
    }
}
