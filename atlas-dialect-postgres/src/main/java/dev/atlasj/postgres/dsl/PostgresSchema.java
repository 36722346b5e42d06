package dev.atlasj.postgres.dsl;

import dev.atlasj.schema.Realm;
import dev.atlasj.schema.ReferentialAction;
import dev.atlasj.schema.Schema;
import java.util.Arrays;
import java.util.List;

/**
 * Static factories of the schema builder; import them statically and write the schema the way its
 * DDL reads. See the {@link dev.atlasj.postgres.dsl package documentation} for an example.
 */
public final class PostgresSchema {

    /** {@code ON DELETE/UPDATE CASCADE}, for static import beside the factories. */
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    /** {@code ON DELETE/UPDATE SET NULL}. */
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    /** {@code ON DELETE/UPDATE SET DEFAULT}. */
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;
    /** {@code ON DELETE/UPDATE RESTRICT}. */
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    /** {@code ON DELETE/UPDATE NO ACTION}, PostgreSQL's default. */
    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;

    private PostgresSchema() {
    }

    /** A realm of the given schemas. */
    public static Realm realm(Schema... schemas) {
        return Realm.of(schemas);
    }

    /**
     * {@code CREATE SCHEMA name} and everything in it.
     *
     * @throws IllegalArgumentException when an element refers to a table or column the schema lacks,
     *     or two elements have the same name
     */
    public static Schema schema(String name, SchemaElement... elements) {
        return new SchemaAssembler(name, Arrays.asList(elements)).assemble();
    }

    /** {@code CREATE TABLE name (elements)}. */
    public static TableDefinition createTable(String name, TableElement... elements) {
        return new TableDefinition(name, Arrays.asList(elements));
    }

    /** A column: {@code name type}; {@code serial}, {@code bigserial} and {@code smallserial} work as in SQL. */
    public static ColumnDefinition column(String name, String type) {
        return new ColumnDefinition(name, type);
    }

    /** {@code PRIMARY KEY (columns)}. */
    public static PrimaryKeyDefinition primaryKey(String... columns) {
        return new PrimaryKeyDefinition(List.of(columns));
    }

    /** {@code UNIQUE (columns)}, a unique constraint. */
    public static UniqueDefinition unique(String... columns) {
        return new UniqueDefinition(List.of(columns));
    }

    /** {@code FOREIGN KEY (columns)}; follow with {@code references(…)}. */
    public static ForeignKeyDefinition foreignKey(String... columns) {
        return new ForeignKeyDefinition(List.of(columns));
    }

    /** {@code CHECK (expression)}. */
    public static CheckDefinition check(String expression) {
        return new CheckDefinition(expression);
    }

    /** {@code COMMENT ON TABLE … IS text}. */
    public static TableComment comment(String text) {
        return new TableComment(text);
    }

    /** {@code CREATE TYPE name}; follow with {@code asEnum(…)}. */
    public static EnumDefinition createType(String name) {
        return new EnumDefinition(name);
    }

    /** {@code CREATE SEQUENCE name}. */
    public static SequenceDefinition createSequence(String name) {
        return new SequenceDefinition(name);
    }

    /** {@code CREATE INDEX name}; follow with {@code on(table)} and its parts. */
    public static IndexDefinition createIndex(String name) {
        return new IndexDefinition(name, false);
    }

    /** {@code CREATE UNIQUE INDEX name}. */
    public static IndexDefinition createUniqueIndex(String name) {
        return new IndexDefinition(name, true);
    }
}
