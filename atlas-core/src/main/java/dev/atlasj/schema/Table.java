package dev.atlasj.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table: its columns in their declared order, its keys, indexes and checks.
 *
 * <p>Indexes, foreign keys and checks are kept sorted by name so that equal tables are equal
 * records whatever order the database or the builder produced them in.
 *
 * @param name the table name, unquoted
 * @param columns the columns in declaration order
 * @param primaryKey the primary key, or {@code null}
 * @param indexes indexes, including those that back UNIQUE constraints
 * @param foreignKeys foreign keys declared on this table
 * @param checks CHECK constraints
 * @param comment the table comment, or {@code null}
 * @param attributes dialect detail: partitioning, storage engine, row-level security and the like
 */
public record Table(
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<Check> checks,
        String comment,
        Attributes attributes) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = Named.unique("column", "table " + name, List.copyOf(columns), Column::name);
        indexes = Named.unique("index", "table " + name, Named.sorted(indexes, Index::name), Index::name);
        foreignKeys = Named.unique("foreign key", "table " + name,
                Named.sorted(foreignKeys, ForeignKey::name), ForeignKey::name);
        checks = Named.sorted(List.copyOf(checks), c -> c.name() == null ? "\uffff" + c.expression() : c.name());
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    /** A builder for a table named {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder that starts from this table. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.columns.addAll(columns);
        b.primaryKey = primaryKey;
        b.indexes.addAll(indexes);
        b.foreignKeys.addAll(foreignKeys);
        b.checks.addAll(checks);
        b.comment = comment;
        b.attributes = attributes;
        return b;
    }

    public Optional<Column> column(String name) {
        return Named.find(columns, Column::name, name);
    }

    public Optional<Index> index(String name) {
        return Named.find(indexes, Index::name, name);
    }

    public Optional<ForeignKey> foreignKey(String name) {
        return Named.find(foreignKeys, ForeignKey::name, name);
    }

    public Optional<Check> check(String name) {
        return Named.find(checks, Check::name, name);
    }

    public Table withName(String name) {
        return toBuilder().name(name).build();
    }

    public Table withAttributes(Attributes attributes) {
        return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, comment, attributes);
    }

    /** Builds a {@link Table}; every method returns the builder. */
    public static final class Builder {
        private String name;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private String comment;
        private Attributes attributes = Attributes.empty();

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder columns(List<Column> columns) {
            this.columns.clear();
            this.columns.addAll(columns);
            return this;
        }

        public Builder primaryKey(PrimaryKey primaryKey) {
            this.primaryKey = primaryKey;
            return this;
        }

        public Builder index(Index index) {
            indexes.add(index);
            return this;
        }

        public Builder indexes(List<Index> indexes) {
            this.indexes.clear();
            this.indexes.addAll(indexes);
            return this;
        }

        public Builder foreignKey(ForeignKey foreignKey) {
            foreignKeys.add(foreignKey);
            return this;
        }

        public Builder foreignKeys(List<ForeignKey> foreignKeys) {
            this.foreignKeys.clear();
            this.foreignKeys.addAll(foreignKeys);
            return this;
        }

        public Builder check(Check check) {
            checks.add(check);
            return this;
        }

        public Builder checks(List<Check> checks) {
            this.checks.clear();
            this.checks.addAll(checks);
            return this;
        }

        public Builder comment(String comment) {
            this.comment = comment;
            return this;
        }

        public Builder attributes(Attributes attributes) {
            this.attributes = attributes;
            return this;
        }

        public <T> Builder attribute(AttributeKey<T> key, T value) {
            this.attributes = attributes.with(key, value);
            return this;
        }

        public Table build() {
            return new Table(name, columns, primaryKey, indexes, foreignKeys, checks, comment, attributes);
        }
    }
}
