package dev.atlasj.postgres.dsl;

import dev.atlasj.schema.IndexPart;
import java.util.ArrayList;
import java.util.List;

/** {@code CREATE [UNIQUE] INDEX name ON table [USING method] (parts) [INCLUDE (…)] [WHERE …]}. */
public final class IndexDefinition implements SchemaElement {

    final String name;
    final boolean unique;
    String table;
    String method;
    final List<IndexPart> parts = new ArrayList<>();
    List<String> include = List.of();
    String predicate;
    boolean nullsNotDistinct;
    String comment;

    IndexDefinition(String name, boolean unique) {
        this.name = name;
        this.unique = unique;
    }

    /** {@code ON table}. */
    public IndexDefinition on(String table) {
        this.table = table;
        return this;
    }

    /** {@code USING method}: {@code gin}, {@code gist}, {@code hash}, {@code brin}. */
    public IndexDefinition using(String method) {
        this.method = method;
        return this;
    }

    /** Key columns, ascending. */
    public IndexDefinition columns(String... columns) {
        for (String c : columns) {
            parts.add(IndexPart.column(c));
        }
        return this;
    }

    /** A descending key column. */
    public IndexDefinition columnDesc(String column) {
        parts.add(IndexPart.column(column).descending(true));
        return this;
    }

    /** An expression key part, such as {@code lower(email)}. */
    public IndexDefinition expression(String expression) {
        parts.add(IndexPart.expression(expression));
        return this;
    }

    /** {@code INCLUDE (columns)}. */
    public IndexDefinition include(String... columns) {
        this.include = List.of(columns);
        return this;
    }

    /** {@code WHERE predicate}: a partial index. */
    public IndexDefinition where(String predicate) {
        this.predicate = predicate;
        return this;
    }

    /** {@code NULLS NOT DISTINCT} (PostgreSQL 15+, unique indexes). */
    public IndexDefinition nullsNotDistinct() {
        this.nullsNotDistinct = true;
        return this;
    }

    public IndexDefinition comment(String comment) {
        this.comment = comment;
        return this;
    }
}
