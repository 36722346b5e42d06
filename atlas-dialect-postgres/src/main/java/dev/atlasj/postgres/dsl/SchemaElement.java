package dev.atlasj.postgres.dsl;

/** Something a {@link PostgresSchema#schema schema(…)} holds: a table, a type, a sequence, an index. */
public sealed interface SchemaElement permits TableDefinition, EnumDefinition, SequenceDefinition, IndexDefinition {
}
