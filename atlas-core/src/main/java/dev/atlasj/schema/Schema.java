package dev.atlasj.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema (a PostgreSQL namespace, a MySQL database) and the named objects it holds.
 *
 * <p>Every list is sorted by name (triggers and policies by table, then name; routines by
 * signature) so that two schemas with the same content are equal records.
 *
 * @param name the schema name
 * @param tables tables
 * @param views views and materialized views
 * @param sequences standalone and column-owned sequences
 * @param enums enum types
 * @param domains domains
 * @param composites composite types
 * @param routines functions and procedures
 * @param triggers triggers on the schema's tables and views
 * @param policies row-level security policies on the schema's tables
 * @param comment the schema comment, or {@code null}
 * @param attributes dialect detail, such as a MySQL database's default charset
 */
public record Schema(
        String name,
        List<Table> tables,
        List<View> views,
        List<Sequence> sequences,
        List<EnumType> enums,
        List<Domain> domains,
        List<CompositeType> composites,
        List<Routine> routines,
        List<Trigger> triggers,
        List<Policy> policies,
        String comment,
        Attributes attributes) {

    public Schema {
        Objects.requireNonNull(name, "name");
        String owner = "schema " + name;
        tables = Named.unique("table", owner, Named.sorted(tables, Table::name), Table::name);
        views = Named.unique("view", owner, Named.sorted(views, View::name), View::name);
        sequences = Named.unique("sequence", owner, Named.sorted(sequences, Sequence::name), Sequence::name);
        enums = Named.unique("enum", owner, Named.sorted(enums, EnumType::name), EnumType::name);
        domains = Named.unique("domain", owner, Named.sorted(domains, Domain::name), Domain::name);
        composites = Named.unique("composite type", owner,
                Named.sorted(composites, CompositeType::name), CompositeType::name);
        routines = Named.unique("routine", owner, Named.sorted(routines, Routine::signature), Routine::signature);
        triggers = triggers.stream()
                .sorted(Comparator.comparing(Trigger::table).thenComparing(Trigger::name)).toList();
        policies = policies.stream()
                .sorted(Comparator.comparing(Policy::table).thenComparing(Policy::name)).toList();
        attributes = attributes == null ? Attributes.empty() : attributes;
    }

    /** An empty schema named {@code name}. */
    public static Schema named(String name) {
        return builder(name).build();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.tables.addAll(tables);
        b.views.addAll(views);
        b.sequences.addAll(sequences);
        b.enums.addAll(enums);
        b.domains.addAll(domains);
        b.composites.addAll(composites);
        b.routines.addAll(routines);
        b.triggers.addAll(triggers);
        b.policies.addAll(policies);
        b.comment = comment;
        b.attributes = attributes;
        return b;
    }

    public Optional<Table> table(String name) {
        return Named.find(tables, Table::name, name);
    }

    public Optional<View> view(String name) {
        return Named.find(views, View::name, name);
    }

    public Optional<Sequence> sequence(String name) {
        return Named.find(sequences, Sequence::name, name);
    }

    public Optional<EnumType> enumType(String name) {
        return Named.find(enums, EnumType::name, name);
    }

    /** Whether the schema holds no object at all. */
    public boolean isEmpty() {
        return tables.isEmpty() && views.isEmpty() && sequences.isEmpty() && enums.isEmpty() && domains.isEmpty()
                && composites.isEmpty() && routines.isEmpty() && triggers.isEmpty() && policies.isEmpty();
    }

    /** Builds a {@link Schema}; every method returns the builder. */
    public static final class Builder {
        private final String name;
        private final List<Table> tables = new ArrayList<>();
        private final List<View> views = new ArrayList<>();
        private final List<Sequence> sequences = new ArrayList<>();
        private final List<EnumType> enums = new ArrayList<>();
        private final List<Domain> domains = new ArrayList<>();
        private final List<CompositeType> composites = new ArrayList<>();
        private final List<Routine> routines = new ArrayList<>();
        private final List<Trigger> triggers = new ArrayList<>();
        private final List<Policy> policies = new ArrayList<>();
        private String comment;
        private Attributes attributes = Attributes.empty();

        private Builder(String name) {
            this.name = name;
        }

        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        public Builder tables(List<Table> tables) {
            this.tables.clear();
            this.tables.addAll(tables);
            return this;
        }

        public Builder view(View view) {
            views.add(view);
            return this;
        }

        public Builder sequence(Sequence sequence) {
            sequences.add(sequence);
            return this;
        }

        public Builder sequences(List<Sequence> sequences) {
            this.sequences.clear();
            this.sequences.addAll(sequences);
            return this;
        }

        public Builder enumType(EnumType enumType) {
            enums.add(enumType);
            return this;
        }

        public Builder enums(List<EnumType> enums) {
            this.enums.clear();
            this.enums.addAll(enums);
            return this;
        }

        public Builder domain(Domain domain) {
            domains.add(domain);
            return this;
        }

        public Builder composite(CompositeType composite) {
            composites.add(composite);
            return this;
        }

        public Builder routine(Routine routine) {
            routines.add(routine);
            return this;
        }

        public Builder trigger(Trigger trigger) {
            triggers.add(trigger);
            return this;
        }

        public Builder policy(Policy policy) {
            policies.add(policy);
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

        public Schema build() {
            return new Schema(name, tables, views, sequences, enums, domains, composites, routines, triggers,
                    policies, comment, attributes);
        }
    }
}
