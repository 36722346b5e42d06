package dev.atlasj.postgres;

import dev.atlasj.diff.DiffRules;
import dev.atlasj.postgres.internal.diff.Expressions;
import dev.atlasj.postgres.internal.diff.ImplicitNames;
import dev.atlasj.postgres.internal.diff.RealmNormalizer;
import dev.atlasj.schema.Check;
import dev.atlasj.schema.ForeignKey;
import dev.atlasj.schema.Index;
import dev.atlasj.schema.PrimaryKey;
import dev.atlasj.schema.Realm;
import dev.atlasj.schema.Table;

/**
 * How the {@link dev.atlasj.diff.Differ} compares PostgreSQL schemas: both sides are brought to one
 * canonical form, so that a schema written two ways (by hand in Java, with the {@link
 * dev.atlasj.postgres.dsl builder}, or read from a database) gives an empty diff.
 *
 * <p>The surest way to compare a desired schema with a database is to load it into a dev database
 * and inspect it there, so that PostgreSQL itself spells both sides. These rules cover what remains:
 * a model built in Java and compared without a dev database, and the spellings the server itself
 * varies (qualification, implicit names). Every rule keeps the meaning of the model (the planner
 * writes the normalized form), is idempotent, and leaves alone what it cannot be certain of.
 *
 * <h2>Types</h2>
 * Column, domain, composite-field and sequence types take {@link PostgresTypes#canonical}'s spelling
 * ({@code int4} and {@code integer}, {@code varchar(10)} and {@code character varying(10)},
 * {@code timestamptz} and {@code timestamp with time zone} are one type). An unqualified user-defined
 * type ({@code mood}) is qualified with the schema that defines it: the table's own schema, else
 * {@code public}, as PostgreSQL's default search path finds it; built-in names never are. A
 * {@code serial} column written as such becomes the {@code integer} column, owned sequence and
 * {@code nextval} default that {@code serial} stands for.
 *
 * <h2>Defaults</h2>
 * A constant cast to the column's type loses the cast, and a string holding a number or boolean of
 * the column's type becomes that constant: {@code 'a'::text} ≡ {@code 'a'} on {@code text};
 * {@code 'ok'::public.mood} ≡ {@code 'ok'::mood} ≡ {@code 'ok'} on {@code mood}; {@code '{}'::text[]}
 * ≡ {@code '{}'}; {@code '0'::integer} ≡ {@code '0'} ≡ {@code 0}; {@code '-1'::integer} ≡ {@code -1};
 * {@code '1.50'::numeric} ≡ {@code 1.50} (but not {@code 1.5}: the scale is part of the value);
 * {@code 't'::boolean} ≡ {@code 't'} ≡ {@code true} (PostgreSQL stores {@code true} for all three).
 * A cast to the type with a modifier the column lacks is kept, since it may truncate; so is any
 * cast of a non-constant. {@code nextval('t_id_seq')} ≡ {@code nextval('public.t_id_seq'::regclass)}
 * when {@code public} holds that sequence or the table is in {@code public}. {@code DEFAULT NULL} is
 * no default, as PostgreSQL keeps none. {@code CURRENT_TIMESTAMP} and {@code now()} stay different:
 * PostgreSQL keeps them apart. Values PostgreSQL rewrites on input ({@code '2020-1-1'::date},
 * {@code 'epoch'::timestamptz}, {@code 1e3}) are compared as written.
 *
 * <h2>Expressions</h2>
 * Checks, index expressions and predicates, generated columns and defaults are parsed with
 * PostgreSQL's operator precedence and printed with the fewest parentheses, so that
 * {@code ((a > 0) AND (b > 0))} ≡ {@code a > 0 AND b > 0}; whitespace, comments, keyword case and
 * needless identifier quotes vanish. The parser makes PostgreSQL's own rewrites: {@code !=} is
 * {@code <>}, {@code LIKE} {@code ~~} (and {@code NOT LIKE}, {@code ILIKE} likewise), {@code BETWEEN}
 * two comparisons, {@code CAST(x AS t)} {@code x::t}, {@code interval '1 day'} {@code '1 day'::interval},
 * chains of AND and OR one list; {@code x = ANY (ARRAY[…])} over constants, which PostgreSQL prints for
 * {@code x IN (…)}, is written {@code IN} again (and {@code <> ALL} {@code NOT IN}), so that the planned
 * DDL gives PostgreSQL the tree it stored. In comparisons (and {@code = ANY}, and {@code COALESCE} and its kin), a
 * constant cast to the type of the column it meets loses the cast ({@code email <> ''::text} ≡
 * {@code email <> ''}), and PostgreSQL's cast of a {@code varchar} column to {@code text} is dropped
 * ({@code (name)::text <> ''::text} ≡ {@code name <> ''}). Function names are not resolved (a
 * user-defined function PostgreSQL prints as {@code public.f(x)} differs from {@code f(x)}), nor are
 * implicit casts between different types ({@code price > (0)::numeric} is canonical only because
 * {@code price} is {@code numeric}; {@code (qty)::numeric * price} stays). An expression using
 * syntax the parser does not read (subqueries, {@code EXTRACT(… FROM …)}, window functions,
 * {@code SIMILAR TO}, …) is compared token by token.
 *
 * <h2>Attributes restating a default</h2>
 * Removed: index method {@code btree}; an operator class that is the default of the column's type
 * for btree, hash and gin; {@code NULLS LAST} on an ascending part and {@code NULLS FIRST} on a
 * descending one; a part collation equal to its column's; an empty INCLUDE list or storage parameter
 * map; {@code MATCH SIMPLE}; every boolean attribute that says {@code false}; collation
 * {@code default} on a column; the comment {@code initdb} gives schema {@code public}. Also:
 * primary-key, identity and serial columns are NOT NULL; an expression index part that is a lone
 * column is a column part; a foreign key without a referenced schema references its own; identity
 * and sequence limits beyond the integer type's range (which PostgreSQL would reject, so they can
 * only mean "not given") are the type's own.
 *
 * <h2>Names</h2>
 * A desired constraint or index whose name is the one PostgreSQL chooses when given none
 * ({@code t_pkey}, {@code t_a_b_key}, {@code t_a_fkey}, {@code t_check}, {@code t_a_check},
 * {@code t_a_idx}, {@code t_lower_idx}, {@code t_expr_idx}, with PostgreSQL's collision numbers and
 * 63-byte shortening) matches an equal one under another name. Identifiers are compared exactly:
 * {@code "Users"} and {@code users} are two tables, while {@code "users"} and {@code users} are one
 * (the model holds names unquoted).
 */
public final class PostgresDiffRules implements DiffRules {

    @Override
    public Realm normalize(Realm realm) {
        return RealmNormalizer.normalize(realm);
    }

    @Override
    public boolean isGeneratedName(Table table, PrimaryKey key, String name) {
        return ImplicitNames.primaryKey(table, name);
    }

    @Override
    public boolean isGeneratedName(Table table, Index index, String name) {
        return ImplicitNames.index(table, index, name);
    }

    @Override
    public boolean isGeneratedName(Table table, ForeignKey key, String name) {
        return ImplicitNames.foreignKey(table, key, name);
    }

    @Override
    public boolean isGeneratedName(Table table, Check check, String name) {
        return ImplicitNames.check(table, check, name);
    }

    /** Renames the column in the expression and prints it in the canonical form the rest of the model is in. */
    @Override
    public String renameInExpression(String expression, String from, String to) {
        return Expressions.rename(expression, from, to);
    }
}
