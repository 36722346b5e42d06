package dev.atlasj.postgres.dsl;

/** Something a {@link PostgresSchema#createTable createTable(…)} holds: a column or a table constraint. */
public sealed interface TableElement permits ColumnDefinition, PrimaryKeyDefinition, UniqueDefinition,
        ForeignKeyDefinition, CheckDefinition, TableComment {
}
